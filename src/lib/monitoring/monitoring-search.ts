import type { PlaybookSummary, StageSummary } from '../playbook-model.ts';
import type { SearchPageType, SearchSources } from '../search/page-search-data.ts';
import type { BelongsTo, StatusReport } from '../../schemas/index.ts';
import { formatDate } from '../format.ts';
import { monitoringRoutes } from './monitoring-pages.ts';
import { reportTitle } from './monitoring-model.ts';

/** What search may know of the RAID log and status reports. */
export interface MonitoringSearchSources {
  raidItems: { id: string; data: { owner: string; belongsTo: BelongsTo; actions?: { owner: string }[] } }[];
  statusReports: { id: string; data: StatusReport }[];
}

/** One RAID log page: the whole log, or one plan's. */
export interface RaidLogSearchPage {
  planId?: string;
  title: string;
  items: MonitoringSearchSources['raidItems'];
}

export type StatusReportSearchPage = MonitoringSearchSources['statusReports'][number];

/** Helpers of the search mapping that the monitoring kinds reuse. */
interface SearchHelpers {
  roleTitles: (site: SearchSources, roleIds: string[]) => string[];
  stagesNamed: (site: SearchSources, stageIds: string[]) => { playbook: PlaybookSummary; stage: StageSummary }[];
  stageFilterValue: (playbook: PlaybookSummary, stage: StageSummary) => string;
}

/** The RAID log and status report kinds of searchable page, with type filters "RAID log" and "Status report". */
export function monitoringSearchTypes(helpers: SearchHelpers): { raidLog: SearchPageType<RaidLogSearchPage>; statusReport: SearchPageType<StatusReportSearchPage> } {
  return {
    raidLog: {
      label: 'RAID log',
      groupHeading: 'RAID logs',
      pages: ({ monitoring, planning }) =>
        monitoring === undefined
          ? []
          : [
              { title: 'RAID log', items: monitoring.raidItems },
              ...planning.plans.map((plan) => ({ planId: plan.id, title: `RAID log: ${plan.data.title}`, items: monitoring.raidItems.filter((item) => item.data.belongsTo.plan === plan.id) })),
            ],
      describe: (page, site) => {
        const stages = helpers.stagesNamed(site, [...new Set(page.items.flatMap((item) => (item.data.belongsTo.stage ? [item.data.belongsTo.stage] : [])))]);
        return {
          path: page.planId === undefined ? monitoringRoutes.raidLog() : monitoringRoutes.planRaidLog(page.planId),
          title: page.title,
          playbooks: [...new Set(stages.map(({ playbook }) => playbook.data.title))],
          stages: stages.map(({ playbook, stage }) => helpers.stageFilterValue(playbook, stage)),
          roles: helpers.roleTitles(site, page.items.flatMap((item) => [item.data.owner, ...(item.data.actions ?? []).map((action) => action.owner)])),
        };
      },
    },
    statusReport: {
      label: 'Status report',
      groupHeading: 'Status reports',
      pages: ({ monitoring, planning }) => (monitoring?.statusReports ?? []).filter((report) => planning.plans.some((plan) => plan.id === report.data.plan)),
      describe: (report, site) => {
        const plan = site.planning.plans.find((candidate) => candidate.id === report.data.plan)!;
        const stages = helpers.stagesNamed(site, plan.data.stages);
        return {
          path: monitoringRoutes.statusReport(report.id),
          title: reportTitle(plan.data.title, formatDate(report.data.periodEnd)),
          playbooks: [...new Set(stages.map(({ playbook }) => playbook.data.title))],
          stages: stages.map(({ playbook, stage }) => helpers.stageFilterValue(playbook, stage)),
          roles: helpers.roleTitles(site, [report.data.author]),
        };
      },
    },
  };
}
