import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { desktopProfile, phoneProfile } from '../helpers/device-emulation.ts';
import { firstPlaybook } from '../helpers/example-content.ts';
import { openSite, type SiteUnderTest } from '../helpers/site-under-test.ts';
import { exampleSiteDir } from '../helpers/example-site.ts';

const stagePath = `/playbooks/${firstPlaybook().stages[1].id}/`;

let site: SiteUnderTest;

beforeAll(async () => {
  site = await openSite(await exampleSiteDir());
});
afterAll(() => site?.close());

/** What the page shows about the element that has keyboard focus. */
interface FocusStop {
  key: string;
  description: string;
  outline: string;
  visiblyFocused: boolean;
  onScreen: boolean;
  closedDisclosure: boolean;
}

const focusables = 'a[href], summary, button, input, select, textarea, [tabindex]:not([tabindex="-1"])';
// Controls that move the reader around the site, as opposed to content (checkboxes, links in text).
const navigationControls = '.skip-link, header a[href], header summary, nav a[href], nav summary';

/** Numbers every focusable element so that focus stops can be matched to elements. */
const numberFocusables = (page: Page) =>
  page.evaluate((selector) => document.querySelectorAll(selector).forEach((element, index) => element.setAttribute('data-focus-key', String(index))), focusables);

const readFocus = (page: Page) =>
  page.evaluate((): FocusStop | null => {
    const element = document.activeElement;
    if (!element || element === document.body) return null;
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    const transparent = style.outlineColor === 'transparent' || /rgba\(.*,\s*0\)$/.test(style.outlineColor);
    // Astro's scoped-style classes (astro-ab12cd34) say nothing about the element.
    const className = [...element.classList].filter((name) => !/^astro-[a-z0-9]{8}$/.test(name)).join(' ');
    return {
      key: element.getAttribute('data-focus-key') ?? element.id,
      description: `<${element.localName}${className ? ` class="${className}"` : ''}> ${(element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)}`,
      outline: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`,
      visiblyFocused: style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2 && !transparent,
      onScreen: box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < window.innerHeight && box.right > 0 && box.left < window.innerWidth,
      closedDisclosure: element.localName === 'summary' && !(element.parentElement as HTMLDetailsElement).open,
    };
  });

/** Presses Tab until focus leaves the page, opening each closed disclosure on the way with Enter. */
async function tabThroughPage(page: Page): Promise<FocusStop[]> {
  const stops: FocusStop[] = [];
  for (let step = 0; step < 500; step++) {
    await page.keyboard.press('Tab');
    const stop = await readFocus(page);
    if (!stop || stop.key === stops[0]?.key) break;
    stops.push(stop);
    if (stop.closedDisclosure) await page.keyboard.press('Enter');
  }
  return stops;
}

/** Keys of the navigation controls a reader can see now. */
const visibleNavigationControls = (page: Page) =>
  page.evaluate(
    (selector) => [...document.querySelectorAll(selector)].filter((element) => element.checkVisibility()).map((element) => `${element.getAttribute('data-focus-key')} ${(element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40)}`),
    navigationControls,
  );

async function checkKeyboardReach(viewport: { width: number; height: number }) {
  const page = await site.pages.page({ viewport });
  await page.goto(site.url(stagePath));
  await numberFocusables(page);
  const stops = await tabThroughPage(page);
  const reached = new Set(stops.map((stop) => stop.key));
  const unreached = (await visibleNavigationControls(page)).filter((control) => !reached.has(control.split(' ')[0]));
  return { stops, unreached };
}

const invisible = (stops: FocusStop[]) => stops.filter((stop) => !stop.visiblyFocused || !stop.onScreen).map((stop) => `${stop.description} (outline: ${stop.outline}, on screen: ${stop.onScreen})`);

describe('keyboard use', () => {
  it('starts with a skip link that shows when focused and moves focus to the content', async () => {
    const page = await site.pages.page(desktopProfile);
    await page.goto(site.url(stagePath));
    await page.keyboard.press('Tab');
    const skip = await readFocus(page);
    expect(skip?.description).toMatch(/^<a class="skip-link"> Skip to content$/);
    expect(invisible([skip!])).toEqual([]);
    await page.keyboard.press('Enter');
    // Following the link is a same-document navigation: it completes after the key press returns.
    await page.waitForURL((url) => url.hash === '#main');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
  });

  it('reaches every navigation control on a desktop with a visible focus outline', async () => {
    const { stops, unreached } = await checkKeyboardReach(desktopProfile.viewport);
    expect(stops.length).toBeGreaterThan(30);
    expect(unreached).toEqual([]);
    expect(invisible(stops)).toEqual([]);
  });

  it('reaches the Menu, the contents list and every link in them on a 360 px phone', async () => {
    const { stops, unreached } = await checkKeyboardReach(phoneProfile.viewport);
    expect(stops.filter((stop) => stop.closedDisclosure).map((stop) => stop.description)).toEqual(['<summary> Menu', '<summary class="toc__heading"> On this page']);
    expect(unreached).toEqual([]);
    expect(invisible(stops)).toEqual([]);
  });
});
