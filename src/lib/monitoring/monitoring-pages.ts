import type { Assumption, Dependency, Issue, Risk, StatusReport } from '../../schemas/index.ts';
import { raidTypeLabel, raidTypes } from './raid-items.ts';

/** The stage 7 pages' paths, relative to the site's base. */
export const monitoringRoutes = {
  raidLog: () => '/raid/',
  planRaidLog: (planId: string) => `/raid/${planId}/`,
  raidItem: (itemId: string) => `/raid/#${itemId}`,
  statusReports: () => '/status/',
  planStatusReports: (planId: string) => `/status/#plan-${planId}`,
  statusReport: (reportId: string) => `/status/${reportId}/`,
};

export const raidDownloadSlug = (planId?: string) => (planId === undefined ? 'raid-log' : `raid-log-${planId}`);

/** Anchor of an owner's list on a RAID log page. */
export const ownerAnchor = (roleId: string) => `owner-${roleId}`;

/** Sections every RAID log page has, in page order. */
export const raidLogSections = ['filters', 'filters-heading', 'heat-map', 'heat-map-list', ...raidTypes.map((type) => raidTypeLabel[type].plural.toLowerCase()), 'by-status', 'status-open', 'status-closed', 'by-owner', 'downloads'];

interface Entry<T> {
  id: string;
  data: T;
}

export interface MonitoringContent {
  plans: { id: string }[];
  risks: Entry<Risk>[];
  issues: Entry<Issue>[];
  assumptions: Entry<Assumption>[];
  dependencies: Entry<Dependency>[];
  statusReports: Entry<StatusReport>[];
}

const raidOf = (content: MonitoringContent) => [...content.risks, ...content.issues, ...content.assumptions, ...content.dependencies];

function raidLogAnchors(items: Entry<Risk | Issue | Assumption | Dependency>[]): string[] {
  const owners = new Set(items.map((item) => item.data.owner));
  return [...raidLogSections, ...[...owners].map(ownerAnchor), ...items.flatMap((item) => [item.id, `${item.id}-title`])];
}

/** Whether a role's page has the "RAID items and actions" section: it owns an item or an action. */
export function roleOwnsRaid(content: MonitoringContent, roleId: string): boolean {
  return raidOf(content).some((item) => item.data.owner === roleId || ('actions' in item.data && item.data.actions.some((action) => action.owner === roleId)));
}

/** The section ids of a status report page. */
export const statusReportSections = ['summary', 'rag', 'forecast', 'achievements', 'next-steps', 'decisions', 'top-risks-and-issues'];

/**
 * The RAID log and status report pages with the element ids a link may point at, mirroring
 * src/pages/raid and src/pages/status, for the link checker's table of site pages.
 */
export function monitoringPages(content: MonitoringContent): [path: string, anchors: string[]][] {
  const raid = raidOf(content);
  const plansWithReports = new Set(content.statusReports.map((report) => report.data.plan));
  return [
    [monitoringRoutes.raidLog(), raidLogAnchors(raid)],
    ...content.plans.map((plan): [string, string[]] => [monitoringRoutes.planRaidLog(plan.id), raidLogAnchors(raid.filter((item) => item.data.belongsTo.plan === plan.id))]),
    [monitoringRoutes.statusReports(), content.plans.filter((plan) => plansWithReports.has(plan.id)).map((plan) => `plan-${plan.id}`)],
    ...content.statusReports.map((report): [string, string[]] => [monitoringRoutes.statusReport(report.id), statusReportSections]),
  ];
}
