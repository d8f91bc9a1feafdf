import type { PrioritisationModel } from '../../schemas/index.ts';

/** The highest score a criterion's scale allows. */
export const topScore = (criterion: PrioritisationModel['criteria'][number]) => Math.max(...criterion.levels.map((level) => level.score));

/** A proposal's score: the sum of weight times score over the criteria, divided by 100, so it is on the criteria's scale. */
export function weightedScore(model: PrioritisationModel, scores: Record<string, number>): number {
  const total = model.criteria.reduce((sum, criterion) => sum + criterion.weight * (scores[criterion.id] ?? 0), 0);
  return Math.round(total) / 100;
}

export interface RankedProposal {
  proposal: PrioritisationModel['workedExample']['proposals'][number];
  score: number;
  rank: number;
}

/** The worked example's proposals, highest score first; equal scores share a rank. */
export function rankProposals(model: PrioritisationModel): RankedProposal[] {
  const scored = model.workedExample.proposals.map((proposal) => ({ proposal, score: weightedScore(model, proposal.scores) }));
  scored.sort((a, b) => b.score - a.score);
  return scored.map((entry) => ({ ...entry, rank: scored.findIndex((other) => other.score === entry.score) + 1 }));
}
