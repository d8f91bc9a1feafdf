import { downloadSets, type DownloadSet } from '../lib/downloads/catalogue.ts';
import type { SiteModel } from '../lib/pages/site-model.ts';
import type { PlanningModel } from '../lib/plans/planning-model.ts';
import type { Organization } from '../schemas/index.ts';
import type { MonitoringModel } from '../lib/monitoring/monitoring-model.ts';
import { monitoringDownloadSets } from './monitoring-data.ts';
import { href, routes } from './site-data.ts';

/** Every download set, from the same model as the pages. */
export function buildDownloadSets(site: SiteModel, planning: PlanningModel, organization: Organization, monitoring: MonitoringModel): DownloadSet[] {
  const roleTitle = (roleId: string) => site.roleById.get(roleId)?.data.title ?? roleId;
  return downloadSets({
    featureSets: monitoringDownloadSets(monitoring, roleTitle),
    planning,
    raci: site.governance.matrices.map((matrix) => site.governance.tables.get(matrix.id)!),
    names: {
      roleTitle: (roleId) => site.roleById.get(roleId)?.data.title ?? roleId,
      stakeholderName: (stakeholderId) => planning.stakeholderById.get(stakeholderId)?.name ?? stakeholderId,
    },
    organizationName: organization.name,
    pmoName: organization.pmoName,
    calendar: {
      uidDomain: organization.contact.email.split('@')[1],
      pageUrl: (entryId) => new URL(href(routes.commsEntry(entryId)), import.meta.env.SITE).href,
    },
    benefits: {
      entries: site.content.benefits,
      names: {
        roleTitle: (roleId) => site.roleById.get(roleId)?.data.title ?? roleId,
        objectiveTitle: (objectiveId) => site.objectives.find((objective) => objective.id === objectiveId)?.data.title ?? objectiveId,
        planTitle: (planId) => site.planning.plans.find((plan) => plan.id === planId)?.data.title ?? planId,
      },
    },
  });
}
