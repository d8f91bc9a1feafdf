import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtPages } from '../helpers/dist.ts';
import { type PageWatch, watchPages } from '../helpers/page-watch.ts';
import { openSite, type SiteUnderTest } from '../helpers/site-under-test.ts';
import { exampleSiteDir } from '../helpers/example-site.ts';

/** A fresh context whose pages record CSP violations (and aborted requests to other origins). */
async function watchedContext(site: SiteUnderTest): Promise<{ context: BrowserContext; page: Page; watch: PageWatch }> {
  const context = await site.browser.newContext();
  const watch = await watchPages(context, site.server.origin);
  return { context, page: await context.newPage(), watch };
}

const exampleDir = await exampleSiteDir();

describe('Content Security Policy', () => {
  let site: SiteUnderTest;
  const pages = builtPages(exampleDir);
  beforeAll(async () => {
    site = await openSite(exampleDir);
  });
  afterAll(() => site?.close());

  it('is on every page: only this site and hashed inline code, no other origin, no unsafe-inline', () => {
    for (const [path, html] of pages) {
      const policy = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1];
      expect(policy, path).toBeDefined();
      const directives = new Map(policy!.split(';').map((part) => part.trim()).filter(Boolean).map((part) => [part.split(' ')[0], part.split(' ').slice(1)]));
      expect(directives.get('default-src'), path).toEqual(["'self'"]);
      expect(directives.get('object-src'), path).toEqual(["'none'"]);
      for (const name of ['script-src', 'style-src']) {
        const sources = directives.get(name) ?? [];
        expect(sources[0], `${path} ${name}`).toBe("'self'");
        for (const source of sources.slice(1)) expect(source, `${path} ${name}`).toMatch(/^'(sha256-[A-Za-z0-9+/=]+|wasm-unsafe-eval|unsafe-hashes)'$/);
      }
      for (const sources of directives.values()) for (const source of sources) expect(source, path).not.toMatch(/^(https?:|\*|'unsafe-inline'|'unsafe-eval')/);
      expect(html, path).not.toMatch(/<[^>]+\son[a-z]+=/i);
    }
  });

  // every-page.test.ts loads every page of the example, in both colour schemes, with this watch.
  it('is not violated by search and the checklist as they are used', async () => {
    const { context, page, watch } = await watchedContext(site);
    watch.at('/search/');
    await page.goto(site.url('/search/'));
    await page.locator('#search-page-input').fill('budget');
    await page.locator('[data-search-results] .search-result').first().waitFor();
    const stage = site.pagePaths.find((path) => /^\/playbooks\/[^/]+\/[^/]+\/$/.test(path) && pages.get(path)!.includes('type="checkbox"'))!;
    watch.at(stage);
    await page.goto(site.url(stage));
    await page.locator('input[type="checkbox"]').first().check();
    await page.waitForTimeout(200);
    await context.close();
    expect(watch.cspViolations).toEqual([]);
  });

  it('is enforced, so the checks that watch for violations would see one', async () => {
    const { context, page, watch } = await watchedContext(site);
    watch.at('/');
    await page.goto(site.url('/'));
    await page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = 'body { outline: 1px solid red; }';
      document.head.append(style);
    });
    await expect.poll(() => watch.cspViolations.some((line) => line.startsWith('/: style-src-elem blocked inline'))).toBe(true);
    await context.close();
  });
});
