import { loadCollection } from './collections.ts';
import { useOrganizationFormats } from '../lib/formats/format.ts';
import type { DownloadSet } from '../lib/downloads/catalogue.ts';
import type { ChecklistSheet } from '../lib/checklist/sheet.ts';
import { pagesOf, referenceMenu, routeData, type PageKindId, type RouteData } from '../lib/pages/catalogue.ts';
import { routes, withBase } from '../lib/pages/routes.ts';
import { buildSiteModel, type SiteContent, type SiteModel } from '../lib/pages/site-model.ts';
import { buildPlanningModel, type PlanningModel } from '../lib/plans/planning-model.ts';
import { reviewReport } from '../lib/reviews/page-reviews.ts';
import { collectionSources, type CollectionName } from '../schemas/collections.ts';
import type { Organization } from '../schemas/index.ts';
import { buildChecklistSheets } from './checklist-sheets.ts';
import { buildDownloadSets } from './download-sets.ts';
import { buildFreshness, type FreshnessIndex } from './page-freshness.ts';
import { buildTemplateDownloads } from './template-data.ts';
import type { TemplateDownloads } from '../lib/templates/template-downloads.ts';
import { buildMonitoring } from './monitoring-data.ts';
import type { MonitoringModel } from '../lib/monitoring/monitoring-model.ts';

/** Everything the pages render from, built once per build and shared by every page. */
export interface Site {
  organization: Organization;
  /** The page catalogue's model: playbooks, roles, governance and the other collections with their indexes. */
  model: SiteModel;
  planning: PlanningModel;
  /** RAID logs and status reports with their computed RAG (stage 7). */
  monitoring: MonitoringModel;
  freshness: FreshnessIndex;
  sheets: Map<string, ChecklistSheet>;
  downloads: DownloadSet[];
  /** Word documents, forum and role calendars, and each role's month (also part of `downloads`). */
  templates: TemplateDownloads;
  /** The site menu's "Reference" links, the same on every page. */
  menu: { label: string; path: string }[];
}

/** One page's route data: what the catalogue says about it, and the site it belongs to. */
export type PageRoute<K extends PageKindId = PageKindId> = RouteData<K> & { site: Site };

let site: Promise<Site> | undefined;

/** Every collection of the table in src/schemas/collections.ts, read through Astro's loaders. */
async function readContent(): Promise<SiteContent> {
  const names = Object.keys(collectionSources) as CollectionName[];
  // Optional collections without files are skipped, so Astro does not warn that they are empty.
  const entries = await Promise.all(names.map((name) => loadCollection(name)));
  return Object.fromEntries(names.map((name, index) => [name, entries[index]])) as unknown as SiteContent;
}

/** The site, loaded once per build. */
export function loadSite(): Promise<Site> {
  site ??= readContent().then((content) => {
    // The content check guarantees the organization exists.
    const organization = content.organization[0].data;
    // Before any model is built, since models and pages format dates and amounts in its locale.
    useOrganizationFormats(organization);
    const planning = buildPlanningModel({ ...content, currency: organization.currency });
    const freshness = buildFreshness(content, organization);
    const model = buildSiteModel(content, {
      planningModel: planning,
      reviewOwners: reviewReport(freshness.reviews, freshness.today).byOwner.map((group) => group.owner),
    });
    const sheets = buildChecklistSheets(model, import.meta.env.BASE_URL);
    const templates = buildTemplateDownloads(model, planning, freshness, organization);
    const monitoring = buildMonitoring(model, planning);
    const downloads = [...buildDownloadSets(model, planning, organization, monitoring), ...templates.sets];
    return { organization, model, planning, monitoring, freshness, sheets, downloads, templates, menu: referenceMenu(model) };
  });
  return site;
}

/** `getStaticPaths` for the pages of one kind: each page gets its route data as the `route` prop. */
export async function staticPaths<K extends PageKindId>(kind: K): Promise<{ params: Record<string, string>; props: { route: PageRoute<K> } }[]> {
  const loaded = await loadSite();
  return pagesOf(kind, loaded.model).map((page) => ({ params: page.params, props: { route: { ...routeData(page, loaded.model), site: loaded } } }));
}

/** The route data of a kind's only page (a page without [params]). */
export async function singleRoute<K extends PageKindId>(kind: K): Promise<PageRoute<K>> {
  const loaded = await loadSite();
  const [page] = pagesOf(kind, loaded.model);
  return { ...routeData(page, loaded.model), site: loaded };
}

// Every page imports this module, so loading the site here sets the organization's locale and
// currency before any page formats a date or an amount.
await loadSite();

/** A site path with the deploy base in front. */
export function href(path: string): string {
  return withBase(import.meta.env.BASE_URL, path);
}

export { routes };

/**
 * `getStaticPaths` for a page of optional content, routed as `[...section].astro` so that it
 * is built only when the catalogue lists it (static routes are always built).
 */
export async function optionalPagePaths<K extends PageKindId>(kind: K): Promise<{ params: { section: undefined }; props: { route: PageRoute<K> } }[]> {
  return (await staticPaths(kind)).map(({ props }) => ({ params: { section: undefined }, props }));
}
