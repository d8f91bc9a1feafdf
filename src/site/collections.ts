import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import { presentCollections } from 'virtual:pmo-playbook/content-presence';
import type { CollectionName } from '../schemas/collections.ts';

/** The collections that have files in this build. */
export const present: ReadonlySet<CollectionName> = new Set(presentCollections as CollectionName[]);

/** Whether the collection has any entry; optional collections may have none. */
export function hasContent(name: CollectionName): boolean {
  return present.has(name);
}

/** A collection's entries, or none (without Astro's "empty collection" warning) when it has no files. */
export async function loadCollection<C extends CollectionKey>(name: C): Promise<CollectionEntry<C>[]> {
  return hasContent(name as CollectionName) ? getCollection(name) : [];
}

