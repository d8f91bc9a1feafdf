import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AuditOptions, addAxeToEveryPage, auditAccessibility } from '../helpers/axe.ts';
import { projectRoot } from '../helpers/project.ts';
import { openSite, withPage, type SiteUnderTest } from '../helpers/site-under-test.ts';

// Every page of the example is audited in both colour schemes by every-page.test.ts; this file
// shows that the audit catches what it must, on pages made to fail.
describe('the accessibility gate', () => {
  let fixtures: SiteUnderTest;
  beforeAll(async () => {
    fixtures = await openSite(join(projectRoot, 'test/fixtures/quality/accessibility'));
  });
  afterAll(() => fixtures?.close());

  const audit = (path: string, colorScheme: 'light' | 'dark', options?: AuditOptions) =>
    withPage(fixtures, path, { colorScheme }, async (page) => (await auditAccessibility(page, path, options)).map((problem) => `${problem.rule} ${problem.element}`));

  it('fails a page with an image that has no text alternative, naming the element', async () => {
    expect(await audit('/missing-alt.html', 'light')).toEqual(['image-alt #route-map']);
  });

  it('fails text whose contrast is too low, in the scheme where it is too low', async () => {
    expect(await audit('/low-contrast.html', 'light')).toEqual([]);
    expect(await audit('/low-contrast.html', 'dark')).toEqual(['color-contrast #review-date']);
  });

  it('checks only the parts named with `within`, measuring their contrast against the page behind them', async () => {
    expect(await audit('/low-contrast.html', 'dark', { within: ['#review-date'] })).toEqual(['color-contrast #review-date']);
    expect(await audit('/low-contrast.html', 'dark', { within: ['h1'] })).toEqual([]);
    // A scope that matches nothing (a renamed element) fails rather than passing on nothing.
    await expect(audit('/low-contrast.html', 'dark', { within: ['#renamed'] })).rejects.toThrow('No elements found for include');
  });

  it('finds the same problems when axe is put into each page as it starts, as the page tour does', async () => {
    const context = await fixtures.browser.newContext({ colorScheme: 'dark' });
    try {
      await addAxeToEveryPage(context);
      const page = await context.newPage();
      const found: string[] = [];
      for (const path of ['/missing-alt.html', '/low-contrast.html']) {
        await page.goto(fixtures.url(path));
        // Already there, so the audit uses the copy the page started with.
        expect(await page.evaluate(() => 'axe' in window), path).toBe(true);
        found.push(...(await auditAccessibility(page, path)).map((problem) => `${problem.rule} ${problem.element}`));
      }
      expect(found).toEqual(['image-alt #route-map', 'color-contrast #review-date']);
    } finally {
      await context.close();
    }
  });
});
