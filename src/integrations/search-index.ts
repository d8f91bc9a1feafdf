import type { AstroIntegration } from 'astro';
import { globSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { htmlForIndex } from '../lib/search/html-for-index.ts';
import { startBuildJob } from './build-jobs.ts';

/** Folder of the built site that holds the Pagefind bundle; the search element imports it from there. */
export const pagefindFolder = 'pagefind';

/** HTML files read and sent to Pagefind together. */
const indexBatchSize = 100;

/**
 * Writes the Pagefind index of a built site into its pagefind/ folder and returns how many HTML
 * files it read and how many pages it indexed. Pages opt in with data-pagefind-body (SiteLayout sets it when a page passes
 * `search`); everything outside it, and anything marked data-pagefind-ignore, stays out.
 */
export async function writeSearchIndex(siteDir: string): Promise<{ fileCount: number; pageCount: number }> {
  try {
    // Each page says its language in <html lang> (the organization's locale), so Pagefind stems words for it.
    const { index, errors } = await pagefind.createIndex();
    if (!index) throw new Error(errors.join('\n'));
    const files = globSync('**/*.html', { cwd: siteDir })
      .filter((file) => !file.startsWith(`${pagefindFolder}/`))
      .sort();
    let pageCount = 0;
    // A batch of pages is read and sent together (several times faster than one by one) but in
    // a fixed order, which the service keeps, so the index comes out the same on every build.
    // Batches rather than the whole site: a 1,000-stage site's pages held at once, read and as
    // messages to the service, raised the build's peak memory.
    for (let first = 0; first < files.length; first += indexBatchSize) {
      const batch = files.slice(first, first + indexBatchSize);
      const pages = (await Promise.all(batch.map(async (file) => ({ file, content: htmlForIndex(await readFile(join(siteDir, file), 'utf8')) }))))
        .filter((page): page is { file: string; content: string } => page.content !== undefined);
      const added = await Promise.all(pages.map(({ file, content }) => index.addHTMLFile({ sourcePath: file.replaceAll('\\', '/'), content })));
      added.forEach((result, position) => {
        if (result.errors.length > 0) throw new Error(`${pages[position].file}: ${result.errors.join('\n')}`);
      });
      pageCount += pages.length;
    }
    const outputPath = join(siteDir, pagefindFolder);
    rmSync(outputPath, { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
    return { fileCount: files.length, pageCount };
  } catch (error) {
    throw new Error(`Building the search index failed: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    await pagefind.close();
  }
}

/**
 * Indexes the built site at the end of `astro build` (finished before the build ends, through
 * buildJobs()), so the search index can never be missing or older than the pages.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'pmo-playbook:search-index',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        // Runs beside the booklet PDFs; buildJobs() waits for both.
        startBuildJob('search index', async () => {
          const started = performance.now();
          const { fileCount, pageCount } = await writeSearchIndex(fileURLToPath(dir));
          logger.info(`Search index of ${pageCount} pages (of ${fileCount} HTML files) written to ${pagefindFolder}/ in ${Math.round(performance.now() - started)} ms`);
        });
      },
    },
  };
}
