import type { AstroIntegration } from 'astro';
import { cpSync, existsSync, globSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { projectCodeVersion } from '../lib/cache/code-version.ts';
import { htmlForIndex } from '../lib/search/html-for-index.ts';
import { searchIndexKey } from '../lib/search/search-index-key.ts';
import { startBuildJob } from './build-jobs.ts';

/** Folder of the built site that holds the Pagefind bundle; the search element imports it from there. */
export const pagefindFolder = 'pagefind';

/** HTML files read and sent to Pagefind together. */
const indexBatchSize = 100;

/** Where a build keeps the last search index it wrote, and the version of the code that wrote it. */
export interface SearchIndexCache {
  dir: string;
  codeVersion: string;
}

export interface SearchIndexSummary {
  /** HTML files read. */
  fileCount: number;
  /** Pages indexed: those that opt in. */
  pageCount: number;
  /** Whether the index was copied from the cache, every page being as the build that wrote it left it. */
  fromCache: boolean;
}

/**
 * Writes the Pagefind index of a built site into its pagefind/ folder. Pages opt in with
 * data-pagefind-body (SiteLayout sets it when a page passes `search`); everything outside it, and
 * anything marked data-pagefind-ignore, stays out. With a cache, a site whose HTML files are all
 * byte for byte those of the last indexed build gets that build's index copied instead: at 1,000
 * stages indexing took 7.3 s of a 31.8 s rebuild.
 */
export async function writeSearchIndex(siteDir: string, cache?: SearchIndexCache): Promise<SearchIndexSummary> {
  const files = globSync('**/*.html', { cwd: siteDir })
    .filter((file) => !file.startsWith(`${pagefindFolder}/`))
    .map((file) => file.replaceAll('\\', '/'))
    .sort();
  const outputPath = join(siteDir, pagefindFolder);
  if (!cache) return { fileCount: files.length, pageCount: await indexPages(siteDir, files, outputPath), fromCache: false };
  // Read one file at a time for the hash, so the site's pages are never all held at once.
  const key = searchIndexKey(cache.codeVersion, (function* () {
    for (const file of files) yield [file, readFileSync(join(siteDir, file))] as const;
  })());
  const cached = cachedSearchIndex(cache.dir, key);
  if (cached) {
    try {
      rmSync(outputPath, { recursive: true, force: true });
      cpSync(cached.folder, outputPath, { recursive: true });
      return { fileCount: files.length, pageCount: cached.pageCount, fromCache: true };
    } catch {
      // Another build of the project replaced the entry while it was copied: index as if it were not there.
    }
  }
  const pageCount = await indexPages(siteDir, files, outputPath);
  keepSearchIndex(cache.dir, key, outputPath, pageCount);
  return { fileCount: files.length, pageCount, fromCache: false };
}

/** Indexes the given HTML files of the site into `outputPath`; returns how many pages it indexed. */
async function indexPages(siteDir: string, files: string[], outputPath: string): Promise<number> {
  try {
    // Each page says its language in <html lang> (the organization's locale), so Pagefind stems words for it.
    const { index, errors } = await pagefind.createIndex();
    if (!index) throw new Error(errors.join('\n'));
    let pageCount = 0;
    // A batch of pages is read and sent together (several times faster than one by one) but in
    // a fixed order, which the service keeps, so the index comes out the same on every build.
    // Batches rather than the whole site: a 1,000-stage site's pages held at once, read and as
    // messages to the service, raised the build's peak memory.
    for (let first = 0; first < files.length; first += indexBatchSize) {
      const batch = files.slice(first, first + indexBatchSize);
      const pages = (await Promise.all(batch.map(async (file) => ({ file, content: htmlForIndex(await readFile(join(siteDir, file), 'utf8')) }))))
        .filter((page): page is { file: string; content: string } => page.content !== undefined);
      const added = await Promise.all(pages.map(({ file, content }) => index.addHTMLFile({ sourcePath: file, content })));
      added.forEach((result, position) => {
        if (result.errors.length > 0) throw new Error(`${pages[position].file}: ${result.errors.join('\n')}`);
      });
      pageCount += pages.length;
    }
    rmSync(outputPath, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
    return pageCount;
  } catch (error) {
    throw new Error(`Building the search index failed: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    await pagefind.close();
  }
}

/** The cached index for `key`, when a build left a whole one. */
function cachedSearchIndex(dir: string, key: string): { folder: string; pageCount: number } | undefined {
  // The summary is written after the folder, so its presence means the folder is whole.
  const summary = join(dir, `${key}.json`);
  if (!existsSync(summary)) return undefined;
  try {
    const { pageCount } = JSON.parse(readFileSync(summary, 'utf8')) as { pageCount: number };
    return { folder: join(dir, key), pageCount };
  } catch {
    return undefined;
  }
}

/**
 * Keeps the index just written as the cache's only entry: a site has one index, and older ones
 * are never asked for again. Another build of the same project may be keeping one at the same
 * time, so the entry is written under a name of this process's and renamed; keeping can fail
 * without failing the build, which leaves the next build to index again.
 */
function keepSearchIndex(dir: string, key: string, outputPath: string, pageCount: number): void {
  const partial = join(dir, `${key}.${process.pid}.partial`);
  try {
    mkdirSync(dir, { recursive: true });
    for (const entry of readdirSync(dir)) rmSync(join(dir, entry), { recursive: true, force: true });
    cpSync(outputPath, partial, { recursive: true });
    renameSync(partial, join(dir, key));
    // The summary goes last: its presence says the folder beside it is whole.
    writeFileSync(`${partial}.json`, JSON.stringify({ pageCount }));
    renameSync(`${partial}.json`, join(dir, `${key}.json`));
  } catch {
    try {
      rmSync(partial, { recursive: true, force: true });
      rmSync(`${partial}.json`, { force: true });
    } catch {
      // Nothing of this build's could be written there either.
    }
  }
}

/**
 * Indexes the built site at the end of `astro build` (finished before the build ends, through
 * buildJobs()), so the search index can never be missing or older than the pages.
 */
export function searchIndex(): AstroIntegration {
  let cacheDir = '';
  let root = process.cwd();
  return {
    name: 'pmo-playbook:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        // In Astro's cache folder, never committed: the index is build output.
        cacheDir = join(fileURLToPath(config.cacheDir), 'search-index');
        root = fileURLToPath(config.root);
      },
      'astro:build:done': ({ dir, logger }) => {
        // Runs beside the booklet PDFs; buildJobs() waits for both.
        startBuildJob('search index', async () => {
          const started = performance.now();
          const { fileCount, pageCount, fromCache } = await writeSearchIndex(fileURLToPath(dir), { dir: cacheDir, codeVersion: projectCodeVersion(root) });
          const source = fromCache ? 'every page unchanged, copied from the cache' : 'indexed';
          logger.info(`Search index of ${pageCount} pages (of ${fileCount} HTML files) written to ${pagefindFolder}/ in ${Math.round(performance.now() - started)} ms (${source})`);
        });
      },
    },
  };
}
