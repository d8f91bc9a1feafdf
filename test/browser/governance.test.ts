import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleContent } from '../helpers/example-content.ts';
import { openSite, withPage, type SiteUnderTest } from '../helpers/site-under-test.ts';
import { exampleSiteDir } from '../helpers/example-site.ts';
import { phoneProfile } from '../helpers/device-emulation.ts';

const raciPage = '/governance/raci/change-control/';
const rolePage = '/roles/project-manager/';
const phone = phoneProfile.viewport;
const desktop = { width: 1280, height: 900 };

let site: SiteUnderTest;

beforeAll(async () => {
  site = await openSite(await exampleSiteDir());
});

afterAll(async () => {
  await site?.close();
});


describe('governance pages in a browser', () => {
  // axe audits these pages, like every page, in both colour schemes in every-page.test.ts.
  it('keeps the RACI matrix inside a 360 px phone screen, scrolling sideways in a labelled, focusable region', async () => {
    await withPage(site, raciPage, { viewport: phone }, async (page) => {
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
      const region = page.getByRole('region', { name: 'Change control: who is responsible, accountable, consulted and informed' });
      await expect(region.count()).resolves.toBe(1);
      const { scrollWidth, clientWidth } = await region.evaluate((element) => ({ scrollWidth: element.scrollWidth, clientWidth: element.clientWidth }));
      expect(scrollWidth).toBeGreaterThan(clientWidth);

      // Keyboard users reach the region with Tab (it is in the tab order) and scroll it with the arrow keys.
      expect(await region.getAttribute('tabindex')).toBe('0');
      await region.focus();
      expect(await region.evaluate((element) => element === document.activeElement)).toBe(true);
      for (let press = 0; press < 40; press++) await page.keyboard.press('ArrowRight');
      expect(await region.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);

      // Scrolled to the end, the last role column is fully visible and the activity column still is.
      await region.evaluate((element) => element.scrollTo({ left: element.scrollWidth }));
      const box = await region.boundingBox();
      const lastHeader = await page.locator('table.raci thead th').last().boundingBox();
      const firstRowHeader = await page.locator('table.raci tbody th').first().boundingBox();
      expect(lastHeader!.x + lastHeader!.width).toBeLessThanOrEqual(box!.x + box!.width + 1);
      expect(firstRowHeader!.x).toBeGreaterThanOrEqual(box!.x - 1);
    });
  });

  it('gives screen readers the full word for each letter, not the letter', async () => {
    await withPage(site, raciPage, { viewport: desktop }, async (page) => {
      const table = page.getByRole('table', { name: 'Change control: who is responsible, accountable, consulted and informed' });
      // 7 activities, each with exactly one Accountable role (content/raci/change-control.yaml).
      await expect(table.getByRole('cell', { name: 'Accountable', exact: true }).count()).resolves.toBe(7);
      await expect(table.getByRole('cell', { name: 'A', exact: true }).count()).resolves.toBe(0);
      await expect(table.getByRole('rowheader').count()).resolves.toBe(7);
      await expect(table.getByRole('columnheader', { name: 'Project Sponsor' }).count()).resolves.toBe(1);
    });
  });

  it('prints the matrix whole: no scroll clipping, and on a landscape page of its own', async () => {
    await withPage(site, raciPage, { viewport: { width: 1047, height: 700 } }, async (page) => {
      await page.emulateMedia({ media: 'print' });
      const layout = await page.evaluate(() => {
        const region = document.querySelector('.raci-scroll')!;
        const table = region.querySelector('table')!;
        return { overflow: getComputedStyle(region).overflowX, tableRight: table.getBoundingClientRect().right, pageWidth: document.documentElement.clientWidth };
      });
      expect(layout.overflow).toBe('visible');
      expect(layout.tableRight).toBeLessThanOrEqual(layout.pageWidth);
      const pdf = (await page.pdf({ format: 'A4' })).toString('latin1');
      const landscape = [...pdf.matchAll(/MediaBox\s*\[0 0 ([\d.]+) ([\d.]+)\]/g)].filter(([, width, height]) => Number(width) > Number(height));
      expect(landscape.length).toBeGreaterThan(0);
    });
  });

  it('keeps a role page within a 360 px screen and lists its governance activities and forums', async () => {
    await withPage(site, rolePage, { viewport: phone }, async (page) => {
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
      const activities = page.getByRole('table', { name: 'Activities in which the Project Manager is responsible, accountable, consulted or informed' });
      // One row per activity the project manager has a letter in across the example matrices, plus the header row.
      const activityCount = exampleContent.raci.flatMap((matrix) => matrix.data.activities).filter((activity) => activity.assignments['project-manager']).length;
      expect(activityCount).toBeGreaterThan(20);
      await expect(activities.getByRole('row').count()).resolves.toBe(activityCount + 1);
      await expect(page.getByRole('link', { name: 'Project board' }).count()).resolves.toBeGreaterThan(0);
    });
  });
});
