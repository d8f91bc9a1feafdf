import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtPages } from '../helpers/dist.ts';
import { openSite, type SiteUnderTest } from '../helpers/site-under-test.ts';
import { exampleSiteDir } from '../helpers/example-site.ts';

/** A context whose pages record every CSP violation and every CSP console error into `seen`. */
async function watchedContext(site: SiteUnderTest, seen: string[]): Promise<{ context: BrowserContext; page: Page; at: (path: string) => void }> {
  const context = await site.browser.newContext();
  await context.exposeBinding('reportCspViolation', ({ page }, text: string) => {
    seen.push(`${new URL(page.url()).pathname}: ${text}`);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportCspViolation(text: string): void }).reportCspViolation(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sample})`);
    });
  });
  const page = await context.newPage();
  let current = '';
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) seen.push(`${current}: ${message.text()}`);
  });
  return { context, page, at: (path) => (current = path) };
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

  it('is not violated by any page as it loads, nor by search and the checklist as they are used', async () => {
    const seen: string[] = [];
    const { context, page, at } = await watchedContext(site, seen);
    for (const path of site.pagePaths) {
      at(path);
      await page.goto(site.url(path), { waitUntil: 'load' });
    }
    at('/search/');
    await page.goto(site.url('/search/'));
    await page.locator('#search-page-input').fill('budget');
    await page.locator('[data-search-results] .search-result').first().waitFor();
    const stage = site.pagePaths.find((path) => /^\/playbooks\/[^/]+\/[^/]+\/$/.test(path) && pages.get(path)!.includes('type="checkbox"'))!;
    at(stage);
    await page.goto(site.url(stage));
    await page.locator('input[type="checkbox"]').first().check();
    await page.waitForTimeout(200);
    await context.close();
    expect(seen).toEqual([]);
  }, 240_000);

  it('is enforced, so the check above would see a violation', async () => {
    const seen: string[] = [];
    const { context, page } = await watchedContext(site, seen);
    await page.goto(site.url('/'));
    await page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = 'body { outline: 1px solid red; }';
      document.head.append(style);
    });
    await page.waitForTimeout(200);
    await context.close();
    expect(seen.some((line) => line.startsWith('/: style-src-elem blocked inline'))).toBe(true);
  });
});
