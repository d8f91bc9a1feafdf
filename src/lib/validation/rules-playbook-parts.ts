import type { ContentSet } from './content-set.ts';
import type { Problem } from './problem.ts';
import { problemAt } from './problem-at.ts';

/**
 * Checklist items name an owner and evidence, unless their playbook says its items need not
 * (checklistItemsNeed in playbook.yaml); the default asks for both.
 */
export function checklistItemsHaveOwnerAndEvidence(content: ContentSet): Problem[] {
  const playbookById = new Map(content.playbooks.map((playbook) => [playbook.id, playbook]));
  return content.stages.flatMap((stage) => {
    const playbookId = stage.id.split('/')[0];
    const need = playbookById.get(playbookId)?.data.checklistItemsNeed ?? { owner: true, evidence: true };
    return stage.data.checklist.flatMap((item, index) =>
      (['owner', 'evidence'] as const)
        .filter((field) => need[field] && item[field] === undefined)
        .map((field) =>
          problemAt(
            stage,
            ['checklist', index],
            `structure/checklist-${field}`,
            `Checklist item "${item.id}" has no ${field}.`,
            field === 'owner'
              ? `Add owner: <role id> (the role that makes sure it is done), or set checklistItemsNeed: { owner: false } in playbooks/${playbookId}/playbook.yaml.`
              : `Add evidence: what shows it is done, or set checklistItemsNeed: { evidence: false } in playbooks/${playbookId}/playbook.yaml.`,
          ),
        ),
    );
  });
}
