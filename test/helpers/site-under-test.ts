import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { expect } from 'vitest';
import { launchChromium } from './browser.ts';
import { builtPages } from './dist.ts';
import { projectRoot } from './project.ts';
import { type ReusedPages, reusedPages } from './reused-pages.ts';
import { serveDirectory, type StaticSite } from './serve.ts';

/** A built site served on loopback with a browser ready to visit it. */
export interface SiteUnderTest {
  browser: Browser;
  server: StaticSite;
  /** Pages the file's tests take turns with, one per set of context options. */
  pages: ReusedPages;
  /** Site path of every HTML page in the build ("/", "/roles/x/", "/404.html"). */
  pagePaths: string[];
  url(path: string): string;
  close(): Promise<void>;
}

export interface OpenSiteOptions {
  /** Flags for a browser of the file's own instead of the run's shared one. */
  browserFlags?: string[];
  /** Runs on each context of `pages` as it is made, before its page opens (init scripts, say). */
  prepareContext?: (context: BrowserContext) => Promise<void>;
}

/** Serves `outDir` and launches Chromium; call `close()` in afterAll. */
export async function openSite(outDir: string, { browserFlags = [], prepareContext }: OpenSiteOptions = {}): Promise<SiteUnderTest> {
  const server = await serveDirectory(outDir);
  const browser = await launchChromium(browserFlags).catch(async (error: unknown) => {
    await server.close();
    throw error;
  });
  let pagePaths: string[] | undefined;
  return {
    browser,
    server,
    pages: reusedPages(browser, prepareContext),
    // Read on first use: most files visit a few named pages and never need the list.
    get pagePaths() {
      return (pagePaths ??= [...builtPages(outDir).keys()]);
    },
    url: (path) => `${server.origin}${path}`,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Opens `path` in the site's page for `options` (set back as a new context would have it),
 * checks that it loaded and runs `use`.
 */
export async function withPage<T>(site: SiteUnderTest, path: string, options: BrowserContextOptions, use: (page: Page, context: BrowserContext) => Promise<T>): Promise<T> {
  const page = await site.pages.page(options);
  const response = await page.goto(site.url(path));
  expect(response?.status(), path).toBe(200);
  return use(page, page.context());
}

/**
 * Saves a screenshot of `page` as test-results/screenshots/<name>.png (git-ignored) for a person
 * to look at, when the run asks for them: `PMO_TEST_SCREENSHOTS=1 npm test`. No test reads them,
 * and taking them cost Chromium about a core-second each (five of the run's six, on example
 * pages: 5.6-6.3 core-s), so a plain run takes none.
 */
export async function saveScreenshot(page: Page, name: string, { fullPage = false } = {}): Promise<void> {
  if (process.env.PMO_TEST_SCREENSHOTS !== '1') return;
  const folder = join(projectRoot, 'test-results/screenshots');
  mkdirSync(folder, { recursive: true });
  await page.screenshot({ path: join(folder, `${name}.png`), fullPage });
}
