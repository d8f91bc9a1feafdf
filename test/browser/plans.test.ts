import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, withPage, type SiteUnderTest } from '../helpers/site-under-test.ts';
import { exampleSiteDir } from '../helpers/example-site.ts';
import { phoneProfile } from '../helpers/device-emulation.ts';

let site: SiteUnderTest;

beforeAll(async () => {
  site = await openSite(await exampleSiteDir());
});

afterAll(async () => {
  await site?.close();
});

describe('plan, stakeholder and comms pages in a browser', () => {
  // every-page.test.ts audits the plan, metrics, stakeholder and comms pages (its featurePages) with
  // axe in both colour schemes, and checks on a 360 px phone that none of them scrolls sideways.
  it('lets a keyboard user scroll a wide table on a phone', async () => {
    const scrolled = await withPage(site, '/plans/pmo-implementation/', { viewport: phoneProfile.viewport }, async (page) => {
      const region = page.getByRole('region', { name: 'Budget lines' });
      const overflows = await region.evaluate((element) => element.scrollWidth > element.clientWidth);
      await region.focus();
      await page.keyboard.press('End');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      return { overflows, focused: await region.evaluate((element) => element === document.activeElement), scrollLeft: await region.evaluate((element) => element.scrollLeft) };
    });
    expect(scrolled.overflows).toBe(true);
    expect(scrolled.focused).toBe(true);
    expect(scrolled.scrollLeft).toBeGreaterThan(0);
  });

  it('serves every linked download with its content type', async () => {
    const expected: Record<string, string> = {
      xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      csv: 'text/csv; charset=utf-8',
      ics: 'text/calendar; charset=utf-8',
    };
    for (const path of ['/plans/pmo-implementation/', '/stakeholders/', '/comms/']) {
      await withPage(site, path, {}, async (page, context) => {
        const links = await page.locator('.downloads a[download]').evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href));
        expect(links.length, path).toBeGreaterThanOrEqual(2);
        for (const link of links) {
          const response = await context.request.get(link);
          expect(response.status(), link).toBe(200);
          expect(response.headers()['content-type'], link).toBe(expected[link.split('.').at(-1)!]);
          expect((await response.body()).length, link).toBeGreaterThan(100);
        }
      });
    }
  });
});
