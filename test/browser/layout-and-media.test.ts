import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstPlaybook } from '../helpers/example-content.ts';
import { openSite, saveScreenshot, type SiteUnderTest } from '../helpers/site-under-test.ts';
import { exampleSiteDir } from '../helpers/example-site.ts';
import { desktopProfile, phoneProfile } from '../helpers/device-emulation.ts';
import { overflowingElements } from '../helpers/overflow.ts';

const stage = firstPlaybook().stages[1];
const stagePath = `/playbooks/${stage.id}/`;

let site: SiteUnderTest;

beforeAll(async () => {
  site = await openSite(await exampleSiteDir());
});
afterAll(() => site?.close());

describe('on a 360 px phone', () => {
  // every-page.test.ts checks every page of the example at this size for sideways scrolling.
  it('shows a stage within the width of the screen', async () => {
    const context = await site.browser.newContext(phoneProfile);
    const page = await context.newPage();
    await page.goto(site.url(stagePath));
    await saveScreenshot(page, 'stage-phone', { fullPage: true });
    expect(await overflowingElements(page)).toEqual([]);
    await context.close();
  });

  it('opens the Menu and follows a link in it without JavaScript', async () => {
    const context = await site.browser.newContext({ ...phoneProfile, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.url(stagePath));
    const menu = page.getByRole('navigation', { name: 'Site menu' });
    expect(await page.locator('aside.sidebar').isVisible()).toBe(false);
    expect(await menu.isVisible()).toBe(false);

    await page.getByText('Menu', { exact: true }).click();
    expect(await menu.isVisible()).toBe(true);
    expect(await overflowingElements(page)).toEqual([]);
    await saveScreenshot(page, 'stage-phone-menu-open');

    await menu.getByRole('link', { name: 'Roles', exact: true }).click();
    await page.waitForURL('**/roles/');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Roles');
    await context.close();
  });
});

/** Computed colours that tell the schemes apart. */
async function schemeColours(colorScheme: 'light' | 'dark') {
  const context = await site.browser.newContext({ colorScheme, ...desktopProfile });
  const page = await context.newPage();
  await page.goto(site.url(stagePath));
  const colours = await page.evaluate(() => {
    const style = (selector: string) => getComputedStyle(document.querySelector(selector)!);
    return { background: style('body').backgroundColor, text: style('body').color, link: style('main a[href]').color, header: style('.site-header').backgroundColor };
  });
  if (colorScheme === 'dark') await saveScreenshot(page, 'stage-desktop-dark');
  await context.close();
  return colours;
}

/** WCAG relative luminance of a computed "rgb(r, g, b)" colour: 0 is black, 1 is white. */
function luminance(rgb: string): number {
  const [r, g, b] = rgb.match(/\d+(\.\d+)?/g)!.slice(0, 3).map((channel) => {
    const value = Number(channel) / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

describe('colour schemes', () => {
  it('follows prefers-color-scheme: dark with light text on a dark background', async () => {
    const light = await schemeColours('light');
    const dark = await schemeColours('dark');
    expect(luminance(light.background)).toBeGreaterThan(0.8);
    expect(luminance(light.text)).toBeLessThan(0.1);
    expect(luminance(dark.background)).toBeLessThan(0.05);
    expect(luminance(dark.text)).toBeGreaterThan(0.7);
    expect(dark.link).not.toBe(light.link);
    expect(dark.header).not.toBe(light.header);
  });
});

describe('printing a stage', () => {
  it('hides the navigation and keeps the content', async () => {
    const context = await site.browser.newContext(desktopProfile);
    const page = await context.newPage();
    await page.goto(site.url(stagePath));
    await page.emulateMedia({ media: 'print' });
    const visible = (selector: string) => page.locator(selector).first().isVisible();

    for (const navigation of ['aside.sidebar', '.mobile-menu', 'nav.toc', 'nav.breadcrumbs', 'nav.pager', '.site-footer']) {
      expect(await visible(navigation), navigation).toBe(false);
    }
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe(stage.data.title);
    for (const content of ['.site-header__brand', '#purpose', '.prose table', '.checklist']) expect(await visible(content), content).toBe(true);
    for (const item of stage.data.checklist) expect(await page.locator('.checklist').getByText(item.text).isVisible(), item.id).toBe(true);
    await saveScreenshot(page, 'stage-print', { fullPage: true });
    await context.close();
  });
});
