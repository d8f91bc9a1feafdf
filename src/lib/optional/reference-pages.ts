import type { CollectionName } from '../../schemas/collections.ts';
import { routes } from '../routes.ts';

/** A site-wide reference page and the collections it shows; it exists when any of them has content. */
export interface ReferencePage {
  label: string;
  path: string;
  /** Empty for pages every site has. */
  shows: CollectionName[];
}

/** The reference pages in navigation order. */
export const referencePages: ReadonlyArray<ReferencePage> = [
  { label: 'Objectives', path: routes.objectives(), shows: ['objectives'] },
  { label: 'Scope', path: routes.scope(), shows: ['scope'] },
  { label: 'Roles', path: routes.roles(), shows: [] },
  { label: 'Governance', path: routes.governance(), shows: ['raci', 'forums', 'escalation'] },
  { label: 'Plan templates', path: routes.plans(), shows: ['plans'] },
  { label: 'KPIs', path: routes.metrics(), shows: ['metrics'] },
  { label: 'Stakeholders', path: routes.stakeholders(), shows: ['stakeholders'] },
  { label: 'Communication plan', path: routes.comms(), shows: ['comms'] },
  { label: 'Reviews due', path: routes.reviews(), shows: [] },
];

/** Whether a page that shows these collections has anything to show. */
export function hasAnyOf(shows: readonly CollectionName[], present: ReadonlySet<CollectionName>): boolean {
  return shows.length === 0 || shows.some((name) => present.has(name));
}

/** Pages that exist only with their content: the reference pages and the RACI summary. */
export const optionalPages: ReadonlyArray<Pick<ReferencePage, 'path' | 'shows'>> = [
  ...referencePages,
  { path: routes.raciMatrices(), shows: ['raci'] },
];

/** The collections of a content set that have entries. */
export function collectionsWithEntries(content: Partial<Record<CollectionName, readonly unknown[]>>): Set<CollectionName> {
  return new Set((Object.keys(content) as CollectionName[]).filter((name) => (content[name]?.length ?? 0) > 0));
}

/** The reference pages this site builds. */
export function builtReferencePages(present: ReadonlySet<CollectionName>): ReferencePage[] {
  return referencePages.filter((page) => hasAnyOf(page.shows, present));
}
