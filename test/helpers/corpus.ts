import { reviewBlock, validContentFiles } from './content-fixture.ts';

export interface CorpusOptions {
  /** Total number of stage pages. */
  stages: number;
  /** Stages per playbook; the last playbook takes the remainder. */
  stagesPerPlaybook?: number;
  roles?: number;
}

const pad = (value: number) => String(value).padStart(4, '0');

function stagePage(playbook: string, number: number, count: number, roles: string[]): string {
  const owner = roles[number % roles.length];
  const helper = roles[(number + 1) % roles.length];
  const checklist = [1, 2, 3, 4]
    .map((item) => `  - id: check-${item}\n    text: Check ${item} of stage ${number} is done.\n    owner: ${item % 2 ? owner : helper}\n    evidence: Record ${item} in the PMO library\n`)
    .join('');
  const previous = number > 1 ? `[the previous stage](../stage-${pad(number - 1)}/#checklist)` : '[the playbook](../)';
  const next = number < count ? `[the next stage](/playbooks/${playbook}/stage-${pad(number + 1)}/#steps)` : '[the scope](/scope/#scope-thresholds)';
  return `---
stage: ${number}
title: Stage ${number} of ${playbook}
summary: What stage ${number} of ${playbook} achieves.
purpose: >-
  Why stage ${number} matters: it turns the outputs of the stage before into a decision that the next stage can
  rely on, with evidence that a reviewer can check.
owner: ${owner}
lastReviewed: ${reviewBlock().match(/lastReviewed: (\S+)/)![1]}
reviewEveryMonths: 12
inputs:
  - Outputs of the previous stage
  - The portfolio register
outputs:
  - name: Stage ${number} decision record
    description: What was decided, by whom and why.
roles:
  - ${owner}
  - ${helper}
checklist:
${checklist}---

## Steps

Start from ${previous}, then continue to ${next}. The [${owner}](/roles/${owner}/#responsibilities) leads.

### 1. Gather the inputs

Collect the outputs listed above and check them against the portfolio register. Note gaps in the RAID log.

### 2. Decide

Put the decision to the owner with a recommendation. Record it, with reasons, in the decision log.

\`\`\`mermaid
flowchart LR
  A[Inputs] --> B{Decision}
  B -->|Approved| C[Next stage]
  B -->|Rejected| D[Rework]
\`\`\`

## Common pitfalls

- **Deciding without evidence.** Ask for the data behind every claim before the meeting.
- **Skipping the record.** An unrecorded decision is made again next month; see [step 2](#2-decide).
`;
}

/**
 * A large, valid content set shaped like real content (links, anchors, diagrams, checklists),
 * for measuring the checker and the build. It extends the small valid fixture, so it has the
 * same organization, objective and scope.
 */
export function generateCorpus({ stages, stagesPerPlaybook = 20, roles: roleCount = 24 }: CorpusOptions): Record<string, string> {
  const files = validContentFiles();
  const roles = ['pmo-lead', 'sponsor'];
  for (let index = 1; roles.length < roleCount; index++) {
    const id = `role-${String(index).padStart(2, '0')}`;
    roles.push(id);
    files[`content/roles/${id}.yaml`] = `id: ${id}
title: Role ${index}
summary: Role ${index} takes part in several stages.
responsibilities:
  - Own the stages assigned to role ${index}
reportsTo: pmo-lead
timeCommitment: Two days a week
${reviewBlock()}`;
  }
  delete files['playbooks/setup/playbook.yaml'];
  delete files['playbooks/setup/first.mdx'];
  delete files['playbooks/setup/second.mdx'];
  const playbookCount = Math.ceil(stages / stagesPerPlaybook);
  for (let p = 1; p <= playbookCount; p++) {
    const playbook = `playbook-${pad(p)}`;
    const count = p < playbookCount ? stagesPerPlaybook : stages - stagesPerPlaybook * (playbookCount - 1);
    files[`playbooks/${playbook}/playbook.yaml`] = `title: Playbook ${p}
summary: Generated playbook ${p} with ${count} stages.
audience: Project teams
owner: pmo-lead
order: ${p}
${reviewBlock()}`;
    for (let number = 1; number <= count; number++) {
      files[`playbooks/${playbook}/stage-${pad(number)}.mdx`] = stagePage(playbook, number, count, roles);
    }
  }
  return files;
}
