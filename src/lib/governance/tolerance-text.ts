import type { Tolerances } from '../../schemas/index.ts';
import { plural } from '../format.ts';

type CostTolerance = NonNullable<Tolerances['cost']>;
type ScheduleTolerance = NonNullable<Tolerances['schedule']>;
type ScopeTolerance = NonNullable<Tolerances['scope']>;
type RiskTolerance = NonNullable<Tolerances['risk']>;

const pounds = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', maximumFractionDigits: 0 });
const number = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

/** 100000 as "£100,000". */
export const formatGBP = (amount: number) => pounds.format(amount);

/** 12.345 as "12.3%". */
export const formatPercent = (value: number) => `${number.format(value)}%`;

/** "2 weeks", "1 week", "1.5 weeks". */
export const formatWeeks = (weeks: number) => plural(weeks, 'week').replace(String(weeks), number.format(weeks));

export const costBasisLabel = (of: CostTolerance['of']) => (of === 'stage-budget' ? 'current stage budget' : 'total budget');
export const scheduleBasisLabel = (on: ScheduleTolerance['on']) => (on === 'stage-end' ? 'the end of the current stage' : 'the end date');

/** What a level leaves open: it takes anything the level below cannot. */
export const noLimit = 'No limit';

export function describeCost(cost: CostTolerance | undefined): string {
  if (!cost) return noLimit;
  const parts = [`${formatPercent(cost.percent)} of the ${costBasisLabel(cost.of)}`];
  if (cost.capGBP !== undefined) parts.push(`up to ${formatGBP(cost.capGBP)}`);
  if (cost.maxRevisedBudgetGBP !== undefined) parts.push(`revised budget at most ${formatGBP(cost.maxRevisedBudgetGBP)}`);
  return parts.join(', ');
}

export function describeSchedule(schedule: ScheduleTolerance | undefined): string {
  return schedule ? `${formatWeeks(schedule.weeks)} on ${scheduleBasisLabel(schedule.on)}` : noLimit;
}

export function describeScope(scope: ScopeTolerance | undefined): string {
  if (!scope) return noLimit;
  const benefits = scope.benefitsShortfallPercent === 0 ? 'No fall in benefits.' : `Benefits may fall by up to ${formatPercent(scope.benefitsShortfallPercent)}.`;
  return `${benefits} ${scope.description}`;
}

export function describeRisk(risk: RiskTolerance | undefined): string {
  return risk ? `Risks scoring up to ${risk.maxScore}` : noLimit;
}

/** One line for a diagram label, for example "cost +10% (max £100,000), 4 weeks late, benefits down 5%, risks up to 11". */
export function toleranceSummary(tolerances: Tolerances): string {
  const parts: string[] = [];
  const { cost, schedule, scope, risk } = tolerances;
  if (cost) parts.push(`cost +${formatPercent(cost.percent)}${cost.capGBP !== undefined ? ` (max ${formatGBP(cost.capGBP)})` : ''}`);
  if (schedule) parts.push(`${formatWeeks(schedule.weeks)} late`);
  if (scope) parts.push(`benefits down ${formatPercent(scope.benefitsShortfallPercent)}`);
  if (risk) parts.push(`risks up to ${risk.maxScore}`);
  return parts.length > 0 ? parts.join(', ') : 'no limit';
}
