import { getCollection } from 'astro:content';
import { loadCollection } from './collections.ts';
import { useOrganizationFormats } from '../lib/format.ts';
import { buildPlaybookModel, type PlaybookModel } from '../lib/playbook-model.ts';
import { routes, withBase } from '../lib/routes.ts';

let model: Promise<PlaybookModel> | undefined;

/** The site's indexes, built once per build and shared by every page. */
export function loadPlaybookModel(): Promise<PlaybookModel> {
  model ??= Promise.all([getCollection('playbooks'), getCollection('stages'), getCollection('roles'), loadCollection('objectives')]).then(
    ([playbooks, stages, roles, objectives]) => buildPlaybookModel({ playbooks, stages, roles, objectives }),
  );
  return model;
}

/** The organization, which the content check guarantees exists. */
export async function loadOrganization() {
  const [organization] = await getCollection('organization');
  return organization.data;
}

// Every page imports this module, so the organization's locale and currency are set before any
// page formats a date or an amount. Without an organization the content check has already failed.
const [organizationEntry] = await getCollection('organization');
if (organizationEntry) useOrganizationFormats(organizationEntry.data);

/** A site path with the deploy base in front. */
export function href(path: string): string {
  return withBase(import.meta.env.BASE_URL, path);
}

export { routes };
