import { getCollection } from 'astro:content';
import { searchDataFor, type PageSearchData, type SearchPageTypeId, type SearchSourceOf, type SearchSources } from '../lib/search/page-search-data.ts';
import { loadGovernanceModel } from './governance-data.ts';
import { loadPlanningModel } from './planning-data.ts';
import { loadPlaybookModel } from './site-data.ts';

let sources: Promise<SearchSources> | undefined;

/** What the search mapping reads, loaded once per build. */
export function loadSearchSources(): Promise<SearchSources> {
  sources ??= Promise.all([
    loadPlaybookModel(),
    getCollection('objectives'),
    getCollection('scope'),
    loadGovernanceModel(),
    loadPlanningModel(),
    getCollection('glossary'),
    getCollection('gates'),
    getCollection('prioritisation'),
    getCollection('services'),
  ]).then(([model, objectives, scopes, governance, { plans, metrics, stakeholders, comms }, glossary, gates, prioritisation, services]) => ({
    ...model,
    objectives,
    scopes,
    governance,
    planning: { plans, metrics, stakeholders, comms },
    glossary,
    gates,
    prioritisation,
    services,
  }));
  return sources;
}

/** The search data for one page, for SiteLayout's `search` prop. */
export async function pageSearchData<K extends SearchPageTypeId>(type: K, source: SearchSourceOf<K>): Promise<PageSearchData> {
  return searchDataFor(type, source, await loadSearchSources());
}
