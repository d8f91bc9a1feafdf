import type { SearchGroup } from '../pages/catalogue.ts';
import { stageFilterValue, type PageSearchData } from '../pages/search-facets.ts';
import type { SiteModel } from '../pages/site-model.ts';

/** Names of the Pagefind filters every page may carry. */
export type SearchFilterKey = 'type' | 'playbook' | 'stage' | 'role';

export interface FilterOption {
  /** The filter value as indexed. */
  value: string;
  /** What the control shows. */
  label: string;
}

export interface SearchFilter {
  key: SearchFilterKey;
  label: string;
  /** Few values read best as checkboxes; long lists as a select. */
  control: 'checkboxes' | 'select';
  /** Option groups; a group label becomes an <optgroup> (stages are grouped by playbook). */
  groups: { label?: string; options: FilterOption[] }[];
}

/**
 * The filter controls for the search page: every value some page carries, in reading order
 * (playbooks and stages in navigation order, roles by title, types in table order).
 */
export function searchFilters(site: SiteModel, catalogue: SearchGroup[]): SearchFilter[] {
  const pages = catalogue.flatMap((group) => group.pages);
  const used = (values: (page: PageSearchData) => string[]) => new Set(pages.flatMap(values));
  const keep = (present: Set<string>, options: FilterOption[]) => options.filter((option) => present.has(option.value));
  const plain = (value: string): FilterOption => ({ value, label: value });

  const stageGroups = site.playbooks.map((playbook) => ({
    label: playbook.data.title,
    options: keep(
      used((page) => page.stages),
      playbook.stages.map((stage) => ({ value: stageFilterValue(playbook, stage), label: `${stage.data.stage}. ${stage.data.title}` })),
    ),
  }));
  const filters: SearchFilter[] = [
    { key: 'type', label: 'Content type', control: 'checkboxes', groups: [{ options: catalogue.map((group) => plain(group.label)) }] },
    { key: 'playbook', label: 'Playbook', control: 'checkboxes', groups: [{ options: keep(used((page) => page.playbooks), site.playbooks.map((playbook) => plain(playbook.data.title))) }] },
    { key: 'stage', label: 'Stage', control: 'select', groups: stageGroups.filter((group) => group.options.length > 0) },
    { key: 'role', label: 'Role', control: 'select', groups: [{ options: keep(used((page) => page.roles), site.roles.map((role) => plain(role.data.title))) }] },
  ];
  return filters.filter((filter) => filter.groups.some((group) => group.options.length > 0));
}
