import type { ContentSet } from './content-set.ts';
import type { Problem } from './problem.ts';
import { problemAt } from './problem-at.ts';
import { closestMatch } from './suggest.ts';

/**
 * A prioritisation model is arithmetic people will check: weights add up to 100, every scale
 * runs one step at a time over the same range, and every worked-example proposal has a score
 * on that scale for each criterion and nothing else.
 */
export function prioritisationModelAddsUp(content: ContentSet): Problem[] {
  return content.prioritisation.flatMap((model) => {
    const { criteria, workedExample } = model.data;
    const problems: Problem[] = [];
    const total = criteria.reduce((sum, criterion) => sum + criterion.weight, 0);
    if (total !== 100) {
      problems.push(problemAt(model, ['criteria'], 'prioritisation/weights', `The weights add up to ${total}, not 100.`, `Change the weights so they total 100 (now: ${criteria.map((criterion) => `${criterion.id} ${criterion.weight}`).join(', ')}).`));
    }
    const ids = new Set<string>();
    const ranges = new Set<string>();
    criteria.forEach((criterion, index) => {
      if (ids.has(criterion.id)) problems.push(problemAt(model, ['criteria', index, 'id'], 'prioritisation/duplicate-id', `The criterion id "${criterion.id}" is used twice.`, 'Give each criterion its own id.'));
      ids.add(criterion.id);
      const scores = criterion.levels.map((level) => level.score);
      const stepped = scores.every((score, position) => position === 0 || score === scores[position - 1] + 1);
      if (!stepped) {
        problems.push(problemAt(model, ['criteria', index, 'levels'], 'prioritisation/scale', `The scale of "${criterion.name}" is ${scores.join(', ')}; it must run one step at a time, lowest first.`, `List one level per score, for example ${scores[0]} to ${scores[0] + scores.length - 1}.`));
      }
      ranges.add(`${scores[0]}-${scores.at(-1)}`);
    });
    if (ranges.size > 1) {
      problems.push(problemAt(model, ['criteria'], 'prioritisation/scale', `The criteria use different scales (${[...ranges].join(', ')}), so their weighted scores cannot be added.`, 'Give every criterion the same lowest and highest score.'));
    }
    const levelsOf = new Map(criteria.map((criterion) => [criterion.id, new Set(criterion.levels.map((level) => level.score))]));
    workedExample.proposals.forEach((proposal, index) => {
      for (const criterion of criteria) {
        if (proposal.scores[criterion.id] === undefined) {
          problems.push(problemAt(model, ['workedExample', 'proposals', index, 'scores'], 'prioritisation/missing-score', `"${proposal.name}" has no score for "${criterion.name}".`, `Add ${criterion.id}: <score> under scores.`));
        }
      }
      for (const [criterionId, score] of Object.entries(proposal.scores)) {
        const levels = levelsOf.get(criterionId);
        if (!levels) {
          const suggestion = closestMatch(criterionId, levelsOf.keys());
          problems.push(problemAt(model, ['workedExample', 'proposals', index, 'scores', criterionId], 'prioritisation/unknown-criterion', `"${criterionId}" is not a criterion of this model.`, suggestion ? `Did you mean "${suggestion}"?` : `Criteria: ${[...levelsOf.keys()].join(', ')}.`));
        } else if (!levels.has(score)) {
          problems.push(problemAt(model, ['workedExample', 'proposals', index, 'scores', criterionId], 'prioritisation/score-off-scale', `${score} is not on the scale of "${criterionId}" (${[...levels].join(', ')}).`, 'Use one of the scores the criterion defines.'));
        }
      }
    });
    return problems;
  });
}
