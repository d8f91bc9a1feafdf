import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { copyFileSync, globSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bookletPdfCacheKey } from '../lib/booklets/pdf-cache-key.ts';
import { chromiumFlags, findChromium, installChromiumAdvice, type ChromiumSearch } from '../lib/chromium/find-chromium.ts';
import { projectChromiumSearch } from '../lib/chromium/playwright-managed.ts';
import { countPdfPages } from '../lib/booklets/pdf-pages.ts';
import { withPdfDates } from '../lib/booklets/pdf-dates.ts';
import { routes, withBase } from '../lib/pages/routes.ts';
import { sourceMoment } from '../lib/dates/source-date.ts';
import { startBuildJob } from './build-jobs.ts';

const virtualId = 'virtual:pmo-playbook/booklet-pdf';
/** Set to "off" to build without PDFs even where a Chromium exists (faster builds). */
export const bookletPdfVariable = 'BOOKLET_PDF';

export type BookletPdfPlan = { chromiumPath: string } | { chromiumPath?: undefined; reason: string };

/**
 * Whether this build writes booklet PDFs, decided before any page is rendered, so the
 * playbook pages link to a PDF only when one will exist.
 */
export function planBookletPdfs(command: string, search: ChromiumSearch): BookletPdfPlan {
  if (command !== 'build') return { reason: 'PDFs are only written by a build.' };
  if (search.env[bookletPdfVariable] === 'off') return { reason: `${bookletPdfVariable}=off: booklet PDFs are not written.` };
  let found;
  try {
    found = findChromium(search);
  } catch (error) {
    return { reason: `${(error as Error).message} Booklet PDFs are not written; the HTML booklets are built as usual.` };
  }
  if (!found) return { reason: `${installChromiumAdvice}\nWithout it, booklet PDFs are not written; the HTML booklets are built as usual.` };
  return { chromiumPath: found.path };
}

const contentTypes: Record<string, string> = { '.html': 'text/html', '.css': 'text/css', '.js': 'text/javascript', '.svg': 'image/svg+xml', '.png': 'image/png' };

// The booklet's @page rule names the organization's paper (A4 or Letter), so the PDF takes its size from the page.
const pdfOptions = { preferCSSPageSize: true, printBackground: true, tagged: true, outline: true } as const;

/** Booklets rendered at once: two pages keep both cores busy without starving the search indexer. */
const renderConcurrency = 2;

/** What else goes into every booklet PDF besides its page: printer options, browser and the dates it carries. */
function pdfSettings(chromiumPath: string, moment: Date): Record<string, unknown> {
  const browser = statSync(chromiumPath);
  return {
    ...pdfOptions,
    chromium: `${chromiumPath} ${browser.size} ${browser.mtimeMs}`,
    playwright: createRequire(import.meta.url)('playwright-core/package.json').version,
    moment: moment.toISOString(),
  };
}

/** Files a booklet page can load: every stylesheet, image and font of the built site. */
function pageAssets(outDir: string): Map<string, Uint8Array> {
  const files = globSync('**/*.{css,svg,png,jpg,jpeg,webp,woff,woff2}', { cwd: outDir }).filter((file) => !file.startsWith('pagefind/'));
  return new Map(files.map((file) => [`/${file.replaceAll('\\', '/')}`, readFileSync(join(outDir, file))]));
}

interface Booklet {
  playbookId: string;
  target: string;
  cached: string;
}

/**
 * Prints every built booklet to PDF. A booklet whose page, assets and settings are unchanged since
 * an earlier build is copied from the cache; the rest are printed by one browser, a few at a time.
 * Pages are served from the output folder through request interception, so no port is opened
 * and nothing leaves the machine.
 */
async function writeBookletPdfs(outDir: string, base: string, cacheDir: string, chromiumPath: string, moment: Date, logger: AstroIntegrationLogger): Promise<void> {
  const playbookIds = globSync('playbooks/*/booklet/index.html', { cwd: outDir }).map((path) => path.split(/[\\/]/)[1]).sort();
  const assets = pageAssets(outDir);
  const settings = pdfSettings(chromiumPath, moment);
  mkdirSync(cacheDir, { recursive: true });
  const booklets: Booklet[] = playbookIds.map((playbookId) => {
    const html = readFileSync(join(outDir, routes.booklet(playbookId).slice(1), 'index.html'));
    return { playbookId, target: join(outDir, routes.bookletPdf(playbookId).slice(1)), cached: join(cacheDir, `${bookletPdfCacheKey({ html, assets, settings })}.pdf`) };
  });
  const report = (booklet: Booklet, source: string) =>
    logger.info(`${routes.bookletPdf(booklet.playbookId).slice(1)}: ${countPdfPages(readFileSync(booklet.target))} pages, ${Math.round(statSync(booklet.target).size / 1024)} KB (${source})`);

  const toPrint: Booklet[] = [];
  for (const booklet of booklets) {
    try {
      copyFileSync(booklet.cached, booklet.target);
      report(booklet, 'unchanged, from the cache');
    } catch {
      toPrint.push(booklet);
    }
  }
  if (toPrint.length === 0) return;

  const { chromium } = await import('playwright-core');
  const origin = 'http://booklet.invalid';
  const basePrefix = withBase(base, '/');
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
  try {
    const context = await browser.newContext();
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.origin !== origin || !url.pathname.startsWith(basePrefix)) return route.abort();
      const relative = decodeURIComponent(url.pathname.slice(basePrefix.length));
      const file = join(outDir, relative.endsWith('/') || relative === '' ? `${relative}index.html` : relative);
      try {
        const extension = file.slice(file.lastIndexOf('.'));
        return route.fulfill({ body: readFileSync(file), contentType: contentTypes[extension] ?? 'application/octet-stream' });
      } catch {
        return route.fulfill({ status: 404, body: 'Not found' });
      }
    });
    const queue = [...toPrint];
    const printer = async () => {
      const page = await context.newPage();
      for (let booklet = queue.shift(); booklet; booklet = queue.shift()) {
        await page.goto(`${origin}${withBase(base, routes.booklet(booklet.playbookId))}`, { waitUntil: 'load' });
        // Dated from the commit, not the clock, so the same commit prints the same bytes.
        writeFileSync(booklet.target, withPdfDates(await page.pdf(pdfOptions), moment));
        // Written beside its final name and renamed, so a build stopped mid-write leaves no half PDF in the cache.
        copyFileSync(booklet.target, `${booklet.cached}.partial`);
        renameSync(`${booklet.cached}.partial`, booklet.cached);
        report(booklet, 'printed');
      }
      await page.close();
    };
    await Promise.all(Array.from({ length: Math.min(renderConcurrency, toPrint.length) }, printer));
  } finally {
    await browser.close();
  }
}

/**
 * Writes a PDF of each playbook's checklist booklet after the build, when a Chromium is
 * available; says so when it is not (the HTML booklet is always built). Pages import
 * `bookletPdfAvailable` from virtual:pmo-playbook/booklet-pdf to link the PDF only if it exists.
 */
export function bookletPdf(): AstroIntegration {
  let plan: BookletPdfPlan = { reason: 'Not planned yet.' };
  let base = '/';
  let cacheDir = '';
  let root = process.cwd();
  return {
    name: 'pmo-playbook:booklet-pdf',
    hooks: {
      'astro:config:setup': async ({ command, updateConfig, logger }) => {
        plan = planBookletPdfs(command, await projectChromiumSearch());
        if (command === 'build' && 'reason' in plan) logger.warn(`Booklet PDFs skipped. ${plan.reason}`);
        const available = plan.chromiumPath !== undefined;
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'pmo-playbook:booklet-pdf-flag',
                resolveId: (id: string) => (id === virtualId ? `\0${virtualId}` : undefined),
                load: (id: string) => (id === `\0${virtualId}` ? `export const bookletPdfAvailable = ${available};` : undefined),
              },
            ],
          },
        });
      },
      'astro:config:done': ({ config }) => {
        base = config.base;
        // In Astro's cache folder, never committed: PDFs are build output, unlike diagrams-cache/.
        cacheDir = join(fileURLToPath(config.cacheDir), 'booklet-pdfs');
        root = fileURLToPath(config.root);
      },
      'astro:build:done': ({ dir, logger }) => {
        const chromiumPath = plan.chromiumPath;
        if (!chromiumPath) return;
        // Runs beside the search index; buildJobs() waits for both.
        startBuildJob('booklet PDFs', async () => {
          try {
            await writeBookletPdfs(fileURLToPath(dir), base, cacheDir, chromiumPath, sourceMoment(process.env, root), logger);
          } catch (error) {
            // The pages already link to the PDFs: failing here is better than shipping broken links.
            throw new Error(`Writing the booklet PDFs failed: ${(error as Error).message}\nSet ${bookletPdfVariable}=off to build without them.`);
          }
        });
      },
    },
  };
}
