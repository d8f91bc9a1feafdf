import { getCollection } from 'astro:content';
import type { DownloadSet } from '../lib/downloads/catalogue.ts';
import type { ChecklistSheet } from '../lib/checklist/sheet.ts';
import { pagesOf, referenceMenu, routeData, type PageKindId, type RouteData } from '../lib/pages/catalogue.ts';
import { routes, withBase } from '../lib/pages/routes.ts';
import { buildSiteModel, type SiteContent, type SiteModel } from '../lib/pages/site-model.ts';
import { buildPlanningModel, type PlanningModel } from '../lib/plans/planning-model.ts';
import { reviewReport } from '../lib/page-reviews.ts';
import { collectionSources, type CollectionName } from '../schemas/collections.ts';
import type { Organization } from '../schemas/index.ts';
import { buildChecklistSheets } from './checklist-sheets.ts';
import { buildDownloadSets } from './download-sets.ts';
import { buildFreshness, type FreshnessIndex } from './page-freshness.ts';

/** Everything the pages render from, built once per build and shared by every page. */
export interface Site {
  organization: Organization;
  /** The page catalogue's model: playbooks, roles, governance and the other collections with their indexes. */
  model: SiteModel;
  planning: PlanningModel;
  freshness: FreshnessIndex;
  sheets: Map<string, ChecklistSheet>;
  downloads: DownloadSet[];
  /** The site menu's "Reference" links, the same on every page. */
  menu: { label: string; path: string }[];
}

/** One page's route data: what the catalogue says about it, and the site it belongs to. */
export type PageRoute<K extends PageKindId = PageKindId> = RouteData<K> & { site: Site };

let site: Promise<Site> | undefined;

/** Every collection of the table in src/schemas/collections.ts, read through Astro's loaders. */
async function readContent(): Promise<SiteContent> {
  const names = Object.keys(collectionSources) as CollectionName[];
  const entries = await Promise.all(names.map((name) => getCollection(name)));
  return Object.fromEntries(names.map((name, index) => [name, entries[index]])) as unknown as SiteContent;
}

/** The site, loaded once per build. */
export function loadSite(): Promise<Site> {
  site ??= readContent().then((content) => {
    // The content check guarantees the organization exists.
    const organization = content.organization[0].data;
    const planning = buildPlanningModel(content);
    const freshness = buildFreshness(content, organization);
    const model = buildSiteModel(content, {
      planningModel: planning,
      reviewOwners: reviewReport(freshness.reviews, freshness.today).byOwner.map((group) => group.owner),
    });
    const sheets = buildChecklistSheets(model, import.meta.env.BASE_URL);
    const downloads = buildDownloadSets(model, planning, organization);
    return { organization, model, planning, freshness, sheets, downloads, menu: referenceMenu(model) };
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

/** A site path with the deploy base in front. */
export function href(path: string): string {
  return withBase(import.meta.env.BASE_URL, path);
}

export { routes };
