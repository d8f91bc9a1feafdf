import { getCollection } from 'astro:content';
import { searchDataFor, type PageSearchData, type SearchPageTypeId, type SearchSourceOf, type SearchSources } from '../lib/search/page-search-data.ts';
import { loadGovernanceModel } from './governance-data.ts';
import { loadPlanningModel } from './planning-data.ts';
import { loadPlaybookModel } from './site-data.ts';
import { loadImprovementContent } from './improvement-data.ts';

let sources: Promise<SearchSources> | undefined;

/** What the search mapping reads, loaded once per build. */
export function loadSearchSources(): Promise<SearchSources> {
  sources ??= Promise.all([
    loadPlaybookModel(),
    getCollection('objectives'),
    getCollection('scope'),
    loadGovernanceModel(),
    loadPlanningModel(),
    loadImprovementContent(),
  ]).then(([model, objectives, scopes, governance, { plans, metrics, stakeholders, comms }, improvement]) => ({
    ...model,
    objectives,
    scopes,
    governance,
    planning: { plans, metrics, stakeholders, comms },
    improvement,
  }));
  return sources;
}

/** The search data for one page, for SiteLayout's `search` prop. */
export async function pageSearchData<K extends SearchPageTypeId>(type: K, source: SearchSourceOf<K>): Promise<PageSearchData> {
  return searchDataFor(type, source, await loadSearchSources());
}
