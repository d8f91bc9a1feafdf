import type { ContentSet } from '../validation/content-set.ts';
import { improvementEntryKinds } from '../improvement/new-entries.ts';
import { monitoringEntryKinds } from '../monitoring/new-entries.ts';
import { type EntryKind, firstStageId, leadRole, type NewFile, SLUG, slugError, TEMPLATE_MARKER, type TemplateContext, titleFromId, todo, yamlFileIn } from './entry-kind.ts';

const reviewLines = (context: TemplateContext, indent = '') =>
  [`${indent}owner: ${context.owner}`, `${indent}lastReviewed: ${context.today}`, `${indent}reviewEveryMonths: 12`].join('\n');

const stage: EntryKind = {
  collection: 'stages',
  usage: 'stage <playbook>/<stage>   for example: npm run new -- stage pmo-setup/benefits-review',
  fileOf(id, content) {
    const [playbook, slug, ...rest] = id.split('/');
    if (slug === undefined || rest.length > 0) return { error: `A stage id names its playbook too: <playbook>/<stage>, for example pmo-setup/${id}.` };
    if (!SLUG.test(slug)) return { error: slugError(slug) };
    if (!content.declared.playbooks.has(playbook)) {
      return { error: `There is no playbook "${playbook}". Playbooks: ${[...content.declared.playbooks].sort().join(', ')}.` };
    }
    return { file: `playbooks/${playbook}/${slug}.mdx` };
  },
  defaultOwner: (id, content) => content.playbooks.find((playbook) => playbook.id === id.split('/')[0])?.data.owner ?? leadRole(content),
  template(id, context) {
    const [playbook, slug] = id.split('/');
    const numbers = context.content.stages.filter((entry) => entry.id.startsWith(`${playbook}/`)).map((entry) => entry.data.stage);
    return `---
stage: ${Math.max(0, ...numbers) + 1}
title: ${titleFromId(slug)}
summary: ${todo('one sentence on what this stage achieves, shown in lists and search results.')}
purpose: ${todo('why this stage matters and what goes wrong without it, in a short paragraph.')}
${reviewLines(context)}
inputs:
  - ${todo('what the stage needs before it starts')}
outputs:
  - name: ${todo('a document or decision the stage produces')}
    description: ${todo('what it contains and who uses it')}
roles:
  - ${context.owner}
checklist:
  - id: first-check
    text: ${todo('something that must be true or done before the stage is complete')}
    owner: ${context.owner}
    evidence: ${todo('what shows it is done, for example a signed document in the PMO library')}
---

## Steps

### 1. ${TEMPLATE_MARKER} name the first step

${TEMPLATE_MARKER} say what to do, who does it and what good looks like.

## Pitfalls

- ${TEMPLATE_MARKER} a common mistake and how to avoid it.
`;
  },
};

const playbook: EntryKind = {
  collection: 'playbooks',
  usage: 'playbook <playbook>   for example: npm run new -- playbook project-delivery',
  fileOf(id, content) {
    if (!SLUG.test(id)) return { error: slugError(id) };
    if (content.declared.playbooks.has(id)) return { error: `There is already a playbook "${id}" (playbooks/${id}/playbook.yaml).` };
    return { file: `playbooks/${id}/playbook.yaml` };
  },
  defaultOwner: (_id, content) => leadRole(content) ?? [...content.declared.roles].sort()[0],
  template(id, context) {
    const order = Math.max(0, ...context.content.playbooks.map((entry) => entry.data.order)) + 1;
    return `title: ${titleFromId(id)}
summary: ${todo('what the playbook helps people do, in one or two sentences.')}
audience: ${todo('who should follow it.')}
owner: ${context.owner}
order: ${order}
# What its parts are called (stage, play, step or phase) and whether they are followed in order.
parts: stage
ordered: true
# Set owner or evidence to false if checklist items do not name them.
checklistItemsNeed:
  owner: true
  evidence: true
review:
${reviewLines(context, '  ')}
`;
  },
  // A playbook needs at least one stage to be valid: the first one comes with it.
  companions: (id, context) => [{ file: `playbooks/${id}/first-stage.mdx`, text: stage.template(`${id}/first-stage`, context) }],
};

const role: EntryKind = {
  collection: 'roles',
  usage: 'role <role>   for example: npm run new -- role benefits-manager',
  fileOf: yamlFileIn('content/roles'),
  defaultOwner: (_id, content) => leadRole(content),
  template: (id, context) => `id: ${id}
title: ${titleFromId(id)}
summary: ${todo('one or two sentences on what the role is for.')}
responsibilities:
  - ${todo('something this role is responsible for, starting with a verb')}
skills:
  - ${todo('a skill or experience the role needs')}
timeCommitment: ${todo('for example Full-time, or Half a day a month')}
# reportsTo: ${context.owner}   (the role this one reports to; leave it out at the top of the structure)
review:
${reviewLines(context, '  ')}
`,
};

/** Any role other than `owner`, so templates can show a second party (RACI needs an R and an A). */
const anotherRole = (content: ContentSet, owner: string) => content.roles.map((entry) => entry.id).find((id) => id !== owner) ?? owner;

const raci: EntryKind = {
  collection: 'raci',
  usage: 'raci <matrix>   for example: npm run new -- raci benefits-tracking',
  fileOf: yamlFileIn('content/raci'),
  defaultOwner: (_id, content) => leadRole(content),
  template: (id, context) => `id: ${id}
title: ${titleFromId(id)}
description: ${todo('what this governance process decides and when it runs, in one or two sentences.')}
order: ${context.content.raci.length + 1}
# Stages whose pages list this matrix, as <playbook>/<stage>.
stages:
  - ${firstStageId(context.content) ?? 'pmo-setup/establish-governance'}
activities:
  - id: first-activity
    name: ${todo('an activity of the process, starting with a verb')}
    assignments:
      ${context.owner}: A
      ${anotherRole(context.content, context.owner)}: R
`,
};

const forum: EntryKind = {
  collection: 'forums',
  usage: 'forum <forum>   for example: npm run new -- forum design-authority',
  fileOf: yamlFileIn('content/governance/forums'),
  defaultOwner: (_id, content) => leadRole(content),
  template: (id, context) => `id: ${id}
title: ${titleFromId(id)}
purpose: ${todo('why the forum exists and what only it decides, in one or two sentences.')}
chair: ${context.owner}
members:
  - ${anotherRole(context.content, context.owner)}
cadence:
  frequency: monthly
  weeks: [3]
  durationMinutes: 60
quorum:
  description: ${todo('who must be present for decisions to stand')}
decisionRights:
  - decision: ${todo('something the forum may approve or decide')}
inputs:
  - ${todo('a paper or report the forum receives')}
outputs:
  - ${todo('a decision or document the forum produces')}
# escalatesTo: portfolio-board   (the forum that takes what is beyond this one; leave out for the top forum)
`,
};

/**
 * What `npm run new` can create. A new kind of content is one entry here (its collection must
 * exist in src/schemas/collections.ts); the template must pass the checker as it is.
 */
export const entryKinds: Record<string, EntryKind> = { stage, playbook, role, raci, forum, ...monitoringEntryKinds, ...improvementEntryKinds };

/** Kinds editors will be able to create once their collections exist, with what they are. */
export const pendingKinds: Record<string, string> = {
  plan: 'plans',
  stakeholder: 'stakeholders',
  comms: 'communications entries',
};

/** Decides what file `npm run new -- <kind> <id>` writes, or why it cannot. */
export function planNewEntry(
  kindName: string | undefined,
  id: string | undefined,
  content: ContentSet,
  options: { owner?: string; today: string; fileExists(path: string): boolean },
): (NewFile & { companions: NewFile[] }) | { error: string } {
  const kinds = Object.values(entryKinds).map((kind) => `  npm run new -- ${kind.usage}`).join('\n');
  if (kindName !== undefined && kindName in pendingKinds) {
    return { error: `Creating ${pendingKinds[kindName]} is not available yet: this playbook has no "${kindName}" content. You can create:\n${kinds}` };
  }
  const kind = kindName === undefined ? undefined : entryKinds[kindName];
  if (!kind || !id) return { error: `Usage:\n${kinds}` };
  const target = kind.fileOf(id, content);
  if ('error' in target) return target;
  if (options.fileExists(target.file)) return { error: `${target.file} already exists; edit it instead, or choose another id.` };
  const owner = options.owner ?? kind.defaultOwner(id, content);
  const knownRoles = new Set(content.declared.roles);
  if (!owner || !knownRoles.has(owner)) {
    return { error: `${owner ? `There is no role "${owner}"` : 'No owner role was found'}: pass --owner=<role>, one of ${[...knownRoles].sort().join(', ')}.` };
  }
  const context = { today: options.today, content, owner };
  return { file: target.file, text: kind.template(id, context), companions: kind.companions?.(id, context) ?? [] };
}
