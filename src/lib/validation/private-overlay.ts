import { existsSync, globSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { collectionSources, type CollectionName, type CollectionSource } from '../../schemas/collections.ts';

/**
 * The private overlay: a folder outside the repository's history (a checkout of a private
 * repository, or a CI secret mounted at build time) laid out like the project (content/...),
 * whose YAML files are merged by id over the public ones. It holds what the published site never
 * shows but the PMO keeps with its content, such as sensitive stakeholder assessments.
 */
export const privateContentVariable = 'PRIVATE_CONTENT_DIR';

/** The overlay folder, absolute, when PRIVATE_CONTENT_DIR names one (relative to the project root). */
export function privateContentDir(env: Record<string, string | undefined>, root: string): string | undefined {
  const named = env[privateContentVariable]?.trim();
  return named ? resolve(root, named) : undefined;
}

/** How a path in the overlay is written in messages: from the project root when it is inside it. */
export function overlayDisplayPath(root: string, absolutePath: string): string {
  const fromRoot = relative(root, absolutePath);
  return (fromRoot.startsWith('..') || isAbsolute(fromRoot) ? absolutePath : fromRoot).split('\\').join('/');
}

/** One overlay file: its id in the collection, where it is (for messages) and its text. */
export interface OverlayFile {
  id: string;
  /** Path shown to editors (see overlayDisplayPath). */
  path: string;
  text: string;
}

/** The YAML collections an overlay may add to; stage pages (MDX) are public by nature. */
export const overlayCollections = (Object.entries(collectionSources) as [CollectionName, CollectionSource][]).filter(([, source]) => source.format === 'yaml');

/** The overlay's files by collection, in a stable order; empty when the folder does not exist. */
export function readOverlayFiles(dir: string, root: string): Map<CollectionName, OverlayFile[]> {
  const files = new Map<CollectionName, OverlayFile[]>();
  for (const [name, source] of overlayCollections) {
    const base = join(dir, source.base);
    const found = existsSync(base) ? globSync(source.pattern, { cwd: base }).sort() : [];
    files.set(
      name,
      found.map((file) => {
        const relativePath = file.split('\\').join('/');
        const absolutePath = join(base, relativePath);
        return { id: source.idOf(relativePath), path: overlayDisplayPath(root, absolutePath), text: readFileSync(absolutePath, 'utf8') };
      }),
    );
  }
  return files;
}

/**
 * The public entry with the overlay's top-level fields laid over it (a field in the overlay
 * replaces the public one whole), and the names of the fields that came from the overlay.
 */
export function mergeOverlay(publicData: unknown, privateData: unknown): { data: Record<string, unknown>; privateKeys: string[] } {
  const base = isRecord(publicData) ? publicData : {};
  const overlay = isRecord(privateData) ? privateData : {};
  const privateKeys = Object.keys(overlay).filter((key) => key !== 'id');
  return { data: { ...base, ...Object.fromEntries(privateKeys.map((key) => [key, overlay[key]])) }, privateKeys };
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
