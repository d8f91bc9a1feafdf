import type { Loader } from 'astro/loaders';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentSnapshot, refreshSnapshot, type ContentSnapshot } from '../lib/validation/content-snapshot.ts';
import { collectionSources, type CollectionName } from '../schemas/collections.ts';

/**
 * A Content Layer loader that fills a collection from the build's content snapshot, so Astro
 * does not read and parse the files a second time and the pages see exactly the entries the
 * checker passed. MDX entries are stored like the glob loader stores them (file path and
 * deferred rendering), so `render()` compiles their bodies as before.
 */
export function snapshotLoader(name: CollectionName): Loader {
  const source = collectionSources[name];
  return {
    name: 'pmo-playbook:content-snapshot',
    load: async ({ store, config, watcher }) => {
      const root = fileURLToPath(config.root);
      const fill = (snapshot: ContentSnapshot) => {
        store.clear();
        for (const entry of snapshot.result.content[name]) {
          store.set({
            id: entry.id,
            data: entry.data as Record<string, unknown>,
            filePath: entry.source.file,
            ...(source.format === 'mdx' ? { deferredRender: true } : {}),
          });
        }
      };
      // The content check took the snapshot before any collection loads.
      fill(contentSnapshot(root));
      // In `npm run dev`, a saved file gives a new snapshot (taken once, whichever reader asks first).
      watcher?.on('all', (_event, path) => {
        const file = relative(root, path).split(sep).join('/');
        if (file.startsWith(`${source.base}/`) && /\.(ya?ml|mdx)$/.test(file)) fill(refreshSnapshot(root));
      });
    },
  };
}
