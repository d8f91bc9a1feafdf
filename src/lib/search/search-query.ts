import type { SearchFilterKey } from './search-catalogue.ts';

export const filterKeys: SearchFilterKey[] = ['type', 'playbook', 'stage', 'role'];

/** What the reader asked for; the same shape whether it comes from the URL or the form. */
export interface SearchState {
  query: string;
  filters: Partial<Record<SearchFilterKey, string[]>>;
  sort: 'relevance' | 'stage';
}

/**
 * Reads ?q=...&type=...&stage=...&sort=stage. The search form submits exactly these names, so a
 * search without JavaScript and a shared link give the same state as the live form.
 */
export function stateFromParams(params: URLSearchParams): SearchState {
  const filters: SearchState['filters'] = {};
  for (const key of filterKeys) {
    const values = params.getAll(key).filter((value) => value !== '');
    if (values.length > 0) filters[key] = [...new Set(values)];
  }
  return { query: (params.get('q') ?? '').trim(), filters, sort: params.get('sort') === 'stage' ? 'stage' : 'relevance' };
}

export function stateToParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const key of filterKeys) for (const value of state.filters[key] ?? []) params.append(key, value);
  if (state.sort === 'stage') params.set('sort', 'stage');
  return params;
}

/** A search runs once there is a query or at least one filter; otherwise the page lists everything. */
export function hasCriteria(state: SearchState): boolean {
  return state.query !== '' || Object.keys(state.filters).length > 0;
}

/**
 * Pagefind search options: values of one filter are alternatives (any), different filters all
 * apply. Every filter is named, with no values when none is chosen: Pagefind 1.6 counts values
 * only for the filters a search names, and "any of none" leaves the results as they are.
 */
export function pagefindSearchOptions(state: SearchState): { filters: Record<string, { any: string[] }>; sort?: Record<string, 'asc'> } {
  const filters = Object.fromEntries(filterKeys.map((key) => [key, { any: state.filters[key] ?? [] }]));
  return state.sort === 'stage' ? { filters, sort: { stage: 'asc' } } : { filters };
}

/**
 * The extra searches that count a filter that has values chosen. A count beside a value says how
 * many results there would be with that value added, so it comes from the search with every other
 * filter applied but not this one; filters with nothing chosen take their counts from the search itself.
 */
export function countingSearches(state: SearchState): { key: SearchFilterKey; state: SearchState }[] {
  return filterKeys
    .filter((key) => state.filters[key])
    .map((key) => ({ key, state: { ...state, filters: Object.fromEntries(Object.entries(state.filters).filter(([other]) => other !== key)) } }));
}
