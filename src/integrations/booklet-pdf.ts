import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { globSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumFlags, findChromium, installChromiumAdvice, type ChromiumSearch } from '../lib/find-chromium.ts';
import { countPdfPages } from '../lib/pdf-pages.ts';
import { routes, withBase } from '../lib/pages/routes.ts';

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

/** The Playwright-managed Chromium's path, when playwright-core is installed (it is a dev dependency). */
async function playwrightManagedPath(): Promise<string | undefined> {
  try {
    return (await import('playwright-core')).chromium.executablePath();
  } catch {
    return undefined;
  }
}

const contentTypes: Record<string, string> = { '.html': 'text/html', '.css': 'text/css', '.js': 'text/javascript', '.svg': 'image/svg+xml', '.png': 'image/png' };

/**
 * Prints every built booklet to PDF with one browser. Pages are served from the output
 * folder through request interception, so no port is opened and nothing leaves the machine.
 */
async function writeBookletPdfs(outDir: string, base: string, chromiumPath: string, logger: AstroIntegrationLogger): Promise<void> {
  const { chromium } = await import('playwright-core');
  const playbookIds = globSync('playbooks/*/booklet/index.html', { cwd: outDir }).map((path) => path.split(/[\\/]/)[1]).sort();
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
    const page = await context.newPage();
    for (const playbookId of playbookIds) {
      await page.goto(`${origin}${withBase(base, routes.booklet(playbookId))}`, { waitUntil: 'load' });
      const target = join(outDir, routes.bookletPdf(playbookId).slice(1));
      await page.pdf({ path: target, format: 'A4', printBackground: true, tagged: true, outline: true });
      const pages = countPdfPages(readFileSync(target));
      logger.info(`${routes.bookletPdf(playbookId).slice(1)}: ${pages} pages, ${Math.round(statSync(target).size / 1024)} KB`);
    }
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
  return {
    name: 'pmo-playbook:booklet-pdf',
    hooks: {
      'astro:config:setup': async ({ command, updateConfig, logger }) => {
        plan = planBookletPdfs(command, { env: process.env, playwrightManagedPath: await playwrightManagedPath() });
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
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!plan.chromiumPath) return;
        try {
          await writeBookletPdfs(fileURLToPath(dir), base, plan.chromiumPath, logger);
        } catch (error) {
          // The pages already link to the PDFs: failing here is better than shipping broken links.
          throw new Error(`Writing the booklet PDFs failed: ${(error as Error).message}\nSet ${bookletPdfVariable}=off to build without them.`);
        }
      },
    },
  };
}
