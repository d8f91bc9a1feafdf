import { kpiTrendChart, planTimelineChart, stakeholderGridChart } from '../../diagrams/page-diagrams.ts';
import type { Entry } from '../../playbook/playbook-model.ts';
import { monthByMonth, monthTitle } from '../../plans/comms-calendar.ts';
import { commsFrequencyLabel, quadrantLabel } from '../../plans/labels.ts';
import { quadrants } from '../../plans/stakeholder-quadrants.ts';
import { commsFrequencies, type CommsEntry, type Metric, type Plan } from '../../../schemas/index.ts';
import { pageKind } from '../page-kind.ts';
import { roleTitles, stageFacets } from '../search-facets.ts';
import { computedPlanning, type StakeholderOwner } from '../site-model.ts';

export const plans = pageKind({
  route: '/plans/',
  menu: { label: 'Plan templates', order: 50 },
  pages: (site) => (site.planning.plans.length > 0 ? [site.planning.plans] : []),
  tableOfContents: false,
  title: () => 'Plan templates',
});

export const plan = pageKind({
  route: '/plans/[plan]/',
  pages: (site) => site.planning.plans,
  params: (plan: Entry<Plan>) => ({ plan: plan.id }),
  title: (plan) => plan.data.title,
  sections: (plan) => [
    { id: 'timeline', heading: 'Timeline' },
    { id: 'budget', heading: 'Budget' },
    { id: 'budget-subtotals', heading: 'Subtotals', depth: 3 as const },
    ...(plan.data.budget.assumptions.length > 0 ? [{ id: 'budget-assumptions', heading: 'Assumptions', depth: 3 as const }] : []),
    { id: 'resources', heading: 'Resources' },
    { id: 'metrics', heading: 'Success metrics' },
    { id: 'downloads', heading: 'Downloads' },
  ],
  anchors: (plan) => plan.data.timeline.flatMap((phase) => phase.tasks.map((task) => `task-${task.id}`)),
  diagrams: (plan, site) => ({ timeline: planTimelineChart(computedPlanning(site).plans.find((view) => view.id === plan.id)!) }),
  search: {
    label: 'Plan template',
    groupHeading: 'Plan templates',
    describe: (plan, site) => ({
      ...stageFacets(site, plan.data.stages),
      roles: roleTitles(site, [plan.data.owner, ...plan.data.budget.lines.map((line) => line.owner), ...plan.data.resources.flatMap((resource) => (resource.role ? [resource.role] : []))]),
    }),
  },
});

export const metrics = pageKind({
  route: '/metrics/',
  menu: { label: 'KPIs', order: 60 },
  pages: (site) => (site.planning.metrics.length > 0 ? [site.planning.metrics] : []),
  title: () => 'KPI definitions',
  sections: (metrics: Entry<Metric>[]) => [
    ...(metrics.some((metric) => metric.data.readings.length > 0) ? [{ id: 'dashboard', heading: 'Dashboard' }] : []),
    ...metrics.flatMap((metric) => [
      { id: metric.id, heading: metric.data.name },
      ...(metric.data.readings.length > 0 ? [{ id: `${metric.id}-readings`, heading: 'Readings', depth: 3 as const }] : []),
    ]),
  ],
  diagrams: (metrics) => Object.fromEntries(metrics.map((metric) => [metric.id, kpiTrendChart(metric)])),
  search: {
    label: 'KPIs',
    groupHeading: 'KPI definitions',
    indexed: (metrics) => metrics.length > 0,
    describe: (metrics, site) => ({ playbooks: [], stages: [], roles: roleTitles(site, metrics.map((metric) => metric.data.owner)) }),
  },
});

export const stakeholders = pageKind({
  route: '/stakeholders/',
  menu: { label: 'Stakeholders', order: 70 },
  pages: (site) => (site.planning.stakeholders.length > 0 ? [site.planning.stakeholders] : []),
  title: () => 'Stakeholder register',
  sections: (stakeholders: StakeholderOwner[]) => [
    ...(stakeholders.some((stakeholder) => !stakeholder.sensitive) ? [{ id: 'grid', heading: 'Power and interest grid' }] : []),
    ...quadrants.map((quadrant) => ({ id: quadrant, heading: quadrantLabel[quadrant] })),
    ...(stakeholders.some((stakeholder) => stakeholder.sensitive) ? [{ id: 'not-published', heading: 'Assessment not published' }] : []),
    { id: 'downloads', heading: 'Downloads' },
  ],
  anchors: (stakeholders) => stakeholders.map((stakeholder) => stakeholder.id),
  diagrams: (_, site) => ({ grid: stakeholderGridChart(computedPlanning(site).stakeholders) }),
  search: {
    label: 'Stakeholder register',
    groupHeading: 'Stakeholder register',
    indexed: (stakeholders) => stakeholders.length > 0,
    describe: (stakeholders, site) => ({ playbooks: [], stages: [], roles: roleTitles(site, stakeholders.map((stakeholder) => stakeholder.owner)) }),
  },
});

export const comms = pageKind({
  route: '/comms/',
  menu: { label: 'Communication plan', order: 80 },
  pages: (site) => (site.planning.comms.length > 0 ? [site.planning.comms] : []),
  title: () => 'Communication plan',
  sections: (comms: Entry<CommsEntry>[], site) => {
    const audiences = site.planning.stakeholders.filter((stakeholder) => comms.some((entry) => entry.data.audience.includes(stakeholder.id)));
    const h3 = (id: string, heading: string) => ({ id, heading, depth: 3 as const });
    return [
      { id: 'month-by-month', heading: 'Month by month' },
      ...monthByMonth(comms.map((entry) => entry.data)).map(({ month }) => h3(`month-${month}`, monthTitle(month))),
      { id: 'by-audience', heading: 'By audience' },
      ...audiences.map((stakeholder) => h3(`audience-${stakeholder.id}`, stakeholder.name ?? stakeholder.id)),
      { id: 'by-frequency', heading: 'By frequency' },
      ...commsFrequencies.filter((frequency) => comms.some((entry) => entry.data.frequency === frequency)).map((frequency) => h3(`frequency-${frequency}`, commsFrequencyLabel[frequency])),
      { id: 'all-communications', heading: 'All communications' },
      ...comms.map((entry) => h3(entry.id, entry.data.title)),
      { id: 'downloads', heading: 'Downloads' },
    ];
  },
  search: {
    label: 'Communication plan',
    groupHeading: 'Communication plan',
    indexed: (comms) => comms.length > 0,
    describe: (comms, site) => ({ ...stageFacets(site, comms.flatMap((entry) => entry.data.stages)), roles: roleTitles(site, comms.map((entry) => entry.data.owner)) }),
  },
});
