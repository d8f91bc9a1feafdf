import type { AstroIntegration } from 'astro';
import { globSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { htmlForIndex } from '../lib/search/html-for-index.ts';

/** Folder of the built site that holds the Pagefind bundle; the search element imports it from there. */
export const pagefindFolder = 'pagefind';

/**
 * Indexes the built site with Pagefind as the last step of `astro build`, so the search index
 * can never be missing or older than the pages. Pages opt in with data-pagefind-body (SiteLayout
 * sets it when a page passes `search`); everything outside it, and anything marked
 * data-pagefind-ignore, stays out of the index.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'pmo-playbook:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir);
        const started = performance.now();
        try {
          const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
          if (!index) throw new Error(errors.join('\n'));
          const files = globSync('**/*.html', { cwd: siteDir }).filter((file) => !file.startsWith(`${pagefindFolder}/`));
          // The Pagefind service takes files concurrently; one at a time is several times slower.
          await Promise.all(
            files.map(async (file) => {
              const content = htmlForIndex(await readFile(join(siteDir, file), 'utf8'));
              const added = await index.addHTMLFile({ sourcePath: file.replaceAll('\\', '/'), content });
              if (added.errors.length > 0) throw new Error(`${file}: ${added.errors.join('\n')}`);
            }),
          );
          const written = await index.writeFiles({ outputPath: join(siteDir, pagefindFolder) });
          if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
          logger.info(`Search index of ${files.length} HTML files written to ${pagefindFolder}/ in ${Math.round(performance.now() - started)} ms`);
        } catch (error) {
          throw new Error(`Building the search index failed: ${error instanceof Error ? error.message : String(error)}`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
