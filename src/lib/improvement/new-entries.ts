import { addDays } from '../dates/calendar-date.ts';
import { type EntryKind, firstStageId, leadRole, SLUG, slugError, titleFromId, todo, yamlFileIn } from '../editing/entry-kind.ts';

const example = 'faster-decisions';

const benefit: EntryKind = {
  collection: 'benefits',
  usage: 'benefit <benefit>   for example: npm run new -- benefit faster-decisions',
  fileOf(id, content) {
    if (!SLUG.test(id)) return { error: slugError(id, example) };
    if (content.objectives.length === 0) return { error: 'A benefit serves an objective: add one in content/objectives/ first.' };
    return { file: `content/benefits/${id}.yaml` };
  },
  defaultOwner: (_id, content) => leadRole(content),
  template: (id, context) => `id: ${id}
title: ${titleFromId(id)}
description: ${todo('what changes for whom, and why the investment causes it.')}
objective: ${[...context.content.objectives].sort((a, b) => a.data.priority - b.data.priority)[0].id}
# plan: pmo-implementation   (the plan whose work delivers it, if any)
owner: ${context.owner}
measure: ${todo('what is measured, precisely enough for two people to get the same number')}
unit: "%"
baseline: 0
target: 100
expected:
  - date: ${addDays(context.today, 180)}
    value: 50
  - date: ${addDays(context.today, 365)}
    value: 100
realised: []
disBenefits: []
status: planned
review:
  owner: ${context.owner}
  lastReviewed: ${context.today}
  reviewEveryMonths: 3
`,
};

const lesson: EntryKind = {
  collection: 'lessons',
  usage: 'lesson <lesson>   for example: npm run new -- lesson migration-estimates',
  fileOf: yamlFileIn('content/lessons', example),
  defaultOwner: (_id, content) => leadRole(content),
  template: (id, context) => `id: ${id}
title: ${titleFromId(id)}
date: ${context.today}
source:
  kind: project
  name: ${todo('the project, review, health check or retrospective it comes from')}
whatHappened: ${todo('what happened, factually, with numbers where there are any')}
why: ${todo('the cause, not the symptom')}
doDifferently: ${todo('what to do differently next time, specific enough to act on')}
# Stages whose pages show the lesson, as <playbook>/<stage>.
stages:
  - ${firstStageId(context.content) ?? 'pmo-setup/continuously-improve'}
roles:
  - ${context.owner}
# Themes, lower-case kebab-case, for example estimating or reporting; recurring ones become backlog items.
tags:
  - ${id.split('-')[0]}
`,
};

const improvement: EntryKind = {
  collection: 'improvements',
  usage: 'improvement <item>   for example: npm run new -- improvement estimating-guide',
  fileOf(id, content) {
    if (!SLUG.test(id)) return { error: slugError(id, example) };
    if (content.lessons.length === 0 && content.maturityModel.length === 0) {
      return { error: 'A backlog item comes from a lesson or a maturity gap: add a lesson (npm run new -- lesson <id>) or content/maturity/model.yaml first.' };
    }
    return { file: `content/improvements/${id}.yaml` };
  },
  defaultOwner: (_id, content) => leadRole(content),
  template(id, context) {
    const [lessonEntry] = [...context.content.lessons].sort((a, b) => b.data.date.localeCompare(a.data.date));
    const perspective = context.content.maturityModel[0]?.data.perspectives[0]?.id;
    const source = lessonEntry
      ? `lessons:\n  - ${lessonEntry.id}\n${perspective ? `# gaps:\n#   - perspective: ${perspective}\n#     level: 3\n` : ''}`
      : `gaps:\n  - perspective: ${perspective}\n    level: 3\n`;
    return `id: ${id}
title: ${titleFromId(id)}
problem: ${todo('the problem it solves, with the evidence')}
proposal: ${todo('what will change, concretely')}
${source}owner: ${context.owner}
priority: medium
status: proposed
raised: ${context.today}
targetDate: ${addDays(context.today, 90)}
`;
  },
};

/** The stage 8 kinds `npm run new` can create. */
export const improvementEntryKinds: Record<string, EntryKind> = { benefit, lesson, improvement };
