import type { Tolerances } from '../../schemas/index.ts';
import { formatMoney, formatNumber, formatPercent, plural } from '../formats/format.ts';

type CostTolerance = NonNullable<Tolerances['cost']>;
type ScheduleTolerance = NonNullable<Tolerances['schedule']>;
type ScopeTolerance = NonNullable<Tolerances['scope']>;
type RiskTolerance = NonNullable<Tolerances['risk']>;

/** Tolerance amounts are in the organization's currency. */
export const formatAmount = (amount: number) => formatMoney(amount);

export { formatPercent };

/** "2 weeks", "1 week", "1.5 weeks". */
export const formatWeeks = (weeks: number) => plural(weeks, 'week').replace(String(weeks), formatNumber(weeks, 1));

export const costBasisLabel = (of: CostTolerance['of']) => (of === 'stage-budget' ? 'current stage budget' : 'total budget');
export const scheduleBasisLabel = (on: ScheduleTolerance['on']) => (on === 'stage-end' ? 'the end of the current stage' : 'the end date');

/** What a level leaves open: it takes anything the level below cannot. */
export const noLimit = 'No limit';

export function describeCost(cost: CostTolerance | undefined): string {
  if (!cost) return noLimit;
  const parts = [`${formatPercent(cost.percent)} of the ${costBasisLabel(cost.of)}`];
  if (cost.cap !== undefined) parts.push(`up to ${formatAmount(cost.cap)}`);
  if (cost.maxRevisedBudget !== undefined) parts.push(`revised budget at most ${formatAmount(cost.maxRevisedBudget)}`);
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

/** One line for a diagram label, for example "cost +10% (max 100,000), 4 weeks late, benefits down 5%, risks up to 11" with the cap in the organization's currency. */
export function toleranceSummary(tolerances: Tolerances): string {
  const parts: string[] = [];
  const { cost, schedule, scope, risk } = tolerances;
  if (cost) parts.push(`cost +${formatPercent(cost.percent)}${cost.cap !== undefined ? ` (max ${formatAmount(cost.cap)})` : ''}`);
  if (schedule) parts.push(`${formatWeeks(schedule.weeks)} late`);
  if (scope) parts.push(`benefits down ${formatPercent(scope.benefitsShortfallPercent)}`);
  if (risk) parts.push(`risks up to ${risk.maxScore}`);
  return parts.length > 0 ? parts.join(', ') : 'no limit';
}
