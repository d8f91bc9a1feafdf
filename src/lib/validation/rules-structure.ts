import type { ContentSet } from './content-set.ts';
import type { Problem } from './problem.ts';
import { problemAt } from './problem-at.ts';

/** Exactly one organization file. */
export function organizationIsDefined(content: ContentSet): Problem[] {
  if (content.organization.length === 1) return [];
  return [
    {
      severity: 'error',
      file: 'content/organization.yaml',
      message: 'content/organization.yaml is missing or invalid.',
      hint: 'Create it with name, pmoName, mission, repository and contact (see the README).',
      rule: 'structure/organization',
    },
  ];
}

/** Each playbook folder has a playbook.yaml and at least one stage; each stage a playbook. */
export function playbooksHaveStages(content: ContentSet): Problem[] {
  const problems: Problem[] = [];
  const stageFolders = new Map<string, string>();
  for (const stageId of content.declared.stages) {
    const [folder, slug] = stageId.split('/');
    if (!stageFolders.has(folder)) stageFolders.set(folder, `playbooks/${folder}/${slug}.mdx`);
  }
  for (const [folder, firstStageFile] of stageFolders) {
    if (content.declared.playbooks.has(folder)) continue;
    problems.push({
      severity: 'error',
      file: firstStageFile,
      position: { line: 1, column: 1 },
      message: `The folder playbooks/${folder}/ has stage pages but no playbook.yaml.`,
      hint: `Add playbooks/${folder}/playbook.yaml with title, summary, audience, owner and order.`,
      rule: 'structure/playbook-file',
    });
  }
  for (const playbook of content.playbooks) {
    if (!stageFolders.has(playbook.id)) {
      problems.push(
        problemAt(playbook, [], 'structure/playbook-stages', `The playbook "${playbook.id}" has no stage pages.`, `Add at least one stage as playbooks/${playbook.id}/<stage>.mdx.`),
      );
    }
  }
  return problems;
}

/**
 * Stage numbers in a playbook are unique and run 1, 2, 3 ... without gaps. A number outside
 * 1..(number of stages) is reported at its own file, so the stage that was changed is the one
 * named. A playbook with a stage that failed its schema is left out of the gap check: that
 * stage's number is unknown, and guessing would blame a neighbour that is fine.
 */
export function stageNumbersAreSequential(content: ContentSet): Problem[] {
  const problems: Problem[] = [];
  const byPlaybook = Map.groupBy(content.stages, (stage) => stage.id.split('/')[0]);
  for (const [playbook, stages] of byPlaybook) {
    const seen = new Map<number, string>();
    for (const stage of stages) {
      const earlier = seen.get(stage.data.stage);
      if (earlier) {
        problems.push(
          problemAt(stage, ['stage'], 'structure/duplicate-stage', `Stage number ${stage.data.stage} is already used by ${earlier}.`, `Give each stage of playbooks/${playbook}/ its own number.`),
        );
      } else {
        seen.set(stage.data.stage, stage.source.file);
      }
    }
    const declaredCount = [...content.declared.stages].filter((id) => id.split('/')[0] === playbook).length;
    if (declaredCount !== stages.length) continue;
    const count = stages.length;
    const missing = Array.from({ length: count }, (_, index) => index + 1).filter((number) => !seen.has(number));
    for (const stage of stages) {
      const number = stage.data.stage;
      if (number >= 1 && number <= count) continue;
      problems.push(
        problemAt(
          stage,
          ['stage'],
          'structure/stage-gap',
          `Stage number ${number} is out of place: playbooks/${playbook}/ has ${count} stages, numbered 1 to ${count}, and ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing.`,
          `Give this stage the number ${missing.join(' or ')}, or add the stages in between.`,
        ),
      );
    }
  }
  return problems;
}

/** Checklist item ids are unique within their stage. */
export function checklistIdsAreUnique(content: ContentSet): Problem[] {
  const problems: Problem[] = [];
  for (const stage of content.stages) {
    const seen = new Set<string>();
    stage.data.checklist.forEach((item, index) => {
      if (seen.has(item.id)) {
        problems.push(
          problemAt(stage, ['checklist', index, 'id'], 'structure/duplicate-checklist-id', `The checklist id "${item.id}" appears twice in this stage.`, 'Give each checklist item its own id; keep an existing id when you only reword the text.'),
        );
      }
      seen.add(item.id);
    });
  }
  return problems;
}

/** A checklist owner who is not among the stage's roles is probably a mistake. */
export function checklistOwnersTakePart(content: ContentSet): Problem[] {
  const problems: Problem[] = [];
  for (const stage of content.stages) {
    const taking = new Set([stage.data.owner, ...stage.data.roles]);
    stage.data.checklist.forEach((item, index) => {
      // An unknown role is already an error of its own.
      if (item.owner !== undefined && !taking.has(item.owner) && content.declared.roles.has(item.owner)) {
        problems.push(
          problemAt(
            stage,
            ['checklist', index, 'owner'],
            'structure/checklist-owner-role',
            `"${item.owner}" owns a checklist item but is not the stage owner or in its roles.`,
            `Add ${item.owner} to roles, or give the item to one of: ${[...taking].join(', ')}.`,
            'warning',
          ),
        );
      }
    });
  }
  return problems;
}
