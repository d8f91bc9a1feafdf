import type { EscalationLevel, Risk, RiskMatrix, ScoreBand } from '../../schemas/index.ts';
import { deciderOf, levelsFor } from '../governance/escalation.ts';
import { riskLimitOf } from './tolerance-access.ts';

/** A risk's score on the matrix: probability times impact. */
export const riskScore = (risk: Pick<Risk, 'probability' | 'impact'>) => risk.probability * risk.impact;

/** The band a score falls in; undefined only for a score outside the matrix. */
export const bandOf = (matrix: RiskMatrix, score: number): ScoreBand | undefined => matrix.bands.find((band) => score >= band.from && score <= band.to);

export const probabilityLabel = (matrix: RiskMatrix, value: number) => matrix.probability.find((point) => point.value === value)?.label;
export const impactLabel = (matrix: RiskMatrix, value: number) => matrix.impact.find((point) => point.value === value)?.label;

/** Where a risk's score puts it on the escalation ladder, with the reason in words. */
export interface RiskOwnership {
  /** Lowest level that may hold the score. */
  level: EscalationLevel;
  /** Levels below it that may not, with their limit. */
  passedOver: { level: EscalationLevel; limit: number }[];
  reason: string;
}

/**
 * The lowest level, on the path a standalone piece of work escalates along, whose risk
 * tolerance holds the score. Programme-only levels are skipped: a risk that names no
 * programme goes from project to portfolio.
 */
export function levelForRisk(levels: EscalationLevel[], score: number, inProgramme = false): RiskOwnership | undefined {
  const passedOver: RiskOwnership['passedOver'] = [];
  for (const level of levelsFor(levels, inProgramme)) {
    const limit = riskLimitOf(level);
    if (limit === undefined || score <= limit) {
      const reason =
        limit === undefined
          ? `a score of ${score} is above every lower level's limit, and ${level.title} has no limit`
          : passedOver.length === 0
            ? `a score of ${score} is within ${level.title}'s limit of ${limit}`
            : `a score of ${score} is above ${passedOver.at(-1)!.level.title}'s limit of ${passedOver.at(-1)!.limit} and within ${level.title}'s limit of ${limit}`;
      return { level, passedOver, reason };
    }
    passedOver.push({ level, limit });
  }
  return undefined;
}

/** Whether the level a risk is held at may hold its score. */
export function levelMayHold(level: EscalationLevel, score: number): boolean {
  const limit = riskLimitOf(level);
  return limit === undefined || score <= limit;
}

/** The escalation level that holds a risk, and whether the risk names it or it follows from the owner. */
export interface HoldingLevel {
  level: EscalationLevel;
  stated: boolean;
}

/** The levels a role decides at, lowest first: decided by the role itself, or by a forum the role chairs. */
export function levelsDecidedBy(levels: readonly EscalationLevel[], roleId: string, chairOf: (forumId: string) => string | undefined): EscalationLevel[] {
  return levels.filter((level) => {
    const decider = deciderOf(level);
    return decider.kind === 'role' ? decider.id === roleId : chairOf(decider.id) === roleId;
  });
}

/**
 * The level that holds a risk: the one it names, or else the highest level its owner decides
 * at (the most the owner may hold). Undefined when it names an unknown level, or names none
 * and its owner decides at no level.
 */
export function holdingLevel(risk: Pick<Risk, 'escalationLevel' | 'owner'>, levels: readonly EscalationLevel[], chairOf: (forumId: string) => string | undefined): HoldingLevel | undefined {
  if (risk.escalationLevel !== undefined) {
    const level = levels.find((candidate) => candidate.id === risk.escalationLevel);
    return level && { level, stated: true };
  }
  const level = levelsDecidedBy(levels, risk.owner, chairOf).at(-1);
  return level && { level, stated: false };
}
