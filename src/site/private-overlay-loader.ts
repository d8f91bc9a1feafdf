import type { Loader } from 'astro/loaders';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import type { CollectionName } from '../schemas/collections.ts';
import { mergeOverlay, privateContentDir, readOverlayFiles } from '../lib/private-overlay.ts';

/**
 * A collection loader that runs `loader` (the glob loader over content/) and then lays the
 * private overlay's file of each entry over it, when PRIVATE_CONTENT_DIR names an overlay.
 * The content check has already reported any overlay file that does not fit its entry.
 */
export function withPrivateOverlay(collection: CollectionName, loader: Loader): Loader {
  return {
    ...loader,
    load: async (context) => {
      await loader.load(context);
      const root = fileURLToPath(context.config.root);
      const dir = privateContentDir(process.env, root);
      if (!dir) return;
      for (const file of readOverlayFiles(dir, root).get(collection) ?? []) {
        const entry = context.store.get(file.id);
        if (!entry?.filePath) continue;
        const { data } = mergeOverlay(parse(readFileSync(join(root, entry.filePath), 'utf8')), parse(file.text));
        const parsed = await context.parseData({ id: file.id, data, filePath: entry.filePath });
        context.store.set({ ...entry, data: parsed, digest: context.generateDigest(data) });
      }
    },
  };
}
