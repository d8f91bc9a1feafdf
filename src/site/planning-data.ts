import { loadCollection } from './collections.ts';
import { downloadSets, type DownloadSet } from '../lib/downloads/catalogue.ts';
import { buildPlanningModel, type PlanningModel } from '../lib/plans/planning-model.ts';
import { routes } from '../lib/routes.ts';
import { loadGovernanceModel } from './governance-data.ts';
import { href, loadOrganization, loadPlaybookModel } from './site-data.ts';

let model: Promise<PlanningModel> | undefined;
let downloads: Promise<DownloadSet[]> | undefined;

/** Plans, KPIs, stakeholders (published view) and comms with their indexes, built once per build. */
export function loadPlanningModel(): Promise<PlanningModel> {
  model ??= Promise.all([loadCollection('plans'), loadCollection('metrics'), loadCollection('stakeholders'), loadCollection('comms'), loadCollection('objectives'), loadOrganization()]).then(
    ([plans, metrics, stakeholders, comms, objectives, organization]) => buildPlanningModel({ plans, metrics, stakeholders, comms, objectives, currency: organization.currency }),
  );
  return model;
}

/** Every download set, from the same model as the pages. */
export function loadDownloadSets(): Promise<DownloadSet[]> {
  downloads ??= Promise.all([loadPlanningModel(), loadGovernanceModel(), loadPlaybookModel(), loadOrganization()]).then(([planning, governance, { roleById }, organization]) =>
    downloadSets({
      planning,
      raci: governance.matrices.map((matrix) => governance.tables.get(matrix.id)!),
      names: {
        roleTitle: (roleId) => roleById.get(roleId)?.data.title ?? roleId,
        stakeholderName: (stakeholderId) => planning.stakeholderById.get(stakeholderId)?.name ?? stakeholderId,
      },
      organizationName: organization.name,
      pmoName: organization.pmoName,
      calendar: {
        uidDomain: organization.contact.email.split('@')[1],
        pageUrl: (entryId) => new URL(href(routes.commsEntry(entryId)), import.meta.env.SITE).href,
      },
    }),
  );
  return downloads;
}
