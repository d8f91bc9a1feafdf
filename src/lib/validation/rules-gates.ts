import type { ContentSet } from './content-set.ts';
import type { Problem } from './problem.ts';
import { problemAt } from './problem-at.ts';
import { closestMatch } from './suggest.ts';

const didYouMean = (wanted: string, known: Iterable<string>, otherwise: string) => {
  const suggestion = closestMatch(wanted, known);
  return suggestion ? `Did you mean "${suggestion}"?` : otherwise;
};

/** A gate closes a stage that exists, its criteria name items of that stage's checklist, and its RACI matrix exists. */
export function gateReferencesResolve(content: ContentSet): Problem[] {
  const stageById = new Map(content.stages.map((stage) => [stage.id, stage.data]));
  const matrices = new Set(content.declared.raci);
  return content.gates.flatMap((gate) => {
    const problems: Problem[] = [];
    const stage = stageById.get(gate.data.stage);
    if (!stage && !content.declared.stages.has(gate.data.stage)) {
      problems.push(problemAt(gate, ['stage'], 'reference/stage', `Unknown stage "${gate.data.stage}".`, didYouMean(gate.data.stage, stageById.keys(), 'Stages are named <playbook folder>/<stage file name>.')));
    }
    if (stage) {
      const items = stage.checklist.map((item) => item.id);
      gate.data.entryCriteria.forEach((criterion, index) => {
        if (criterion.checklistItem === undefined || items.includes(criterion.checklistItem)) return;
        problems.push(
          problemAt(gate, ['entryCriteria', index, 'checklistItem'], 'gate/unknown-checklist-item', `"${criterion.checklistItem}" is not an item of the ${gate.data.stage} checklist.`, didYouMean(criterion.checklistItem, items, `Items of that stage: ${items.join(', ')}.`)),
        );
      });
    }
    if (!matrices.has(gate.data.raci)) {
      problems.push(problemAt(gate, ['raci'], 'reference/raci', `Unknown RACI matrix "${gate.data.raci}".`, didYouMean(gate.data.raci, matrices, 'Matrix ids are the file names in content/raci/.')));
    }
    return problems;
  });
}

/** The gates of one playbook are numbered 1, 2, 3... once each, in the order of the stages they close. */
export function gateNumbersFollowStages(content: ContentSet): Problem[] {
  const stageNumber = new Map(content.stages.map((stage) => [stage.id, stage.data.stage]));
  const byPlaybook = Map.groupBy(content.gates, (gate) => gate.data.stage.split('/')[0]);
  const problems: Problem[] = [];
  for (const gates of byPlaybook.values()) {
    const ordered = [...gates].sort((a, b) => a.data.number - b.data.number);
    ordered.forEach((gate, index) => {
      if (gate.data.number !== index + 1) {
        problems.push(problemAt(gate, ['number'], 'gate/number', `Gate numbers in this playbook should run 1 to ${ordered.length}, but this gate is ${gate.data.number}.`, `Set number: ${index + 1}, or renumber the other gates.`));
      }
      const previous = ordered[index - 1];
      const here = stageNumber.get(gate.data.stage);
      const before = previous && stageNumber.get(previous.data.stage);
      if (here !== undefined && before !== undefined && here <= before) {
        problems.push(problemAt(gate, ['stage'], 'gate/order', `Gate ${gate.data.number} closes a stage that does not come after the stage of gate ${previous.data.number}.`, 'Number the gates in the order of the stages they close.'));
      }
    });
  }
  return problems;
}

/**
 * Every document of an evidence pack is one the tier sending it produces, so a project is never
 * asked for a document its tier's document set does not have.
 */
export function gateEvidenceIsInTierDocuments(content: ContentSet): Problem[] {
  const tiers = new Map(content.scope.flatMap((scope) => (scope.data.tiers ?? []).map((tier) => [tier.id, tier] as const)));
  // A scope file that failed its schema is reported once, not again as unknown tiers here.
  if (content.scope.length < content.declared.scope.size) return [];
  return content.gates.flatMap((gate) =>
    gate.data.evidence.flatMap((evidence, index) =>
      evidence.tiers.flatMap((tierId, tierIndex) => {
        const tier = tiers.get(tierId);
        if (!tier) {
          return [problemAt(gate, ['evidence', index, 'tiers', tierIndex], 'reference/tier', `Unknown tier "${tierId}".`, didYouMean(tierId, tiers.keys(), 'Tier ids are set under tiers: in content/scope/.'))];
        }
        if (tier.documents.includes(evidence.document)) return [];
        return [
          problemAt(
            gate,
            ['evidence', index, 'document'],
            'gate/document-not-in-tier',
            `"${evidence.document}" is not in the document set of ${tier.name}.`,
            `Name it exactly as in the tier's documents (${tier.documents.join('; ')}), or add it there.`,
          ),
        ];
      }),
    ),
  );
}
