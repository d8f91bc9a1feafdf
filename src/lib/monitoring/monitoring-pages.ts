import type { Assumption, Dependency, Issue, Risk } from '../../schemas/index.ts';
import { pathOf } from '../pages/catalogue.ts';
import { raidTypeLabel, raidTypes } from './raid-items.ts';

/** Links to the stage 7 pages and the anchors on them, relative to the site's base. */
export const monitoringRoutes = {
  raidLog: () => pathOf('raidLog'),
  planRaidLog: (planId: string) => pathOf('planRaidLog', { plan: planId }),
  raidItem: (itemId: string) => `${pathOf('raidLog')}#${itemId}`,
  statusReports: () => pathOf('statusReports'),
  planStatusReports: (planId: string) => `${pathOf('statusReports')}#plan-${planId}`,
  statusReport: (reportId: string) => pathOf('statusReport', { report: reportId }),
};

export const raidDownloadSlug = (planId?: string) => (planId === undefined ? 'raid-log' : `raid-log-${planId}`);

/** Anchor of an owner's list on a RAID log page. */
export const ownerAnchor = (roleId: string) => `owner-${roleId}`;

/** Anchor of a RAID type's section, for example "risks". */
export const raidTypeAnchor = (type: (typeof raidTypes)[number]) => raidTypeLabel[type].plural.toLowerCase();

export type RaidEntry = { id: string; data: Risk | Issue | Assumption | Dependency };

/** Every RAID entry of the content, risks first. */
export const raidEntriesOf = (content: { risks: { id: string; data: Risk }[]; issues: { id: string; data: Issue }[]; assumptions: { id: string; data: Assumption }[]; dependencies: { id: string; data: Dependency }[] }): RaidEntry[] => [
  ...content.risks,
  ...content.issues,
  ...content.assumptions,
  ...content.dependencies,
];

/** Whether a role owns a RAID item or an action on one; its page then lists them. */
export function roleOwnsRaid(items: RaidEntry[], roleId: string): boolean {
  return items.some((item) => item.data.owner === roleId || ('actions' in item.data && item.data.actions.some((action) => action.owner === roleId)));
}

