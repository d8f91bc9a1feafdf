import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, withPage, type SiteUnderTest } from '../helpers/site-under-test.ts';
import { exampleSiteDir } from '../helpers/example-site.ts';

let site: SiteUnderTest;

beforeAll(async () => {
  site = await openSite(await exampleSiteDir());
});

afterAll(async () => {
  await site?.close();
});


describe('RAID log, status report and KPI pages in a browser', () => {
  // axe audits these pages, like every page, in both colour schemes in every-page.test.ts.
  it('filters the RAID log by status and owner without JavaScript, through links to server-rendered lists', async () => {
    await withPage(site, '/raid/', { javaScriptEnabled: false, viewport: { width: 1280, height: 900 } }, async (page) => {
      await page.getByRole('navigation', { name: 'Filter the log' }).getByRole('link', { name: /^Open \(\d+\)$/ }).click();
      await expect.poll(() => page.url()).toMatch(/#status-open$/);
      const openList = page.locator('#status-open + ul li');
      expect(await openList.count()).toBeGreaterThan(5);
      expect(await openList.allTextContents()).not.toContainEqual(expect.stringContaining('(Closed)'));
      await page.getByRole('navigation', { name: 'Filter the log' }).getByRole('link', { name: /^Portfolio Manager/ }).click();
      await expect.poll(() => page.url()).toMatch(/#owner-portfolio-manager$/);
      await page.locator('#owner-portfolio-manager + ul a').first().click();
      await expect.poll(() => page.url()).toMatch(/#r\d+$/);
      // Scoped styles add Astro's own class beside it.
      await expect.poll(() => page.locator(':target').evaluate((target) => [...target.classList])).toContain('raid-item');
    });
  });

  it('shows every RAG as a word and a shape, not colour alone', async () => {
    await withPage(site, '/status/pmo-implementation-2026-11/', { viewport: { width: 1280, height: 900 } }, async (page) => {
      const badges = await page.locator('.rag').allTextContents();
      expect(badges.length).toBeGreaterThan(5);
      for (const text of badges) expect(text.trim()).toMatch(/^[●▲■] (Green|Amber|Red)/);
    });
  });

  it('prints the highlight report on one page', async () => {
    await withPage(site, '/status/pmo-implementation-2026-11/', { viewport: { width: 1280, height: 900 } }, async (page) => {
      await page.emulateMedia({ media: 'print' });
      const pdf = Buffer.from(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? [];
      expect(pages.length).toBe(1);
    });
  });
});
