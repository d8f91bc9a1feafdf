import { defaultOwnershipLimits, type Cadence, months } from '../../schemas/index.ts';
import { addDays, isWeekend, weekday } from '../dates/calendar-date.ts';
import type { ContentSet } from './content-set.ts';
import type { Problem } from './problem.ts';
import { problemAt } from './problem-at.ts';

/**
 * Rules that keep the example telling one story: people do not own work before they join,
 * papers follow their forum's calendar, objectives and KPIs agree, and no role owns
 * everything.
 */

/** Day of the week of an ISO date as the cadence names it (undefined at weekends). */
const weekdayNames = [undefined, 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', undefined] as const;

/** Whether a forum with this cadence meets on the date (week 1 is days 1-7 of the month). */
export function meetsOn(cadence: Cadence, isoDate: string): boolean {
  if (isWeekend(isoDate)) return false;
  if (cadence.day !== undefined && weekdayNames[weekday(isoDate)] !== cadence.day) return false;
  const week = Math.ceil(Number(isoDate.slice(8)) / 7);
  if (cadence.weeks !== undefined && !cadence.weeks.includes(week)) return false;
  const month = months[Number(isoDate.slice(5, 7)) - 1];
  return cadence.months === undefined || cadence.months.includes(month);
}

/** The date `count` working days (Monday to Friday) before the given one. */
export function workingDaysBefore(isoDate: string, count: number): string {
  let date = isoDate;
  for (let left = count; left > 0; ) {
    date = addDays(date, -1);
    if (!isWeekend(date)) left -= 1;
  }
  return date;
}

/** The first meeting on or after the date, looking at most about 13 months ahead. */
export function nextMeeting(cadence: Cadence, from: string): string | undefined {
  for (let offset = 0; offset < 400; offset += 1) {
    const date = addDays(from, offset);
    if (meetsOn(cadence, date)) return date;
  }
  return undefined;
}

/**
 * A communication that goes with a forum falls on that forum's calendar: the same frequency,
 * and a first date that is a meeting (less its lead time for papers issued ahead).
 */
export function forumCommsFollowCadence(content: ContentSet): Problem[] {
  const forumById = new Map(content.forums.map((forum) => [forum.id, forum.data]));
  return content.comms.flatMap((entry) => {
    const { forum: forumId, forumLeadWorkingDays, first, frequency } = entry.data;
    if (forumId === undefined) {
      if (forumLeadWorkingDays === undefined) return [];
      return [problemAt(entry, ['forumLeadWorkingDays'], 'comms/forum-lead-without-forum', 'forumLeadWorkingDays is set but no forum is named.', 'Add forum: <forum id>, or remove forumLeadWorkingDays.')];
    }
    const forum = forumById.get(forumId);
    if (!forum) {
      if (content.declared.forums.has(forumId)) return [];
      const known = [...content.declared.forums].sort().join(', ') || 'none yet';
      return [problemAt(entry, ['forum'], 'reference/forum', `Unknown forum "${forumId}".`, `Forum ids are the file names in content/governance/forums/. Known: ${known}.`)];
    }
    const problems: Problem[] = [];
    const lead = forumLeadWorkingDays ?? 0;
    if (frequency !== forum.cadence.frequency) {
      problems.push(
        problemAt(
          entry,
          ['frequency'],
          'comms/off-forum-cadence',
          `It goes with the ${forum.title}, which meets ${forum.cadence.frequency}, but its frequency is ${frequency}.`,
          `Set frequency: ${forum.cadence.frequency}, or remove forum if it does not follow that forum's meetings.`,
        ),
      );
    }
    let meeting = first;
    for (let left = lead; left > 0; ) {
      meeting = addDays(meeting, 1);
      if (!isWeekend(meeting)) left -= 1;
    }
    if (!meetsOn(forum.cadence, meeting)) {
      const next = nextMeeting(forum.cadence, meeting);
      const suggestion = next ? ` The next meeting is ${next}, so set first: "${workingDaysBefore(next, lead)}".` : '';
      const when = lead > 0 ? `${lead} working day${lead > 1 ? 's' : ''} after first (${first}) is ${meeting}` : `first (${first})`;
      problems.push(
        problemAt(
          entry,
          ['first'],
          'comms/off-forum-cadence',
          `It goes with the ${forum.title}, but ${when}, which is not one of its meetings.`,
          `Meetings follow the cadence in content/governance/forums/${forumId}.yaml.${suggestion}`,
        ),
      );
    }
    return problems;
  });
}

/**
 * Nobody owns a dated duty before they are in post: a communication owned by a role that a
 * plan staffs must not start before the first resource line for that role.
 */
export function dutiesStartAfterStaffing(content: ContentSet): Problem[] {
  const staffed = new Map<string, { from: string; plan: string }>();
  for (const plan of content.plans) {
    for (const resource of plan.data.resources) {
      if (resource.role === undefined) continue;
      const known = staffed.get(resource.role);
      if (!known || resource.from < known.from) staffed.set(resource.role, { from: resource.from, plan: plan.id });
    }
  }
  return content.comms.flatMap((entry) => {
    const start = staffed.get(entry.data.owner);
    if (!start || entry.data.first >= start.from) return [];
    return [
      problemAt(
        entry,
        ['owner'],
        'plan/duty-before-start',
        `${entry.data.owner} owns this from ${entry.data.first}, but plan "${start.plan}" has the role start on ${start.from}.`,
        `Give it to a role already in post on ${entry.data.first}, move first to ${start.from} or later, or bring the start forward in content/plans/${start.plan}.yaml.`,
        'warning',
      ),
    ];
  });
}

/**
 * An objective's measures and its KPIs are the same list: every measure names one of the
 * objective's KPIs, with the KPI's target date, and every KPI listed is named by a measure.
 */
export function objectiveMeasuresMatchKpis(content: ContentSet): Problem[] {
  const metricById = new Map(content.metrics.map((metric) => [metric.id, metric.data]));
  return content.objectives.flatMap((objective) => {
    const listed = objective.data.metrics ?? [];
    const problems: Problem[] = [];
    objective.data.measures.forEach((measure, index) => {
      // An objective with no KPIs yet is measured in words only; once it lists KPIs, every measure names one.
      if (measure.metric === undefined && listed.length === 0) return;
      if (measure.metric === undefined) {
        problems.push(
          problemAt(objective, ['measures', index], 'objective/measure-without-kpi', `The measure "${measure.name}" names no KPI.`, 'Add metric: <KPI id> (a file in content/metrics/) that tracks it, and list it in metrics; create the KPI if there is none.'),
        );
        return;
      }
      if (!listed.includes(measure.metric)) {
        problems.push(
          problemAt(objective, ['measures', index, 'metric'], 'objective/measure-without-kpi', `The measure names KPI "${measure.metric}", which is not in this objective's metrics.`, `Add ${measure.metric} to metrics.`),
        );
      }
      const metric = metricById.get(measure.metric);
      if (metric && metric.targetDate !== measure.by) {
        problems.push(
          problemAt(
            objective,
            ['measures', index, 'by'],
            'objective/measure-date',
            `The measure is due by ${measure.by} but its KPI "${measure.metric}" has targetDate ${metric.targetDate}.`,
            `Use one date in both: set by: "${metric.targetDate}" here, or change targetDate in content/metrics/${measure.metric}.yaml.`,
          ),
        );
      }
      if (metric && !measure.target.replace(/,/g, '').match(new RegExp(`(^|[^0-9.])${metric.target}([^0-9.]|$)`))) {
        problems.push(
          problemAt(
            objective,
            ['measures', index, 'target'],
            'objective/measure-target',
            `The measure's target "${measure.target}" does not state its KPI's target of ${metric.target} ${metric.unit}.`,
            `Write the KPI's target in the measure (for example "${metric.target}${metric.unit === '%' ? '%' : ` ${metric.unit}`}"), or change the KPI.`,
          ),
        );
      }
    });
    listed.forEach((metricId, index) => {
      if (objective.data.measures.some((measure) => measure.metric === metricId)) return;
      problems.push(
        problemAt(objective, ['metrics', index], 'objective/kpi-without-measure', `The KPI "${metricId}" is listed but no measure of this objective uses it.`, `Add a measure with metric: ${metricId}, or remove it from metrics.`),
      );
    });
    return problems;
  });
}

const playbookOf = (stageId: string) => stageId.split('/')[0];

/** Below these sizes a share says nothing: in a two-stage playbook someone owns half. */
const minStagesForShare = 4;
const minChecklistItemsForShare = 12;
const normalised = (name: string) => name.trim().toLowerCase().replace(/\s+/g, ' ');

/** Each output is produced by one stage of its playbook; a later stage uses it as an input. */
export function stageOutputsAreUnique(content: ContentSet): Problem[] {
  const firstStage = new Map<string, string>();
  const ordered = [...content.stages].sort((a, b) => playbookOf(a.id).localeCompare(playbookOf(b.id)) || a.data.stage - b.data.stage);
  return ordered.flatMap((stage) =>
    stage.data.outputs.flatMap((output, index) => {
      const key = `${playbookOf(stage.id)}\n${normalised(output.name)}`;
      const earlier = firstStage.get(key);
      if (earlier === undefined) {
        firstStage.set(key, stage.id);
        return [];
      }
      if (earlier === stage.id) return [];
      return [
        problemAt(
          stage,
          ['outputs', index, 'name'],
          'stage/duplicate-output',
          `"${output.name}" is already an output of ${earlier}.`,
          `Name what this stage adds (for example "${output.name} (approved)"), or list it under inputs as coming from ${earlier}.`,
        ),
      ];
    }),
  );
}

/**
 * Ownership is spread: no role owns more than a set share of a playbook's checklist items or
 * stages, and every role takes part in some stage.
 */
export function ownershipIsSpread(content: ContentSet): Problem[] {
  const limits = content.governanceSettings[0]?.data.ownership ?? defaultOwnershipLimits;
  const problems: Problem[] = [];
  const inOrder = [...content.stages].sort((a, b) => a.data.stage - b.data.stage);
  const byPlaybook = Map.groupBy(inOrder, (stage) => playbookOf(stage.id));
  for (const [playbookId, stages] of byPlaybook) {
    const items = stages.flatMap((stage) => stage.data.checklist.map((item, index) => ({ stage, item, index })));
    for (const [role, owned] of items.length < minChecklistItemsForShare ? [] : Map.groupBy(items, ({ item }) => item.owner)) {
      const share = (owned.length / items.length) * 100;
      if (share <= limits.maxChecklistSharePercent) continue;
      const { stage, index } = owned.at(-1)!;
      problems.push(
        problemAt(
          stage,
          ['checklist', index, 'owner'],
          'ownership/checklist-share',
          `${role} owns ${owned.length} of the ${items.length} checklist items in ${playbookId} (${Math.round(share)}%, more than ${limits.maxChecklistSharePercent}%).`,
          'Give items to the roles that do the work (finance, resourcing, reporting, sponsors); change ownership.maxChecklistSharePercent in content/governance/settings.yaml only if this is deliberate.',
          'warning',
        ),
      );
    }
    for (const [role, owned] of stages.length < minStagesForShare ? [] : Map.groupBy(stages, (stage) => stage.data.owner)) {
      const share = (owned.length / stages.length) * 100;
      if (share <= limits.maxStageSharePercent) continue;
      problems.push(
        problemAt(
          owned.at(-1)!,
          ['owner'],
          'ownership/stage-share',
          `${role} owns ${owned.length} of the ${stages.length} stages of ${playbookId} (more than ${limits.maxStageSharePercent}%).`,
          'Give stages to the roles that lead that work; change ownership.maxStageSharePercent in content/governance/settings.yaml only if this is deliberate.',
          'warning',
        ),
      );
    }
  }
  if (content.stages.length === 0) return problems;
  const takingPart = new Set(content.stages.flatMap((stage) => [stage.data.owner, ...stage.data.roles, ...stage.data.checklist.map((item) => item.owner)]));
  for (const role of content.roles) {
    if (takingPart.has(role.data.id)) continue;
    problems.push(
      problemAt(role, ['id'], 'ownership/role-in-no-stage', `The role "${role.data.id}" takes part in no stage.`, "Add it to the roles of the stages it works in (and give it the checklist items it owns), or remove the role.", 'warning'),
    );
  }
  return problems;
}
