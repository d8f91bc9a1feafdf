import { defineCollection } from 'astro:content';
import { snapshotLoader } from './integrations/snapshot-loader.ts';
import { collectionSources, type CollectionName } from './schemas/collections.ts';

const collection = <K extends CollectionName>(name: K) => defineCollection({ loader: snapshotLoader(name), schema: collectionSources[name].schema });

/** One collection per entry of the table in src/schemas/collections.ts, filled from the build's content snapshot. */
export const collections = Object.fromEntries(Object.keys(collectionSources).map((name) => [name, collection(name as CollectionName)])) as {
  [K in CollectionName]: ReturnType<typeof collection<K>>;
};
