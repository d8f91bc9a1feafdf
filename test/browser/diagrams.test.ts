import type { BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type SiteUnderTest } from '../helpers/site-under-test.ts';
import { exampleSiteDir } from '../helpers/example-site.ts';
import { phoneProfile } from '../helpers/device-emulation.ts';

let site: SiteUnderTest;

beforeAll(async () => {
  site = await openSite(await exampleSiteDir());
});

afterAll(async () => {
  await site?.close();
});

async function open(path: string, options: BrowserContextOptions = {}): Promise<Page> {
  const page = await site.pages.page(options);
  await page.goto(site.url(path));
  return page;
}

describe('diagrams in the browser', () => {
  it('shows each diagram as a visible image with a name a screen reader can read', async () => {
    const page = await open('/playbooks/pmo-setup/');
    await expect(page.getByRole('img', { name: /^The 8 stages of Setting up and running the PMO, in order: 1\. Define objectives;.*After 8\. Continuously improve, the cycle starts again at 1\. Define objectives\.$/ }).isVisible()).resolves.toBe(true);
    await page.goto(`${site.server.origin}/roles/`);
    await expect(page.getByRole('img', { name: /^Reporting lines: .*PMO Director reports to Executive Sponsor/ }).isVisible()).resolves.toBe(true);
    await page.goto(`${site.server.origin}/playbooks/pmo-setup/establish-governance/`);
    await expect(page.getByRole('img', { name: 'Escalation route when a tolerance is forecast to be breached' }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('img', { name: /^Flowchart: .*Portfolio board decides/ }).isVisible()).resolves.toBe(true);
    for (const box of await page.locator('svg[role="img"]').all()) {
      const size = await box.boundingBox();
      expect(size!.width).toBeGreaterThan(150);
      expect(size!.height).toBeGreaterThan(150);
    }
  });

  // axe audits the pages with diagrams, with its best-practice rules too, in both colour
  // schemes in every-page.test.ts.

  it('scrolls a wide diagram inside its box on a phone, by keyboard too, never the page', async () => {
    const page = await open('/roles/', { viewport: phoneProfile.viewport });
    const box = page.locator('.diagram__scroll');
    const sizes = await box.evaluate((element) => ({ scroll: element.scrollWidth, client: element.clientWidth }));
    expect(sizes.scroll).toBeGreaterThan(sizes.client);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await box.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => box.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
  });

  it('scales a diagram that fits down to the column instead of scrolling', async () => {
    const page = await open('/playbooks/pmo-setup/', { viewport: phoneProfile.viewport });
    const box = page.locator('.diagram__scroll');
    expect(await box.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
  });

  it('inverts the neutral diagram for the dark scheme and prints it as drawn', async () => {
    const filterOf = (page: Page) => page.locator('.diagram svg').first().evaluate((svg) => getComputedStyle(svg).filter);
    const dark = await open('/roles/', { colorScheme: 'dark' });
    expect(await filterOf(dark)).toContain('invert(0.9)');
    await dark.emulateMedia({ media: 'print', colorScheme: 'dark' });
    expect(await filterOf(dark)).toBe('none');
    expect(await dark.locator('.diagram svg').first().evaluate((svg) => getComputedStyle(svg).minWidth)).toBe('0px');
    const light = await open('/roles/', { colorScheme: 'light' });
    expect(await filterOf(light)).toBe('none');
  });
});
