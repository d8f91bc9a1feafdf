import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { type CachedMdxReader, projectMdxReader } from '../markdown/mdx-reading.ts';
import { readMdxInWorkers } from '../markdown/mdx-reading-workers.ts';
import { privateContentDir, readOverlayFiles } from './private-overlay.ts';
import { readContentFiles } from './load-content.ts';
import { validateContent, type ValidationResult } from './validate-content.ts';

/**
 * The content of a project as checked once: every valid entry (frozen) and every problem.
 * The content check, the diagrams integration, Astro's data collections and the pages all
 * read this one snapshot instead of reading and checking the files again.
 */
export interface ContentSnapshot {
  readonly root: string;
  /** Hash of every content file's (and private overlay file's) path and text: a new snapshot is taken only when it changes. */
  readonly fingerprint: string;
  readonly result: ValidationResult;
}

// On globalThis because astro.config.mjs, the content config and the built pages are loaded as
// separate module graphs in the same process; a module-level variable would exist once per graph.
const registryKey = Symbol.for('pmo-playbook.content-snapshots');
const registry = ((globalThis as Record<symbol, unknown>)[registryKey] ??= new Map()) as Map<string, ContentSnapshot>;

/**
 * Reads the content files of `root` and checks them, unless they are unchanged since the last
 * snapshot of `root`, which is then returned as it is. The integration calls this once per
 * build (and again on each save in `npm run dev`), with the build's `cacheDir`, where the check
 * keeps what it read from each MDX page for the next build.
 */
export function refreshSnapshot(root: string, { cacheDir, reader }: { cacheDir?: string; reader?: CachedMdxReader } = {}): ContentSnapshot {
  const key = resolve(root);
  const fingerprint = contentFingerprint(key);
  const previous = registry.get(key);
  if (previous?.fingerprint === fingerprint) return previous;
  const result = validateContent(key, { cacheDir, reader });
  for (const entries of Object.values(result.content)) if (Array.isArray(entries)) entries.forEach(freezeEntry);
  const snapshot: ContentSnapshot = Object.freeze({ root: key, fingerprint, result });
  registry.set(key, snapshot);
  return snapshot;
}

/**
 * Reads the MDX pages that the build's cache has no reading of yet, on every core, and stores the
 * readings in the cache, so that refreshSnapshot only looks them up. A cold build of a large
 * playbook spends most of its content check parsing MDX on one thread; few pages change between
 * warm builds, and then this reads nothing. Returns how many pages it read.
 */
export async function readMdxAhead(root: string, { cacheDir, reader = projectMdxReader(resolve(root), cacheDir) }: { cacheDir: string; reader?: CachedMdxReader }): Promise<number> {
  const pages = [...readContentFiles(resolve(root)).values()].flat().filter((file) => file.path.endsWith('.mdx'));
  const read = await reader.readAhead(
    pages.map((page) => page.text),
    (texts) => readMdxInWorkers(texts),
  );
  reader.save();
  return read;
}

/**
 * refreshSnapshot as a build runs it: the MDX pages read ahead on every core first, and the check
 * then given the same reader, so the readings file is read, and the reading code hashed, once.
 */
export async function refreshSnapshotReadingAhead(root: string, { cacheDir }: { cacheDir: string }): Promise<ContentSnapshot> {
  const reader = projectMdxReader(resolve(root), cacheDir);
  await readMdxAhead(root, { cacheDir, reader });
  return refreshSnapshot(root, { cacheDir, reader });
}

/** A hash of what the checker reads: the content files and the private overlay PRIVATE_CONTENT_DIR names. */
function contentFingerprint(root: string): string {
  const hash = createHash('sha256');
  const overlayDir = privateContentDir(process.env, root);
  hash.update(`overlay:${overlayDir ?? ''}:${overlayDir !== undefined && existsSync(overlayDir)}\0`);
  const overlay = overlayDir && existsSync(overlayDir) ? readOverlayFiles(overlayDir, root) : new Map();
  for (const files of [readContentFiles(root), overlay]) {
    for (const list of files.values()) for (const file of list) hash.update(`${file.path}\0${file.text}\0`);
  }
  return hash.digest('hex');
}

/** The snapshot this process took of `root`, or a new one when none was taken yet (a script, a test). */
export function contentSnapshot(root: string): ContentSnapshot {
  return registry.get(resolve(root)) ?? refreshSnapshot(root);
}

/** Entries and their data are frozen, so no reader can change what the others see. */
function freezeEntry(entry: { data: unknown }): void {
  deepFreeze(entry.data);
  Object.freeze(entry);
}

function deepFreeze(value: unknown): void {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const child of Object.values(value)) deepFreeze(child);
}
