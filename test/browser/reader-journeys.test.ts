import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { desktopProfile } from '../helpers/device-emulation.ts';
import { bodyHeadings, exampleOrganization, firstPlaybook, roleTitle } from '../helpers/example-content.ts';
import { openSite, saveScreenshot, type SiteUnderTest } from '../helpers/site-under-test.ts';
import { exampleSiteDir } from '../helpers/example-site.ts';

const playbook = firstPlaybook();
const [firstStage, secondStage] = playbook.stages;

let site: SiteUnderTest;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  site = await openSite(await exampleSiteDir());
  context = await site.browser.newContext(desktopProfile);
  page = await context.newPage();
});
afterAll(() => site?.close());

const heading = () => page.getByRole('heading', { level: 1 }).innerText();
const path = () => new URL(page.url()).pathname;

/** Whether the element's top edge is within the window (give or take Chromium's sub-pixel scrolling). */
const inViewport = (selector: string) =>
  page.locator(selector).evaluate((element) => {
    const box = element.getBoundingClientRect();
    return box.top > -1 && box.top < window.innerHeight;
  });

// One reader's path through the site, in order: each step starts where the last one ended.
describe('a reader on a desktop browser', () => {
  it('opens the home page and sees the playbooks', async () => {
    const response = await page.goto(site.url('/'));
    expect(response?.status()).toBe(200);
    expect(await page.title()).toContain(exampleOrganization.pmoName);
    expect(await heading()).toContain(exampleOrganization.pmoName);
    expect(await page.getByRole('main').getByRole('link', { name: playbook.data.title, exact: true }).count()).toBeGreaterThan(0);
    await saveScreenshot(page, 'home-desktop', { fullPage: true });
  });

  it('follows the sidebar to the first stage, which the sidebar then marks as current', async () => {
    const sidebar = page.getByRole('navigation', { name: 'Playbook navigation' });
    await sidebar.getByRole('link', { name: firstStage.data.title, exact: true }).click();
    await page.waitForURL(`**/playbooks/${firstStage.id}/`);
    expect(await heading()).toBe(firstStage.data.title);
    expect(await sidebar.getByRole('link', { name: firstStage.data.title, exact: true }).getAttribute('aria-current')).toBe('page');
  });

  it('goes on to the next stage', async () => {
    await page.getByRole('link', { name: new RegExp(`^Next stage\\s+2\\. ${secondStage.data.title}$`) }).click();
    await page.waitForURL(`**/playbooks/${secondStage.id}/`);
    expect(await heading()).toBe(secondStage.data.title);
    await saveScreenshot(page, 'stage-desktop', { fullPage: true });
  });

  it('uses the table of contents to jump to a section of the stage', async () => {
    const toc = page.getByRole('navigation', { name: 'On this page' });
    expect(await inViewport('#checklist')).toBe(false);
    await toc.getByRole('link', { name: 'Checklist', exact: true }).click();
    expect(new URL(page.url()).hash).toBe('#checklist');
    expect(await inViewport('#checklist')).toBe(true);

    const lastBodyHeading = bodyHeadings(secondStage.id).at(-1)!;
    await toc.getByRole('link', { name: lastBodyHeading, exact: true }).click();
    const target = decodeURIComponent(new URL(page.url()).hash);
    expect(await page.locator(target).innerText()).toBe(lastBodyHeading);
    expect(await inViewport(target)).toBe(true);
  });

  it('opens the page of the role that owns the stage, which links back to the stage', async () => {
    const ownerTitle = roleTitle(secondStage.data.owner);
    await page.locator('.role-list').getByRole('link', { name: ownerTitle, exact: true }).click();
    await page.waitForURL(`**/roles/${secondStage.data.owner}/`);
    expect(await heading()).toBe(ownerTitle);
    expect(await page.getByRole('main').getByRole('link', { name: new RegExp(secondStage.data.title) }).count()).toBeGreaterThan(0);
  });

  it('lands on the 404 page at an unknown address and finds the way home', async () => {
    const response = await page.goto(site.url('/playbooks/no-such-stage/'));
    expect(response?.status()).toBe(404);
    expect(await heading()).toBe('Page not found');
    await page.getByRole('link', { name: 'The playbook home page' }).click();
    await page.waitForURL(site.url('/'));
    expect(path()).toBe('/');
  });
});
