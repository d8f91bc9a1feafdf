import type { EscalationLevel, Risk, RiskMatrix, ScoreBand } from '../../schemas/index.ts';
import { levelsFor } from '../governance/escalation.ts';
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
