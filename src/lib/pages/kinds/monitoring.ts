import { formatDate } from '../../formats/format.ts';
import { reportTitle } from '../../monitoring/monitoring-model.ts';
import { ownerAnchor, raidEntriesOf, raidTypeAnchor, type RaidEntry } from '../../monitoring/monitoring-pages.ts';
import { raidTypeLabel, raidTypes } from '../../monitoring/raid-items.ts';
import type { Entry } from '../../playbook/playbook-model.ts';
import type { Plan, StatusReport } from '../../../schemas/index.ts';
import { pageKind, type Section } from '../page-kind.ts';
import { roleTitles, stageFacets } from '../search-facets.ts';
import type { SiteModel } from '../site-model.ts';

/** One RAID log page: the whole log, or one plan's. */
export interface RaidLogSource {
  plan?: Entry<Plan>;
  items: RaidEntry[];
}

/** The headings of a RAID log page, with one per owner. */
function raidLogSections({ items }: RaidLogSource, site: SiteModel): Section[] {
  const h3 = (id: string, heading: string): Section => ({ id, heading, depth: 3 });
  const owners = [...new Set(items.map((item) => item.data.owner))];
  return [
    { id: 'filters-heading', heading: 'Filter the log', toc: false },
    { id: 'heat-map', heading: 'Heat map of open risks' },
    h3('heat-map-list', 'Open risks by score'),
    ...raidTypes.map((type) => ({ id: raidTypeAnchor(type), heading: raidTypeLabel[type].plural })),
    { id: 'by-status', heading: 'By status' },
    h3('status-open', 'Open'),
    h3('status-closed', 'Closed'),
    { id: 'by-owner', heading: 'By owner' },
    ...owners.map((owner) => h3(ownerAnchor(owner), site.roleById.get(owner)?.data.title ?? owner)),
    { id: 'downloads', heading: 'Downloads' },
    ...items.map((item) => h3(`${item.id}-title`, item.data.title)),
  ];
}

const raidLogSearch = {
  label: 'RAID log',
  groupHeading: 'RAID logs',
  // An empty log is a page, as an empty KPI list is, but there is nothing on it to find.
  indexed: ({ items }: RaidLogSource) => items.length > 0,
  describe: ({ items }: RaidLogSource, site: SiteModel) => ({
    ...stageFacets(site, items.flatMap((item) => (item.data.belongsTo.stage ? [item.data.belongsTo.stage] : []))),
    roles: roleTitles(site, items.flatMap((item) => [item.data.owner, ...('actions' in item.data ? item.data.actions.map((action) => action.owner) : [])])),
  }),
};

export const raidLog = pageKind({
  route: '/raid/',
  menu: { label: 'RAID log', order: 84 },
  // No RAID items, no RAID log pages (and no links to them).
  pages: (site) => (raidEntriesOf(site.content).length > 0 ? [{ items: raidEntriesOf(site.content) } as RaidLogSource] : []),
  title: () => 'RAID log',
  sections: raidLogSections,
  anchors: ({ items }) => ['filters', ...items.map((item) => item.id)],
  search: raidLogSearch,
});

export const planRaidLog = pageKind({
  route: '/raid/[plan]/',
  pages: (site) =>
    raidEntriesOf(site.content).length === 0 ? [] : site.planning.plans.map((plan): RaidLogSource => ({ plan, items: raidEntriesOf(site.content).filter((item) => item.data.belongsTo.plan === plan.id) })),
  params: (source: RaidLogSource) => ({ plan: source.plan!.id }),
  title: (source) => `RAID log: ${source.plan!.data.title}`,
  sections: raidLogSections,
  anchors: ({ items }) => ['filters', ...items.map((item) => item.id)],
  search: raidLogSearch,
});

/** Status reports whose plan exists, oldest first. */
const reportsOf = (site: SiteModel): Entry<StatusReport>[] =>
  site.content.statusReports.filter((report) => site.planning.plans.some((plan) => plan.id === report.data.plan)).sort((a, b) => a.data.periodEnd.localeCompare(b.data.periodEnd));

const planTitle = (site: SiteModel, planId: string) => site.planning.plans.find((plan) => plan.id === planId)?.data.title ?? planId;

export const statusReports = pageKind({
  route: '/status/',
  menu: { label: 'Status reports', order: 85 },
  pages: (site) => (reportsOf(site).length > 0 ? [reportsOf(site)] : []),
  title: () => 'Status reports',
  sections: (reports: Entry<StatusReport>[], site) =>
    site.planning.plans.filter((plan) => reports.some((report) => report.data.plan === plan.id)).map((plan) => ({ id: `plan-${plan.id}`, heading: plan.data.title })),
});

export const statusReport = pageKind({
  route: '/status/[report]/',
  pages: reportsOf,
  params: (report: Entry<StatusReport>) => ({ report: report.id }),
  title: (report, site) => reportTitle(planTitle(site, report.data.plan), formatDate(report.data.periodEnd)),
  sections: () => [
    { id: 'summary', heading: 'Summary' },
    { id: 'rag', heading: 'RAG and why' },
    { id: 'forecast', heading: 'Forecasts' },
    { id: 'achievements', heading: 'Achieved this period' },
    { id: 'next-steps', heading: 'Next period' },
    { id: 'decisions', heading: 'Decisions needed' },
    { id: 'top-risks-and-issues', heading: 'Top risks and issues' },
  ],
  search: {
    label: 'Status report',
    groupHeading: 'Status reports',
    describe: (report, site) => ({
      ...stageFacets(site, site.planning.plans.find((plan) => plan.id === report.data.plan)?.data.stages ?? []),
      roles: roleTitles(site, [report.data.author]),
    }),
  },
});
