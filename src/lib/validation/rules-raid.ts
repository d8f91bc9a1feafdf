import type { EscalationLevel } from '../../schemas/index.ts';
import { holdingLevel, levelForRisk, levelMayHold, riskScore } from '../monitoring/risk-scoring.ts';
import { riskLimitOf } from '../monitoring/tolerance-access.ts';
import { type RaidItem, raidRef, type RaidSummary, summarize } from '../monitoring/raid-items.ts';
import { tasksOf } from '../plans/schedule.ts';
import type { ContentSet, SourcedEntry } from './content-set.ts';
import type { FieldPath, Problem } from './problem.ts';
import { problemAt } from './problem-at.ts';
import { closestMatch } from './suggest.ts';

/** Every RAID entry with its file, tagged with its type and summarised. */
export function raidEntries(content: ContentSet): { entry: SourcedEntry<unknown>; item: RaidItem; summary: RaidSummary }[] {
  const items: { entry: SourcedEntry<unknown>; item: RaidItem }[] = [
    ...content.risks.map((entry) => ({ entry, item: { type: 'risk', data: entry.data } as const })),
    ...content.issues.map((entry) => ({ entry, item: { type: 'issue', data: entry.data } as const })),
    ...content.assumptions.map((entry) => ({ entry, item: { type: 'assumption', data: entry.data } as const })),
    ...content.dependencies.map((entry) => ({ entry, item: { type: 'dependency', data: entry.data } as const })),
  ];
  return items.map(({ entry, item }) => ({ entry, item, summary: summarize(item) }));
}

/** Every place in the RAID log and status reports that names a role, for the role rule. */
export function monitoringRoleReferences(content: ContentSet): { entry: SourcedEntry<unknown>; path: FieldPath; roleId: string }[] {
  const references: { entry: SourcedEntry<unknown>; path: FieldPath; roleId: string }[] = [];
  for (const { entry, summary } of raidEntries(content)) {
    references.push({ entry, path: ['owner'], roleId: summary.owner });
    summary.actions.forEach((action, i) => references.push({ entry, path: ['actions', i, 'owner'], roleId: action.owner }));
  }
  for (const report of content.statusReports) references.push({ entry: report, path: ['author'], roleId: report.data.author });
  return references;
}

function unknownId(entry: SourcedEntry<unknown>, path: FieldPath, rule: string, message: string, id: string, known: Iterable<string>, where: string): Problem {
  const suggestion = closestMatch(id, known);
  return problemAt(entry, path, rule, message, suggestion ? `Did you mean "${suggestion}"? ${where}` : `${where} Known: ${[...known].sort().join(', ') || 'none yet'}.`);
}

/** The plan, stage and objective a RAID item belongs to exist. */
export function raidItemsBelongToKnownWork(content: ContentSet): Problem[] {
  const { plans, stages, objectives } = content.declared;
  return raidEntries(content).flatMap(({ entry, summary }) => {
    const { plan, stage, objective } = summary.belongsTo;
    const problems: Problem[] = [];
    if (plan !== undefined && !plans.has(plan)) problems.push(unknownId(entry, ['belongsTo', 'plan'], 'reference/raid-plan', `Unknown plan "${plan}".`, plan, plans, 'Plan ids are the file names in content/plans/.'));
    if (stage !== undefined && !stages.has(stage)) problems.push(unknownId(entry, ['belongsTo', 'stage'], 'reference/raid-stage', `Unknown stage "${stage}".`, stage, stages, 'A stage is "<playbook>/<stage>": the folder in playbooks/ and the file name without .mdx.'));
    if (objective !== undefined && !objectives.has(objective)) problems.push(unknownId(entry, ['belongsTo', 'objective'], 'reference/raid-objective', `Unknown objective "${objective}".`, objective, objectives, 'Objective ids are the file names in content/objectives/.'));
    return problems;
  });
}

/** A dependency end that names a task names a task of a known plan. */
export function dependencyTasksResolve(content: ContentSet): Problem[] {
  const tasksByPlan = new Map(content.plans.map((plan) => [plan.id, tasksOf(plan.data.timeline).map(({ task }) => task.id)]));
  return content.dependencies.flatMap((entry) =>
    (['dependent', 'dependsOn'] as const).flatMap((end) => {
      const { plan: namedPlan, task } = entry.data[end];
      const plan = namedPlan ?? entry.data.belongsTo.plan;
      if (namedPlan !== undefined && !content.declared.plans.has(namedPlan)) {
        return [unknownId(entry, [end, 'plan'], 'reference/raid-plan', `Unknown plan "${namedPlan}".`, namedPlan, content.declared.plans, 'Plan ids are the file names in content/plans/.')];
      }
      if (task === undefined) return [];
      if (plan === undefined) {
        return [problemAt(entry, [end, 'task'], 'raid/dependency-task', `The task "${task}" is named without a plan.`, `Add plan: <plan id> beside task, or belongsTo.plan to the dependency.`)];
      }
      const tasks = tasksByPlan.get(plan);
      if (tasks === undefined || tasks.includes(task)) return [];
      return [unknownId(entry, [end, 'task'], 'raid/dependency-task', `"${task}" is not a task of the plan "${plan}".`, task, tasks, `Use the id of a task in content/plans/${plan}.yaml.`)];
    }),
  );
}

/** Risks are scored on the organization's matrix: both values are points of its scales. */
export function riskScoresFitTheMatrix(content: ContentSet): Problem[] {
  const [matrix] = content.riskMatrix;
  if (matrix === undefined) {
    if (content.risks.length === 0 || content.declared.riskMatrix.size > 0) return [];
    return [problemAt(content.risks[0], ['probability'], 'raid/no-risk-matrix', 'Risks are logged but there is no risk matrix to score them on.', 'Create content/governance/risk-matrix.yaml with the probability and impact scales and the score bands (npm run new risk-matrix).')];
  }
  return content.risks.flatMap((entry) =>
    (['probability', 'impact'] as const).flatMap((scale) => {
      const points = matrix.data[scale];
      const value = entry.data[scale];
      if (points.some((point) => point.value === value)) return [];
      return [
        problemAt(
          entry,
          [scale],
          'raid/score-outside-matrix',
          `${scale === 'probability' ? 'Probability' : 'Impact'} ${value} is not on the matrix's ${scale} scale (1 to ${points.length}).`,
          `Use one of: ${points.map((point) => `${point.value} (${point.label})`).join(', ')}; the scales are in content/governance/risk-matrix.yaml.`,
        ),
      ];
    }),
  );
}

/**
 * An open risk is held at an escalation level that may hold its score (the level it names, or
 * else the highest its owner decides at); otherwise the error names the level that must own it.
 */
export function risksAreHeldWithinTolerance(content: ContentSet): Problem[] {
  const levels: EscalationLevel[] = content.escalation[0]?.data.levels ?? [];
  if (content.escalation.length === 0) return [];
  const byId = new Map(levels.map((level) => [level.id, level]));
  const chairs = new Map(content.forums.map((forum) => [forum.id, forum.data.chair]));
  const chairOf = (forumId: string) => chairs.get(forumId);
  return content.risks.flatMap((entry) => {
    const { escalationLevel, owner } = entry.data;
    const held = holdingLevel(entry.data, levels, chairOf);
    if (held === undefined && escalationLevel !== undefined) {
      return [unknownId(entry, ['escalationLevel'], 'reference/escalation-level', `Unknown escalation level "${escalationLevel}".`, escalationLevel, byId.keys(), 'Level ids are in content/governance/escalation.yaml.')];
    }
    const score = riskScore(entry.data);
    const lowest = levelForRisk(levels, score);
    if (held === undefined) {
      return [
        problemAt(
          entry,
          ['owner'],
          'raid/no-holding-level',
          `Risk ${raidRef(entry.id)} names no escalation level, and its owner "${owner}" decides at none, so nothing says who holds it.`,
          `Add escalationLevel: ${lowest?.level.id ?? levels[0]?.id ?? '<level id>'} (the lowest level that may hold a score of ${score}), or make the owner the role that decides at a level or chairs its forum.`,
        ),
      ];
    }
    if (entry.data.status !== 'open' || levelMayHold(held.level, score)) return [];
    const where = held.stated ? `the ${held.level.title} level's` : `the ${held.level.title} level's (the highest its owner "${owner}" decides at)`;
    return [
      problemAt(
        entry,
        [held.stated ? 'escalationLevel' : 'owner'],
        'raid/risk-above-level-tolerance',
        `Risk ${raidRef(entry.id)} scores ${score} (${entry.data.probability} × ${entry.data.impact}), above ${where} risk tolerance of ${riskLimitOf(held.level)}.`,
        lowest ? `Escalate it: set escalationLevel: ${lowest.level.id} (${lowest.reason}), or lower the score once actions have reduced it.` : 'No level of the escalation ladder may hold this score; widen the top level in content/governance/escalation.yaml.',
      ),
    ];
  });
}

/** A closed item says when and why; an open one has no closed date. */
export function closedRaidItemsHaveDateAndReason(content: ContentSet): Problem[] {
  return raidEntries(content).flatMap(({ entry, summary }) => {
    const problems: Problem[] = [];
    if (summary.open) {
      if (summary.closed !== undefined) problems.push(problemAt(entry, ['closed'], 'raid/open-item-closed-date', `${summary.ref} is ${summary.status} but has a closed date.`, `Remove closed, or set the status to a closed one if it is finished.`));
      return problems;
    }
    if (summary.closed === undefined) problems.push(problemAt(entry, ['status'], 'raid/closed-needs-date', `${summary.ref} is ${summary.status} but has no closed date.`, 'Add closed: YYYY-MM-DD, the day it was closed.'));
    else if (summary.closed < summary.raised) problems.push(problemAt(entry, ['closed'], 'raid/closed-before-raised', `${summary.ref} was closed on ${summary.closed}, before it was raised on ${summary.raised}.`, 'Correct the closed or raised date.'));
    if (summary.closedReason === undefined) problems.push(problemAt(entry, ['status'], 'raid/closed-needs-reason', `${summary.ref} is ${summary.status} but says nothing about why.`, `Add ${summary.closedReasonField}: what closed it, so the log keeps the lesson.`));
    return problems;
  });
}

/** Warnings: an open item's action, validate-by, due or need-by date has passed. */
export function openRaidDatesAreAhead(content: ContentSet, context: { today: string }): Problem[] {
  return raidEntries(content).flatMap(({ entry, summary }) => {
    if (!summary.open) return [];
    const problems: Problem[] = [];
    summary.actions.forEach((action, i) => {
      if (!action.done && action.due < context.today) {
        problems.push(problemAt(entry, ['actions', i, 'due'], 'raid/action-overdue', `An action on ${summary.ref} was due on ${action.due} and is not done.`, 'Mark it done: true, or agree a new due date with its owner.', 'warning'));
      }
    });
    if (summary.type !== 'risk' && summary.dueDate < context.today) {
      const what = { due: 'due', validateBy: 'to be validated by', needBy: 'needed by', proximity: '' }[summary.dueField];
      problems.push(problemAt(entry, [summary.dueField], 'raid/date-passed', `${summary.ref} is still ${summary.status}; it was ${what} ${summary.dueDate}.`, `Close it with its outcome, or set a new ${summary.dueField} date and say why in the log.`, 'warning'));
    }
    return problems;
  });
}

/** Status reports name a known plan, escalation level, deciders and RAID items, one report per plan and period. */
export function statusReportReferencesResolve(content: ContentSet): Problem[] {
  const levels = new Set(content.escalation[0]?.data.levels.map((level) => level.id) ?? []);
  const deciders = new Set([...content.declared.forums, ...content.declared.roles]);
  const seen = new Map<string, string>();
  return content.statusReports.flatMap((entry) => {
    const report = entry.data;
    const problems: Problem[] = [];
    if (!content.declared.plans.has(report.plan)) problems.push(unknownId(entry, ['plan'], 'reference/raid-plan', `Unknown plan "${report.plan}".`, report.plan, content.declared.plans, 'Plan ids are the file names in content/plans/.'));
    if (content.escalation.length > 0 && !levels.has(report.workOwnedBy)) problems.push(unknownId(entry, ['workOwnedBy'], 'reference/escalation-level', `Unknown escalation level "${report.workOwnedBy}".`, report.workOwnedBy, levels, 'Level ids are in content/governance/escalation.yaml.'));
    report.decisionsNeeded.forEach((decision, i) => {
      if (!deciders.has(decision.from)) problems.push(unknownId(entry, ['decisionsNeeded', i, 'from'], 'reference/decider', `"${decision.from}" is neither a forum nor a role.`, decision.from, deciders, 'Name a forum in content/governance/forums/ or a role in content/roles/.'));
    });
    for (const [field, collection] of [['topRisks', 'risks'], ['topIssues', 'issues']] as const) {
      report[field].forEach((id, i) => {
        if (!content.declared[collection].has(id)) problems.push(unknownId(entry, [field, i], 'reference/raid-item', `"${id}" is not in the RAID log's ${collection}.`, id, content.declared[collection], `${field} lists ids of files in content/raid/${collection}/.`));
      });
    }
    const key = `${report.plan} ${report.periodEnd}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) problems.push(problemAt(entry, ['periodEnd'], 'status/duplicate-period', `The plan "${report.plan}" already has a report for the period ending ${report.periodEnd} (${earlier}).`, 'Correct periodEnd, or merge the two reports into one.'));
    else seen.set(key, entry.id);
    return problems;
  });
}

/** Warning: a report's top risks and issues belong to its plan (or to no plan), so the report does not borrow another plan's log. */
export function statusReportItemsBelongToItsPlan(content: ContentSet): Problem[] {
  const planOf = new Map(raidEntries(content).map(({ summary }) => [summary.id, summary.belongsTo.plan]));
  return content.statusReports.flatMap((entry) =>
    (['topRisks', 'topIssues'] as const).flatMap((field) =>
      entry.data[field].flatMap((id, i) => {
        const plan = planOf.get(id);
        if (plan === undefined || plan === entry.data.plan) return [];
        return [
          problemAt(
            entry,
            [field, i],
            'status/item-of-another-plan',
            `${raidRef(id)} belongs to the plan "${plan}", not to "${entry.data.plan}" that this report is on.`,
            `Name it in the report of "${plan}", or log a risk or issue against "${entry.data.plan}" and name that.`,
            'warning',
          ),
        ];
      }),
    ),
  );
}

/**
 * A report describes a period that has ended: one dated after today is a typo or a draft
 * written ahead, and its computed RAG would be read as fact.
 */
export function statusReportsCoverPastPeriods(content: ContentSet, context: { today: string }): Problem[] {
  return content.statusReports.flatMap((entry) =>
    entry.data.periodEnd <= context.today
      ? []
      : [
          problemAt(
            entry,
            ['periodEnd'],
            'status/future-period',
            `The report's period ends on ${entry.data.periodEnd}, after today (${context.today}).`,
            'Write the report once its period has ended, with periodEnd the last day of that period; check the year and month.',
          ),
        ],
  );
}

/** A report's top risks and issues were in the log by its period end: a report cannot name what was raised later. */
export function statusReportItemsWereRaisedInTime(content: ContentSet): Problem[] {
  const raisedOn = new Map(raidEntries(content).map(({ summary }) => [summary.id, summary.raised]));
  return content.statusReports.flatMap((entry) =>
    (['topRisks', 'topIssues'] as const).flatMap((field) =>
      entry.data[field].flatMap((id, i) => {
        const raised = raisedOn.get(id);
        if (raised === undefined || raised <= entry.data.periodEnd) return [];
        return [
          problemAt(
            entry,
            [field, i],
            'status/item-raised-after-period',
            `${raidRef(id)} was raised on ${raised}, after this report's period ended on ${entry.data.periodEnd}.`,
            `Remove it from ${field}, or correct the raised date of ${raidRef(id)} if it was logged earlier.`,
          ),
        ];
      }),
    ),
  );
}
