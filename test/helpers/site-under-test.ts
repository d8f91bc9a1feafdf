import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
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
  return {
    browser,
    server,
    pagePaths: [...builtPages(outDir).keys()],
    url: (path) => `${server.origin}${path}`,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** Where screenshots go for a person to look at (git-ignored). */
export function screenshotPath(name: string): string {
  const folder = join(projectRoot, 'test-results/screenshots');
  mkdirSync(folder, { recursive: true });
  return join(folder, `${name}.png`);
}
