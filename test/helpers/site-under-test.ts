import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { expect } from 'vitest';
import { launchChromium } from './browser.ts';
import { builtPages } from './dist.ts';
import { projectRoot } from './project.ts';
import { serveDirectory, type StaticSite } from './serve.ts';

/** A built site served on loopback with a browser ready to visit it. */
export interface SiteUnderTest {
  browser: Browser;
  server: StaticSite;
  /** Site path of every HTML page in the build ("/", "/roles/x/", "/404.html"). */
  pagePaths: string[];
  url(path: string): string;
  close(): Promise<void>;
}

/** Serves `outDir` and launches Chromium; call `close()` in afterAll. */
export async function openSite(outDir: string): Promise<SiteUnderTest> {
  const server = await serveDirectory(outDir);
  const browser = await launchChromium().catch(async (error: unknown) => {
    await server.close();
    throw error;
  });
  let pagePaths: string[] | undefined;
  return {
    browser,
    server,
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
 * Opens `path` in a fresh browser context (its own storage; axe needs one), checks that it
 * loaded, runs `use` and closes the context.
 */
export async function withPage<T>(site: SiteUnderTest, path: string, options: BrowserContextOptions, use: (page: Page, context: BrowserContext) => Promise<T>): Promise<T> {
  const context = await site.browser.newContext(options);
  try {
    const page = await context.newPage();
    const response = await page.goto(site.url(path));
    expect(response?.status(), path).toBe(200);
    return await use(page, context);
  } finally {
    await context.close();
  }
}

/** Where screenshots go for a person to look at (git-ignored). */
export function screenshotPath(name: string): string {
  const folder = join(projectRoot, 'test-results/screenshots');
  mkdirSync(folder, { recursive: true });
  return join(folder, `${name}.png`);
}
