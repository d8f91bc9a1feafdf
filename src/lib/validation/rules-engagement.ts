import { isWeekend } from '../dates/calendar-date.ts';
import { quadrantOf } from '../plans/stakeholder-quadrants.ts';
import type { ContentSet } from './content-set.ts';
import type { Problem } from './problem.ts';
import { problemAt } from './problem-at.ts';

/**
 * Every stakeholder with high power and high interest gets at least one communication. A
 * sensitive one is judged only where its assessment is at hand (with the private overlay).
 */
export function keyStakeholdersHaveComms(content: ContentSet): Problem[] {
  const reached = new Set(content.comms.flatMap((entry) => entry.data.audience));
  return content.stakeholders
    .filter((stakeholder) => stakeholder.data.assessment !== undefined && quadrantOf(stakeholder.data.assessment) === 'manage-closely' && !reached.has(stakeholder.id))
    .map((stakeholder) =>
      problemAt(
        stakeholder,
        ['assessment'],
        'stakeholder/no-comms',
        `"${stakeholder.data.name}" has high power and high interest (both 0.5 or more) but no communication plan entry.`,
        `Add ${stakeholder.id} to the audience of an entry in content/comms/ (or add a new entry there); a group you must manage closely cannot be left out of the plan.`,
      ),
    );
}

/**
 * A communication's dates fit its frequency: it ends after it starts, daily ones start on
 * a working day, and monthly or quarterly ones fall on a day every month has.
 */
export function commsDatesFitFrequency(content: ContentSet): Problem[] {
  return content.comms.flatMap((entry) => {
    const { first, until, frequency } = entry.data;
    const problems: Problem[] = [];
    if (until !== undefined && until < first) {
      problems.push(problemAt(entry, ['until'], 'comms/until-before-first', `until (${until}) is before first (${first}).`, 'Set until to the date of the last one, on or after first, or leave it out while it keeps going.'));
    }
    if (frequency === 'daily' && isWeekend(first)) {
      problems.push(problemAt(entry, ['first'], 'comms/first-date', `A daily communication goes out on working days, but ${first} is a Saturday or Sunday.`, 'Set first to the Monday after, or to the first working day it really goes out.'));
    }
    if ((frequency === 'monthly' || frequency === 'quarterly') && Number(first.slice(8)) > 28) {
      problems.push(
        problemAt(entry, ['first'], 'comms/first-date', `A ${frequency} communication on day ${Number(first.slice(8))} would skip months that have no such day.`, 'Set first to a day from the 1st to the 28th, so it goes out every time.'),
      );
    }
    return problems;
  });
}

/** A KPI target equal to its baseline asks for no change, which is not a target. */
export function kpiTargetsDifferFromBaselines(content: ContentSet): Problem[] {
  const metricById = new Map(content.metrics.map((metric) => [metric.id, metric.data]));
  const fromDefinitions = content.metrics.flatMap((metric) =>
    metric.data.baseline === metric.data.target
      ? [
          problemAt(
            metric,
            ['target'],
            'metric/target-equals-baseline',
            `The target (${metric.data.target}) equals the baseline.`,
            'Set the value this KPI must reach by targetDate; if today\'s level only has to be held, say so in the method and set a stretch target.',
          ),
        ]
      : [],
  );
  const fromPlans = content.plans.flatMap((plan) =>
    plan.data.metrics.flatMap((reference, index) => {
      const definition = metricById.get(reference.metric);
      // A plan that sets neither value uses the KPI's, which is reported on the KPI itself.
      if (!definition || (reference.baseline === undefined && reference.target === undefined)) return [];
      const baseline = reference.baseline ?? definition.baseline;
      const target = reference.target ?? definition.target;
      if (baseline !== target) return [];
      return [
        problemAt(
          plan,
          ['metrics', index, reference.target !== undefined ? 'target' : 'baseline'],
          'metric/target-equals-baseline',
          `For "${reference.metric}" this plan's target (${target}) equals its baseline.`,
          "Set a target different from the baseline, or leave out this plan's own values to use the KPI's.",
        ),
      ];
    }),
  );
  return [...fromDefinitions, ...fromPlans];
}
