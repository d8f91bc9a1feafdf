import { addDays, lastDayOfMonth } from '../dates/calendar-date.ts';
import { type EntryKind, firstStageId, type TemplateContext, todo } from '../editing/entry-kind.ts';
import type { ContentSet } from '../validation/content-set.ts';
import { levelForRisk } from './risk-scoring.ts';

/** The first plan, which new RAID items belong to until the editor says otherwise. */
const firstPlan = (content: ContentSet) => [...content.plans].sort((a, b) => a.id.localeCompare(b.id))[0]?.id;

const belongsTo = (context: TemplateContext) => {
  const plan = firstPlan(context.content);
  const stage = firstStageId(context.content);
  return ['belongsTo:', plan ? `  plan: ${plan}` : `  stage: ${stage ?? 'pmo-setup/implement-and-monitor'}`, '  # stage: <playbook>/<stage>', '  # objective: <objective id>'].join('\n');
};

/** A RAID kind: its reference letter, its folder under content/raid/ (also its collection) and its template. */
const raidKind = (letter: 'r' | 'i' | 'a' | 'd', kind: string, folder: 'risks' | 'issues' | 'assumptions' | 'dependencies', template: EntryKind['template']): EntryKind => ({
  collection: folder,
  usage: `${kind} <${letter}NN>   for example: npm run new -- ${kind} ${letter}12`,
  fileOf: (id) =>
    new RegExp(`^${letter}\\d{2,}$`).test(id) ? { file: `content/raid/${folder}/${id}.yaml` } : { error: `"${id}" is not a ${kind} reference: use "${letter}" and a number of at least two digits, for example ${letter}12.` },
  defaultOwner: (_id, content) => content.plans.find((plan) => plan.id === firstPlan(content))?.data.owner ?? content.roles[0]?.id,
  template,
});

const risk = raidKind('r', 'risk', 'risks', (id, context) => {
  const levels = context.content.escalation[0]?.data.levels ?? [];
  const level = levelForRisk(levels, 1)?.level.id ?? 'project-manager';
  return `id: ${id}
title: ${todo('the risk in a few words')}
${belongsTo(context)}
owner: ${context.owner}
raised: ${context.today}
cause: ${todo('what is true today that gives rise to the risk')}
event: ${todo('the uncertain event that may happen')}
effect: ${todo('what would follow for the plan or objective')}
# Scored on content/governance/risk-matrix.yaml; the score is probability times impact.
probability: 1
impact: 1
# The level whose risk tolerance holds the score (content/governance/escalation.yaml).
escalationLevel: ${level}
proximity: ${addDays(context.today, 90)}
response: reduce
actions:
  - action: ${todo('what will be done, as an instruction')}
    owner: ${context.owner}
    due: ${addDays(context.today, 30)}
status: open
`;
});

const issue = raidKind('i', 'issue', 'issues', (id, context) => `id: ${id}
title: ${todo('the issue in a few words')}
${belongsTo(context)}
owner: ${context.owner}
raised: ${context.today}
description: ${todo('what has happened and what it affects')}
priority: medium
due: ${addDays(context.today, 30)}
actions:
  - action: ${todo('what will be done, as an instruction')}
    owner: ${context.owner}
    due: ${addDays(context.today, 14)}
status: open
`);

const assumption = raidKind('a', 'assumption', 'assumptions', (id, context) => `id: ${id}
title: ${todo('the assumption in a few words')}
${belongsTo(context)}
owner: ${context.owner}
raised: ${context.today}
statement: ${todo('what is assumed, as a sentence that can turn out true or false')}
ifWrong: ${todo('what happens to the plan if it is false')}
validateBy: ${addDays(context.today, 60)}
status: unvalidated
`);

const dependency = raidKind('d', 'dependency', 'dependencies', (id, context) => `id: ${id}
title: ${todo('the dependency in a few words')}
${belongsTo(context)}
owner: ${context.owner}
raised: ${context.today}
dependent:
  description: ${todo('the work that waits')}
  # task: <task id of the plan>
dependsOn:
  description: ${todo('what it waits for')}
  # task: <task id of the plan>
needBy: ${addDays(context.today, 60)}
status: open
`);

const statusReport: EntryKind = {
  collection: 'statusReports',
  usage: 'status-report <plan>-<YYYY-MM>   for example: npm run new -- status-report pmo-implementation-2027-01',
  fileOf(id, content) {
    const match = /^(.+)-(\d{4})-(\d{2})$/.exec(id);
    if (!match || !content.declared.plans.has(match[1])) {
      return { error: `A status report id is <plan>-<YYYY-MM> for a plan in content/plans/ (${[...content.declared.plans].sort().join(', ')}), for example ${[...content.declared.plans][0] ?? 'pmo-implementation'}-2027-01.` };
    }
    return { file: `content/status-reports/${id}.yaml` };
  },
  defaultOwner: (id, content) => content.plans.find((plan) => id.startsWith(`${plan.id}-`))?.data.owner,
  template(id, context) {
    const [, plan, year, month] = /^(.+)-(\d{4})-(\d{2})$/.exec(id)!;
    const periodEnd = lastDayOfMonth(`${year}-${month}`);
    const lowest = context.content.escalation[0]?.data.levels[0]?.id ?? 'project-manager';
    return `id: ${id}
plan: ${plan}
periodEnd: ${periodEnd}
author: ${context.owner}
# The escalation level that owns the work; each dimension's RAG is measured against its tolerances.
workOwnedBy: ${lowest}
# stageBudget: 100000   (needed when that level's cost tolerance is measured on the stage budget)
summary: ${todo('the state of the work in two or three sentences')}
forecast:
  costOverrun: 0
  stageSlipWeeks: 0
  endDateSlipWeeks: 0
  scopeBenefitsShortfallPercent: 0
  benefitsShortfallPercent: 0
  riskScore: 1
achievements:
  - ${todo('what was achieved this period')}
nextSteps:
  - ${todo('what will be done next period')}
decisionsNeeded: []
topRisks: []
topIssues: []
`;
  },
};

/** The stage 7 kinds of \`npm run new\`. */
export const monitoringEntryKinds: Record<string, EntryKind> = { risk, issue, assumption, dependency, 'status-report': statusReport };
