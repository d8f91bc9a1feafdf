import type { PageSearchData } from '../pages/search-facets.ts';
import type { SearchFilterKey } from './search-catalogue.ts';

/** One piece of index data, rendered as an empty element with a data-pagefind-* attribute. */
export interface PagefindField {
  kind: 'filter' | 'meta' | 'sort';
  key: string;
  value: string;
}

/**
 * The filters, metadata and sort key Pagefind records for a page. Values are read from an
 * attribute (`key[data-value]`) so that commas and colons in titles are kept as they are.
 */
export function pagefindFields(data: PageSearchData): PagefindField[] {
  const filters: [SearchFilterKey, string[]][] = [
    ['type', [data.type]],
    ['playbook', data.playbooks],
    ['stage', data.stages],
    ['role', data.roles],
  ];
  return [
    ...filters.flatMap(([key, values]) => values.map((value): PagefindField => ({ kind: 'filter', key, value }))),
    { kind: 'meta', key: 'title', value: data.title },
    { kind: 'meta', key: 'type', value: data.type },
    ...(data.stage
      ? [
          { kind: 'meta', key: 'stage', value: data.stage.label } satisfies PagefindField,
          { kind: 'sort', key: 'stage', value: String(data.stage.number) } satisfies PagefindField,
        ]
      : []),
  ];
}

/** The attribute that makes Pagefind read a field from the element's data-value. */
export function pagefindAttribute(field: PagefindField): { name: string; value: string } {
  return { name: `data-pagefind-${field.kind}`, value: `${field.key}[data-value]` };
}
