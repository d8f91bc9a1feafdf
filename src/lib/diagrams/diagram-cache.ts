import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Rendered diagrams, one SVG file per diagram, named by a hash of what produced it. The folder
 * is committed like a lock file: a clone builds without a browser until a diagram changes.
 */
export const cacheFolderName = 'diagrams-cache';

/** Line endings and trailing spaces do not change a diagram, so they do not change its key. */
export function normaliseSource(source: string): string {
  return source
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .trim();
}

/** Cache key of a diagram: a hash of its source and of the render context (mermaid version, settings). */
export function diagramKey(source: string, renderContext: string): string {
  return createHash('sha256').update(renderContext).update('\0').update(normaliseSource(source)).digest('hex').slice(0, 24);
}

const fileOf = (cacheDir: string, key: string) => join(cacheDir, `${key}.svg`);

export function readCachedSvg(cacheDir: string, key: string): string | undefined {
  const file = fileOf(cacheDir, key);
  return existsSync(file) ? readFileSync(file, 'utf8').trimEnd() : undefined;
}

/** Writes through a temporary file, so an interrupted build never leaves half an SVG behind. */
export function writeCachedSvg(cacheDir: string, key: string, svg: string): void {
  mkdirSync(cacheDir, { recursive: true });
  const temporary = `${fileOf(cacheDir, key)}.${process.pid}.tmp`;
  writeFileSync(temporary, `${svg}\n`);
  renameSync(temporary, fileOf(cacheDir, key));
}

export function cachedKeys(cacheDir: string): string[] {
  if (!existsSync(cacheDir)) return [];
  return readdirSync(cacheDir)
    .filter((name) => /^[0-9a-f]{24}\.svg$/.test(name))
    .map((name) => name.slice(0, -4))
    .sort();
}

/** Deletes every cached diagram whose key is not in `keep`; returns the keys it deleted. */
export function pruneCache(cacheDir: string, keep: ReadonlySet<string>): string[] {
  const stale = cachedKeys(cacheDir).filter((key) => !keep.has(key));
  for (const key of stale) rmSync(fileOf(cacheDir, key));
  return stale;
}
