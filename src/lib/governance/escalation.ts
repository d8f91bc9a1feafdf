import type { EscalationExample, EscalationLevel, Tolerances } from '../../schemas/index.ts';
import { costBasisLabel, formatAmount, formatPercent, formatWeeks, scheduleBasisLabel } from './tolerance-text.ts';

export type ToleranceDimension = 'cost' | 'schedule' | 'scope' | 'risk';

/** A project's situation: its size and what is forecast to go wrong. */
export type Situation = Pick<EscalationExample, 'project' | 'forecast'>;

/** Why a level cannot decide a situation. */
export interface Breach {
  dimension: ToleranceDimension;
  reason: string;
}

export interface Decision {
  /** The lowest level whose tolerances hold the whole situation. */
  level: EscalationLevel;
  /** The levels below it that the situation went past, with why. */
  passedOver: { level: EscalationLevel; breaches: Breach[] }[];
}

/** The levels a project's escalations pass through, lowest first. */
export function levelsFor(levels: EscalationLevel[], inProgramme: boolean): EscalationLevel[] {
  return levels.filter((level) => inProgramme || !level.programmeWorkOnly);
}

/**
 * Every way a situation goes beyond one level's tolerances. A limit measured against a
 * figure the situation does not give (a stage budget, a stage slip) counts as a breach:
 * a level may only decide what it can show is within its limits.
 */
export function breachesOf(tolerances: Tolerances, { project, forecast }: Situation): Breach[] {
  const breaches: Breach[] = [];
  const { cost, schedule, scope, risk } = tolerances;
  if (cost && forecast.costOverrun !== undefined) {
    const overrun = forecast.costOverrun;
    const base = cost.of === 'stage-budget' ? project.stageBudget : project.totalBudget;
    const basis = costBasisLabel(cost.of);
    if (base === undefined) {
      breaches.push({ dimension: 'cost', reason: `the ${basis} is not given, so ${formatAmount(overrun)} cannot be shown to be within ${formatPercent(cost.percent)} of it` });
    } else if (overrun * 100 > cost.percent * base) {
      breaches.push({ dimension: 'cost', reason: `${formatAmount(overrun)} is ${formatPercent((overrun / base) * 100)} of the ${formatAmount(base)} ${basis}, more than ${formatPercent(cost.percent)}` });
    }
    if (cost.cap !== undefined && overrun > cost.cap) {
      breaches.push({ dimension: 'cost', reason: `${formatAmount(overrun)} is more than the ${formatAmount(cost.cap)} cap` });
    }
    const revised = project.totalBudget + overrun;
    if (cost.maxRevisedBudget !== undefined && revised > cost.maxRevisedBudget) {
      breaches.push({ dimension: 'cost', reason: `the revised budget of ${formatAmount(revised)} is more than ${formatAmount(cost.maxRevisedBudget)}` });
    }
  }
  const { stageSlipWeeks, endDateSlipWeeks } = forecast;
  if (schedule && (stageSlipWeeks !== undefined || endDateSlipWeeks !== undefined)) {
    const slips: { weeks: number; on: 'stage-end' | 'end-date' }[] = [];
    if (schedule.on === 'stage-end') {
      // A level limited on the stage cannot accept a larger slip of the whole project either.
      if (stageSlipWeeks === undefined) {
        breaches.push({ dimension: 'schedule', reason: `the slip of ${scheduleBasisLabel('stage-end')} is not given, so it cannot be shown to be within ${formatWeeks(schedule.weeks)}` });
      } else {
        slips.push({ weeks: stageSlipWeeks, on: 'stage-end' });
      }
      if (endDateSlipWeeks !== undefined) slips.push({ weeks: endDateSlipWeeks, on: 'end-date' });
    } else {
      // A stage slip moves the end date at most as far, when the end date's own slip is not given.
      slips.push(endDateSlipWeeks !== undefined ? { weeks: endDateSlipWeeks, on: 'end-date' } : { weeks: stageSlipWeeks!, on: 'stage-end' });
    }
    for (const slip of slips.filter((candidate) => candidate.weeks > schedule.weeks)) {
      breaches.push({ dimension: 'schedule', reason: `a slip of ${formatWeeks(slip.weeks)} on ${scheduleBasisLabel(slip.on)} is more than ${formatWeeks(schedule.weeks)}` });
    }
  }
  if (scope && forecast.benefitsShortfallPercent !== undefined && forecast.benefitsShortfallPercent > scope.benefitsShortfallPercent) {
    breaches.push({ dimension: 'scope', reason: `a fall in benefits of ${formatPercent(forecast.benefitsShortfallPercent)} is more than ${formatPercent(scope.benefitsShortfallPercent)}` });
  }
  if (risk && forecast.riskScore !== undefined && forecast.riskScore > risk.maxScore) {
    breaches.push({ dimension: 'risk', reason: `a risk scoring ${forecast.riskScore} is above ${risk.maxScore}` });
  }
  return breaches;
}

/**
 * Who decides: the lowest level on the project's path whose tolerances hold every part of
 * the situation. Undefined only when even the top level has limits it breaches, which the
 * content checker does not allow.
 */
export function whoDecides(levels: EscalationLevel[], situation: Situation): Decision | undefined {
  const passedOver: Decision['passedOver'] = [];
  for (const level of levelsFor(levels, situation.project.inProgramme)) {
    const breaches = breachesOf(level.tolerances, situation);
    if (breaches.length === 0) return { level, passedOver };
    passedOver.push({ level, breaches });
  }
  return undefined;
}

/** A limit that is tighter at a higher level than at the level below it. */
export interface Narrowing {
  dimension: ToleranceDimension;
  /** The field inside tolerances that is too tight, for example ["cost", "percent"]. */
  field: string[];
  message: string;
}

const atMost = (value: number | undefined) => value ?? Number.POSITIVE_INFINITY;

/**
 * Where `upper` (the higher level) allows less than `lower` (the level below it). A limit
 * left out means no limit; a stage-based limit is narrower than one on the whole project.
 */
export function narrowings(lower: Tolerances, upper: Tolerances): Narrowing[] {
  const found: Narrowing[] = [];
  const add = (dimension: ToleranceDimension, field: string[], message: string) => found.push({ dimension, field, message });
  for (const dimension of ['cost', 'schedule', 'scope', 'risk'] as const) {
    if (lower[dimension] === undefined && upper[dimension] !== undefined) {
      add(dimension, [dimension], `sets a ${dimension} limit although the level below has none`);
    }
  }
  if (lower.cost && upper.cost) {
    if (upper.cost.percent < lower.cost.percent) add('cost', ['cost', 'percent'], `allows a cost overrun of ${formatPercent(upper.cost.percent)}, less than the ${formatPercent(lower.cost.percent)} below it`);
    if (upper.cost.of === 'stage-budget' && lower.cost.of === 'total-budget') add('cost', ['cost', 'of'], 'measures cost against the current stage budget, a smaller base than the total budget used below it');
    if (atMost(upper.cost.cap) < atMost(lower.cost.cap)) add('cost', ['cost', 'cap'], `caps a cost overrun at ${formatAmount(upper.cost.cap!)}, less than ${lower.cost.cap === undefined ? 'the uncapped level' : formatAmount(lower.cost.cap)} below it`);
    if (atMost(upper.cost.maxRevisedBudget) < atMost(lower.cost.maxRevisedBudget)) add('cost', ['cost', 'maxRevisedBudget'], `limits the revised budget to ${formatAmount(upper.cost.maxRevisedBudget!)}, less than ${lower.cost.maxRevisedBudget === undefined ? 'no limit' : formatAmount(lower.cost.maxRevisedBudget)} below it`);
  }
  if (lower.schedule && upper.schedule) {
    if (upper.schedule.weeks < lower.schedule.weeks) add('schedule', ['schedule', 'weeks'], `allows a slip of ${formatWeeks(upper.schedule.weeks)}, less than the ${formatWeeks(lower.schedule.weeks)} below it`);
    if (upper.schedule.on === 'stage-end' && lower.schedule.on === 'end-date') add('schedule', ['schedule', 'on'], 'measures slip on the end of the current stage, a shorter span than the end date used below it');
  }
  if (lower.scope && upper.scope && upper.scope.benefitsShortfallPercent < lower.scope.benefitsShortfallPercent) {
    add('scope', ['scope', 'benefitsShortfallPercent'], `allows benefits to fall by ${formatPercent(upper.scope.benefitsShortfallPercent)}, less than the ${formatPercent(lower.scope.benefitsShortfallPercent)} below it`);
  }
  if (lower.risk && upper.risk && upper.risk.maxScore < lower.risk.maxScore) {
    add('risk', ['risk', 'maxScore'], `owns risks up to ${upper.risk.maxScore}, less than the ${lower.risk.maxScore} below it`);
  }
  return found;
}

/** Dimensions in which a level still sets a limit; the top level must leave them all open. */
export function limitedDimensions(tolerances: Tolerances): ToleranceDimension[] {
  return (['cost', 'schedule', 'scope', 'risk'] as const).filter((dimension) => tolerances[dimension] !== undefined);
}

/** Who takes the decisions of a level: a forum or, where no forum sits, a role. */
export function deciderOf(level: EscalationLevel): { kind: 'forum' | 'role'; id: string } {
  return level.decidedBy.forum !== undefined ? { kind: 'forum', id: level.decidedBy.forum } : { kind: 'role', id: level.decidedBy.role! };
}

/** The level each forum decides at, for forums that hold one. */
export function levelsByForum(levels: EscalationLevel[]): Map<string, EscalationLevel> {
  return new Map(levels.flatMap((level) => (level.decidedBy.forum !== undefined ? [[level.decidedBy.forum, level] as const] : [])));
}
