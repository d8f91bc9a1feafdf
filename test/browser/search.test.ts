import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleContent } from '../helpers/example-content.ts';
import { pageKinds } from '../../src/lib/pages/catalogue.ts';
import { openSite, type SiteUnderTest } from '../helpers/site-under-test.ts';
import { exampleSiteDir } from '../helpers/example-site.ts';
import { recordSearchRenders, renderCount, waitForResults } from '../helpers/search-renders.ts';
import { auditAccessibility } from '../helpers/axe.ts';
import { formatAccessibilityProblem } from '../quality/axe-report.ts';

/** "accountable" must find the pages that say who is accountable: the RACI matrices. */
const accountableMustFind: { type: string; path?: string } = { type: 'RACI matrix' };

/**
 * What the audits with results showing check: search changes nothing outside its elements, and
 * every-page.test.ts audits each page whole in both colour schemes.
 */
const searchElements = ['site-search'];

// Expected pages come from the content files as the checker reads them, not from the site code.
const content = exampleContent;

/** The RAID log pages search files under a stage: the site's log and each plan's, when an item belongs to it. */
function raidLogsOfStage(stageId: string): string[] {
  const items = [...content.risks, ...content.issues, ...content.assumptions, ...content.dependencies].filter((item) => item.data.belongsTo.stage === stageId);
  if (items.length === 0) return [];
  return ['/raid/', ...new Set(items.flatMap((item) => (item.data.belongsTo.plan ? [`/raid/${item.data.belongsTo.plan}/`] : [])))];
}
const governanceStage = '/playbooks/pmo-setup/establish-governance/';

/** The site, whose pages' <site-search> elements log every rendered result set to window.searchRenders. */
let site: SiteUnderTest;

beforeAll(async () => {
  site = await openSite(await exampleSiteDir(), { prepareContext: recordSearchRenders });
});

afterAll(async () => {
  await site?.close();
});

async function openPage(path: string): Promise<Page> {
  const page = await site.pages.page();
  await page.goto(site.url(path));
  return page;
}

/** Types a query into the search page's box and waits for its results. */
async function searchPageFor(page: Page, query: string): Promise<number> {
  const before = await renderCount(page);
  await page.locator('#search-page-input').fill(query);
  return waitForResults(page, query, before);
}

const resultLinks = (page: Page) => page.locator('[data-search-results] .search-result__title').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));

describe('search page', () => {
  it('finds the pages that say who is accountable, with title, type, stage and the match highlighted', async () => {
    const page = await openPage('/search/');
    const count = await searchPageFor(page, 'accountable');
    expect(count).toBeGreaterThan(0);
    const results = await page.locator('[data-search-results] .search-result').evaluateAll((items) =>
      items.map((item) => ({
        path: new URL(item.querySelector('a')!.href).pathname,
        title: item.querySelector('.search-result__title')!.textContent,
        context: item.querySelector('.search-result__context')!.textContent!,
        marks: [...item.querySelectorAll('mark')].map((mark) => mark.textContent!.toLowerCase()),
      })),
    );
    const expected = results.filter((result) => result.context.startsWith(accountableMustFind.type) && (!accountableMustFind.path || result.path === accountableMustFind.path));
    expect(expected.length, JSON.stringify(results, null, 1)).toBeGreaterThan(0);
    const matrixTitles = new Map(content.raci.map((matrix) => [`/governance/raci/${matrix.id}/`, matrix.data.title]));
    expect(matrixTitles.get(expected[0].path)).toBe(expected[0].title);
    // A matrix that spans several stages names no single stage.
    expect(expected[0].context).toMatch(/^RACI matrix( · |$)/);
    expect(expected[0].marks.some((mark) => mark.startsWith('accountable'))).toBe(true);
    await expect.poll(() => page.locator('.search-status').textContent()).toBe(`${count} results for “accountable”.`);
  });

  it('narrows results to one stage with the stage filter, and shows the counts per value', async () => {
    const page = await openPage('/search/');
    const all = await searchPageFor(page, 'risk');
    // Results come ten at a time.
    expect(all).toBeGreaterThan(10);
    expect(await resultLinks(page)).toHaveLength(10);
    await page.locator('[data-search-more]').click();
    await expect.poll(() => resultLinks(page).then((links) => links.length)).toBe(Math.min(all, 20));
    const eleventh = (await resultLinks(page))[10];
    expect(await page.evaluate(() => document.activeElement instanceof HTMLAnchorElement && new URL(document.activeElement.href).pathname)).toBe(eleventh);
    const option = page.locator('#search-filter-stage option', { hasText: '3. Establish governance' });
    const before = await renderCount(page);
    await page.locator('#search-filter-stage').selectOption({ label: (await option.textContent())! });
    const narrowed = await waitForResults(page, 'risk', before);
    // Show every narrowed result, ten at a time, so the paths below are all of them.
    while (await page.locator('[data-search-more]').isVisible()) {
      const shown = (await resultLinks(page)).length;
      await page.locator('[data-search-more]').click();
      await expect.poll(() => resultLinks(page).then((links) => links.length)).toBeGreaterThan(shown);
    }
    const narrowedPaths = await resultLinks(page);
    expect(narrowedPaths.length).toBe(narrowed);
    expect(narrowed).toBeGreaterThan(0);
    expect(narrowed).toBeLessThan(all);
    expect(narrowedPaths).toContain(governanceStage);
    // Left: the stage page, the pages of roles that take part in it and its RACI matrices.
    const governance = content.stages.find((stage) => `/playbooks/${stage.id}/` === governanceStage)!;
    const governanceStageId = governanceStage.split('/').slice(2, 4).join('/');
    const concerned = [
      governanceStage,
      ...[governance.data.owner, ...governance.data.roles].map((roleId) => `/roles/${roleId}/`),
      // RACI matrices that belong to the stage are filed under it too.
      ...content.raci.filter((matrix) => matrix.data.stages.includes(governanceStageId)).map((matrix) => `/governance/raci/${matrix.id}/`),
      // So are the RAID logs holding items that belong to the stage: the site's and their plans'.
      ...raidLogsOfStage(governanceStageId),
      // Stage 8's lessons page is filed under every stage a lesson concerns, the maturity assessment under its model's stage.
      ...(content.lessons.some((lesson) => lesson.data.stages.includes(governanceStageId)) ? ['/improve/lessons/'] : []),
      ...(content.maturityModel.some((model) => model.data.stage === governanceStageId) ? ['/improve/maturity/'] : []),
    ];
    expect(narrowedPaths.filter((path) => !concerned.includes(path))).toEqual([]);
    expect(new URL(page.url()).searchParams.get('stage')).toBe('Setting up and running the PMO › 3. Establish governance');
    // The count beside a value says how many results ticking it gives, within the other filters.
    const count = (type: string) => page.locator(`[data-filter="type"] [data-value="${type}"]`).textContent();
    expect(await count('Stage')).toBe('(1)');
    const roles = Number((await count('Role'))!.slice(1, -1));
    expect(roles).toBe(narrowedPaths.filter((path) => path.startsWith('/roles/')).length);
    expect(roles).toBeGreaterThan(0);

    const beforeType = await renderCount(page);
    await page.locator('[data-filter="type"] input[value="Stage"]').check();
    expect(await waitForResults(page, 'risk', beforeType)).toBe(1);
    // Ticking a type keeps the other types' counts, so they can be added to the selection.
    expect(await count('Role')).toBe(`(${roles})`);
  });

  it('counts every filter value for a query before any filter is chosen', async () => {
    const page = await openPage('/search/');
    const count = await searchPageFor(page, 'sponsor');
    const counts = await page.locator('.search-filters__count').evaluateAll((spans) => spans.map((span) => [span.getAttribute('data-value'), Number(span.textContent!.slice(1, -1))] as const));
    const byValue = Object.fromEntries(counts);
    // Every result has exactly one type, one of the labels the page catalogue gives search, so the type counts add up to the results.
    const typeLabels = new Set(Object.values(pageKinds).flatMap((kind) => ('search' in kind && kind.search ? [kind.search.label] : [])));
    const types = [...typeLabels].map((type) => byValue[type] ?? 0);
    expect(types.reduce((sum, value) => sum + value, 0)).toBe(count);
    for (const playbook of content.playbooks) expect(byValue[playbook.data.title], playbook.id).toBeGreaterThan(0);
    const roleOption = await page.locator('#search-filter-role option', { hasText: 'Executive Sponsor' }).textContent();
    expect(roleOption).toMatch(/^Executive Sponsor \([1-9]\d*\)$/);
  });

  it('restores a search from its URL, so results can be shared and reopened', async () => {
    const page = await openPage('/search/?q=sponsor&type=Role');
    await waitForResults(page, 'sponsor', 0);
    await expect.poll(() => page.locator('#search-page-input').inputValue()).toBe('sponsor');
    expect(await page.locator('[data-filter="type"] input[value="Role"]').isChecked()).toBe(true);
    const paths = await resultLinks(page);
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.every((path) => path.startsWith('/roles/'))).toBe(true);
    expect(await page.locator('[data-search-index]').isHidden()).toBe(true);
  });

  it('indexes checklist items and keeps a term apart from its description', async () => {
    const page = await openPage('/search/');
    const governance = content.stages.find((stage) => stage.id === 'pmo-setup/establish-governance')!;
    const item = governance.data.checklist.at(-1)!.text;
    await searchPageFor(page, item);
    expect(await resultLinks(page)).toContain(governanceStage);

    await searchPageFor(page, 'time commitment');
    const excerpts = await page.locator('[data-search-results] .search-result__excerpt').allTextContents();
    expect(excerpts.some((excerpt) => /commitment \S/.test(excerpt))).toBe(true);
    expect(excerpts.filter((excerpt) => /commitment[A-Z]/.test(excerpt))).toEqual([]);
  });

  it('finds a role page first by the role name', async () => {
    const page = await openPage('/search/');
    await searchPageFor(page, 'PMO Analyst');
    expect((await resultLinks(page))[0]).toBe('/roles/pmo-analyst/');
  });

  it('passes axe with results and filters shown', async () => {
    const page = await openPage('/search/');
    await searchPageFor(page, 'governance');
    expect((await auditAccessibility(page, '/search/ [results and filters]', { within: searchElements })).map(formatAccessibilityProblem)).toEqual([]);
  });
});

describe('search box in the header', () => {
  it('finds a role page first by the role name and opens it with Enter', async () => {
    const page = await openPage('/');
    const before = await renderCount(page);
    await page.locator('#site-search-input').fill('PMO Analyst');
    await waitForResults(page, 'PMO Analyst', before);
    const first = page.locator('#site-search-results [role="option"]').first();
    expect(await first.locator('.search-result__title').textContent()).toBe('PMO Analyst');
    expect(await first.locator('.search-result__context').textContent()).toBe('Role');
    await page.keyboard.press('ArrowDown');
    await Promise.all([page.waitForURL(`${site.server.origin}/roles/pmo-analyst/`), page.keyboard.press('Enter')]);
  });

  it('works with the keyboard alone: / and Ctrl+K focus it, arrows move, Escape closes, Enter opens', async () => {
    const page = await openPage('/roles/');
    const input = page.locator('#site-search-input');
    await page.keyboard.press('/');
    expect(await input.evaluate((element) => element === document.activeElement)).toBe(true);
    const before = await renderCount(page);
    await page.keyboard.type('governance');
    await waitForResults(page, 'governance', before);
    expect(await input.getAttribute('aria-expanded')).toBe('true');
    const options = page.locator('#site-search-results [role="option"]');
    expect(await options.count()).toBeGreaterThan(1);

    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const second = await options.nth(1).getAttribute('id');
    expect(await input.getAttribute('aria-activedescendant')).toBe(second);
    expect(await options.nth(1).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('ArrowUp');
    expect(await input.getAttribute('aria-activedescendant')).toBe(await options.first().getAttribute('id'));

    await page.keyboard.press('Escape');
    expect(await input.getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('[data-search-panel]').isHidden()).toBe(true);
    expect(await input.getAttribute('aria-activedescendant')).toBeNull();

    await page.keyboard.press('ArrowDown');
    expect(await input.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('ArrowDown');
    const firstTitle = await options.first().locator('.search-result__title').textContent();
    await Promise.all([page.waitForURL((url) => url.pathname !== '/roles/'), page.keyboard.press('Enter')]);
    expect(await page.locator('h1').textContent()).toBe(firstTitle);

    // Ctrl+K focuses search even from inside another field, where "/" is just typed.
    await page.goto(`${site.server.origin}${governanceStage}`);
    await page.locator('.checklist input[type="checkbox"]').first().focus();
    await page.keyboard.press('/');
    expect(await page.locator('#site-search-input').evaluate((element) => element === document.activeElement)).toBe(false);
    await page.keyboard.press('Control+k');
    expect(await page.locator('#site-search-input').evaluate((element) => element === document.activeElement)).toBe(true);
  });

  it('lets the search page results be walked with the arrow keys and opened with Enter', async () => {
    const page = await openPage('/search/');
    await page.keyboard.press('/');
    expect(await page.locator('#search-page-input').evaluate((element) => element === document.activeElement)).toBe(true);
    const before = await renderCount(page);
    await page.keyboard.type('checklist');
    await waitForResults(page, 'checklist', before);
    const links = await resultLinks(page);
    expect(links.length).toBeGreaterThan(2);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const focused = () => page.evaluate(() => (document.activeElement instanceof HTMLAnchorElement ? new URL(document.activeElement.href).pathname : document.activeElement?.id));
    expect(await focused()).toBe(links[1]);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await focused()).toBe('search-page-input');
    await page.keyboard.press('ArrowDown');
    await Promise.all([page.waitForURL(`${site.server.origin}${links[0]}`), page.keyboard.press('Enter')]);
  });

  it('passes axe with the results popup open', async () => {
    const page = await openPage(governanceStage);
    await page.locator('#site-search-input').fill('sponsor');
    await waitForResults(page, 'sponsor', 0);
    await page.keyboard.press('ArrowDown');
    expect((await auditAccessibility(page, `${governanceStage} [results popup]`, { within: searchElements })).map(formatAccessibilityProblem)).toEqual([]);
  });
});

describe('loading', () => {
  it('requests nothing from Pagefind on a normal page load, and loads it when the search box gets focus', async () => {
    // A context of its own, so that nothing is in its cache and every request shows.
    const context = await site.browser.newContext();
    const requests: string[] = [];
    context.on('request', (request) => requests.push(new URL(request.url()).pathname));
    const page = await context.newPage();
    await page.goto(site.url(governanceStage));
    await page.waitForLoadState('networkidle');
    await page.goto(`${site.server.origin}/`, { waitUntil: 'networkidle' });
    expect(requests.filter((path) => path.includes('pagefind'))).toEqual([]);
    expect(requests).toContain('/');

    await Promise.all([page.waitForRequest((request) => request.url().endsWith('/pagefind/pagefind.js')), page.keyboard.press('/')]);
    await context.close();
  });
});

describe('without JavaScript', () => {
  it('submits the header box to the search page, which lists every page grouped by type', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.origin}/roles/`);
    await page.locator('#site-search-input').fill('risk');
    await Promise.all([page.waitForURL(`${site.server.origin}/search/?q=risk`), page.locator('.header-search button').click()]);
    const headings = await page.locator('.search-index h3').allTextContents();
    const groups = ['Playbooks', 'Stages', 'Roles', 'Objectives', 'Scope', 'Governance: forums and escalation', 'RACI matrices'];
    expect(headings.filter((heading) => groups.includes(heading))).toEqual(groups);
    const links = await page.locator('.search-index li a').evaluateAll((anchors) => anchors.map((anchor) => new URL((anchor as HTMLAnchorElement).href).pathname));
    const expected = [
      ...content.playbooks.map((playbook) => `/playbooks/${playbook.id}/`),
      ...content.stages.map((stage) => `/playbooks/${stage.id}/`),
      ...content.roles.map((role) => `/roles/${role.id}/`),
      '/objectives/',
      '/scope/',
      '/governance/',
      ...content.raci.map((matrix) => `/governance/raci/${matrix.id}/`),
    ];
    for (const path of expected) expect(links).toContain(path);
    expect(new Set(links).size).toBe(links.length);
    expect(await page.locator('.search-form').isHidden()).toBe(true);
    await context.close();
  });
});
