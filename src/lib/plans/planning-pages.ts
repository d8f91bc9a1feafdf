import type { CommsEntry, Metric, Plan, Stakeholder } from '../../schemas/index.ts';
import { commsFrequencies } from '../../schemas/index.ts';
import type { Entry } from '../playbook-model.ts';
import { routes } from '../routes.ts';
import { monthByMonth } from './comms-calendar.ts';
import { quadrants } from './stakeholder-quadrants.ts';

/**
 * The plan, KPI, stakeholder and comms pages with the element ids a link may point at,
 * mirroring src/pages/{plans,metrics,stakeholders,comms}; the link checker's table of site
 * pages includes them, and test/build/freshness.test.ts compares that table with the build.
 * Works from the raw entries (no schedule is computed), so broken content cannot stop it.
 */
export function planningPages(content: {
  plans: Entry<Plan>[];
  metrics: Entry<Metric>[];
  stakeholders: Entry<Stakeholder>[];
  comms: Entry<CommsEntry>[];
}): [path: string, anchors: string[]][] {
  const audiences = new Set(content.comms.flatMap((entry) => entry.data.audience));
  return [
    [routes.plans(), []],
    ...content.plans.map((plan): [string, string[]] => [
      routes.plan(plan.id),
      [
        'timeline',
        'budget',
        'budget-subtotals',
        ...(plan.data.budget.assumptions.length > 0 ? ['budget-assumptions'] : []),
        'resources',
        'metrics',
        'downloads',
        ...plan.data.timeline.flatMap((phase) => phase.tasks.map((task) => `task-${task.id}`)),
      ],
    ]),
    [
      routes.metrics(),
      [
        ...(content.metrics.some((metric) => metric.data.readings.length > 0) ? ['dashboard'] : []),
        ...content.metrics.flatMap((metric) => [metric.id, ...(metric.data.readings.length > 0 ? [`${metric.id}-readings`] : [])]),
      ],
    ],
    [
      routes.stakeholders(),
      [
        ...(content.stakeholders.some((stakeholder) => !stakeholder.data.sensitive) ? ['grid'] : []),
        ...quadrants,
        ...(content.stakeholders.some((stakeholder) => stakeholder.data.sensitive) ? ['not-published'] : []),
        'downloads',
        ...content.stakeholders.map((stakeholder) => stakeholder.id),
      ],
    ],
    [
      routes.comms(),
      [
        'month-by-month',
        ...monthByMonth(content.comms.map((entry) => entry.data)).map(({ month }) => `month-${month}`),
        'by-audience',
        ...content.stakeholders.filter((stakeholder) => audiences.has(stakeholder.id)).map((stakeholder) => `audience-${stakeholder.id}`),
        'by-frequency',
        ...commsFrequencies.filter((frequency) => content.comms.some((entry) => entry.data.frequency === frequency)).map((frequency) => `frequency-${frequency}`),
        'all-communications',
        ...content.comms.map((entry) => entry.id),
        'downloads',
      ],
    ],
  ];
}

/** Stages whose page has the "Plans and communications" section (id "templates"). */
export function stagesWithPlanningLinks(content: { plans: Entry<Plan>[]; comms: Entry<CommsEntry>[] }): Set<string> {
  return new Set([...content.plans.flatMap((plan) => plan.data.stages), ...content.comms.flatMap((entry) => entry.data.stages)]);
}
