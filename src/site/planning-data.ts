import { getCollection } from 'astro:content';
import { downloadSets, type DownloadSet } from '../lib/downloads/catalogue.ts';
import { buildPlanningModel, type PlanningModel } from '../lib/plans/planning-model.ts';
import { routes } from '../lib/routes.ts';
import { loadGovernanceModel } from './governance-data.ts';
import { href, loadOrganization, loadPlaybookModel } from './site-data.ts';
import { loadImprovementContent } from './improvement-data.ts';

let model: Promise<PlanningModel> | undefined;
let downloads: Promise<DownloadSet[]> | undefined;

/** Plans, KPIs, stakeholders (published view) and comms with their indexes, built once per build. */
export function loadPlanningModel(): Promise<PlanningModel> {
  model ??= Promise.all([getCollection('plans'), getCollection('metrics'), getCollection('stakeholders'), getCollection('comms'), getCollection('objectives')]).then(
    ([plans, metrics, stakeholders, comms, objectives]) => buildPlanningModel({ plans, metrics, stakeholders, comms, objectives }),
  );
  return model;
}

/** Every download set, from the same model as the pages. */
export function loadDownloadSets(): Promise<DownloadSet[]> {
  downloads ??= Promise.all([loadPlanningModel(), loadGovernanceModel(), loadPlaybookModel(), loadOrganization(), loadImprovementContent()]).then(([planning, governance, { roleById }, organization, improvement]) =>
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
      benefits: {
        entries: improvement.benefits,
        names: {
          roleTitle: (roleId) => roleById.get(roleId)?.data.title ?? roleId,
          objectiveTitle: (objectiveId) => improvement.objectives.find((objective) => objective.id === objectiveId)?.data.title ?? objectiveId,
          planTitle: (planId) => planning.plans.find((plan) => plan.id === planId)?.data.title ?? planId,
        },
      },
    }),
  );
  return downloads;
}
