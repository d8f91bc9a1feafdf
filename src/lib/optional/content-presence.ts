import { existsSync, globSync } from 'node:fs';
import { join } from 'node:path';
import { collectionSources, type CollectionName } from '../../schemas/collections.ts';

/** Collections every site must have; the rest are optional and may have no files at all. */
export const requiredCollections: ReadonlySet<CollectionName> = new Set(['organization', 'roles', 'playbooks', 'stages']);

/** Whether the project at `root` has at least one file for the collection. */
export function collectionHasFiles(root: string, name: CollectionName): boolean {
  const source = collectionSources[name];
  const base = join(root, source.base);
  return existsSync(base) && globSync(source.pattern, { cwd: base }).length > 0;
}

/** The collections of the project at `root` that have files, in the order collectionSources lists them. */
export function presentCollections(root: string): CollectionName[] {
  return (Object.keys(collectionSources) as CollectionName[]).filter((name) => collectionHasFiles(root, name));
}
