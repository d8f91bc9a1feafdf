import type { EscalationLevel } from '../../schemas/index.ts';
import type { Situation } from '../governance/escalation.ts';

/**
 * The only places monitoring reads tolerance field names, so a rename of the escalation
 * schema (capGBP to cap and the like) is a change here and nowhere else.
 */

/** Highest risk score a level may hold; undefined means no limit. */
export const riskLimitOf = (level: EscalationLevel): number | undefined => level.tolerances.risk?.maxScore;

/** A plan's forecast deviations as the escalation model's situation. */
export function situationOf(input: {
  totalBudget: number;
  stageBudget?: number;
  inProgramme: boolean;
  costOverrun?: number;
  stageSlipWeeks?: number;
  endDateSlipWeeks?: number;
  benefitsShortfallPercent?: number;
  riskScore?: number;
}): Situation {
  return {
    project: { totalBudget: input.totalBudget, stageBudget: input.stageBudget, inProgramme: input.inProgramme },
    forecast: {
      costOverrun: input.costOverrun,
      stageSlipWeeks: input.stageSlipWeeks,
      endDateSlipWeeks: input.endDateSlipWeeks,
      benefitsShortfallPercent: input.benefitsShortfallPercent,
      riskScore: input.riskScore,
    },
  };
}
