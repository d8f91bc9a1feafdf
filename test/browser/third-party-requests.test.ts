import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/project.ts';
import { openSite, type SiteUnderTest } from '../helpers/site-under-test.ts';
import { exampleSiteDir } from '../helpers/example-site.ts';

/**
 * Loads each page with every request intercepted, and returns the requests that went to any
 * origin but the site's own. Those are aborted, so the check never touches the network.
 */
async function foreignRequests(site: SiteUnderTest, paths: string[]): Promise<string[]> {
  const context = await site.browser.newContext();
  const foreign: string[] = [];
  let currentPage = '';
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (new URL(url).origin === site.server.origin) return route.continue();
    foreign.push(`${currentPage} -> ${url}`);
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  for (const path of paths) {
    currentPage = path;
    await page.goto(site.url(path), { waitUntil: 'load' });
  }
  await context.close();
  return foreign;
}

describe('requests made by the pages in a browser', () => {
  let example: SiteUnderTest;
  beforeAll(async () => {
    example = await openSite(await exampleSiteDir());
  });
  afterAll(() => example?.close());

  it('go to the site itself and nowhere else, on every page', async () => {
    expect(example.pagePaths.length).toBeGreaterThan(20);
    expect(await foreignRequests(example, example.pagePaths)).toEqual([]);
  }, 120_000);

  it('are caught when a page loads something from another origin', async () => {
    const fixture = await openSite(join(projectRoot, 'test/fixtures/quality/links'));
    try {
      expect((await foreignRequests(fixture, ['/'])).sort()).toEqual(['/ -> https://cdn.example.com/theme.css', '/ -> https://images.example.com/depot.png']);
    } finally {
      await fixture.close();
    }
  });
});
