import type { BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleContent } from '../helpers/example-content.ts';
import { formatAccessibilityProblem } from '../quality/axe-report.ts';
import { auditAccessibility } from '../helpers/axe.ts';
import { downloadedText } from '../helpers/browser.ts';
import { openSite, type SiteUnderTest } from '../helpers/site-under-test.ts';
import { exampleSiteDir } from '../helpers/example-site.ts';

// Statements and levels come from the content file, not from the code under test.
const [model] = exampleContent.maturityModel;
const perspectives = model.data.perspectives;
const [first, second] = perspectives;
const statementCount = perspectives.reduce((sum, perspective) => sum + perspective.levels.reduce((count, level) => count + level.statements.length, 0), 0);
const pagePath = '/improve/maturity/';
const storageKey = `pmo-playbook:maturity:${pagePath}`;
/**
 * What the audits here check: the assessment is all that its script, or its absence, changes;
 * every-page.test.ts audits the whole page in both colour schemes.
 */
const assessment = ['maturity-assessment'];

let site: SiteUnderTest;

beforeAll(async () => {
  site = await openSite(await exampleSiteDir());
});

afterAll(async () => {
  await site?.close();
});

/** The assessment in the site's page for `options`, its stored answers cleared: every test starts with none. */
async function freshPage(options: BrowserContextOptions = {}): Promise<Page> {
  const page = await site.pages.page(options);
  await page.goto(`${site.server.origin}${pagePath}`);
  return page;
}

/** The radio for a statement's answer, found the way a screen reader user would: by the question's name. */
const radio = (page: Page, statement: string, answer: 'Yes' | 'No') => page.getByRole('group', { name: statement, exact: true }).getByRole('radio', { name: answer });
const levelText = (page: Page, perspectiveId: string) => page.locator(`[data-score="${perspectiveId}"] [data-level]`).textContent();
const announced = (page: Page) => page.locator('[data-announce]').textContent();

/** Answers yes to every statement of the first `levels` levels of a perspective. */
async function answerYes(page: Page, perspective: (typeof perspectives)[number], levels: number): Promise<void> {
  for (const level of perspective.levels.slice(0, levels)) {
    for (const statement of level.statements) await radio(page, statement.text, 'Yes').check();
  }
}

describe('the maturity self-assessment without JavaScript', () => {
  it('is a form of yes/no questions, one per statement, that can be filled in and cleared', async () => {
    const page = await freshPage({ javaScriptEnabled: false });
    const form = page.locator('form[data-form]');
    expect(await form.count()).toBe(1);
    expect(await form.getAttribute('action')).toBeNull();
    expect(await form.locator('fieldset').count()).toBe(statementCount);
    expect(await form.getByRole('radio').count()).toBe(statementCount * 2);
    expect(await page.locator('[data-results]').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Download CSV' }).isVisible()).toBe(false);

    const statement = first.levels[0].statements[0].text;
    await radio(page, statement, 'Yes').check();
    expect(await radio(page, statement, 'Yes').isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Clear all answers' }).click();
    expect(await radio(page, statement, 'Yes').isChecked()).toBe(false);
  });

  it('has no accessibility violations', async () => {
    // axe itself needs JavaScript, so the page runs with only the assessment's script blocked.
    // Its own context, since the route that blocks the script stays with the context.
    const context = await site.browser.newContext();
    try {
      await context.route(/\/_astro\/MaturityAssessment[^/]*\.js$/, (route) => route.abort());
      const page = await context.newPage();
      await page.goto(`${site.server.origin}${pagePath}`);
      expect(await page.locator('[data-results]').isVisible()).toBe(false);
      const problems = (await auditAccessibility(page, `${pagePath} [no JavaScript]`, { within: assessment })).map(formatAccessibilityProblem);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  }, 60_000);
});

describe('the maturity self-assessment with JavaScript', () => {
  it('scores each perspective as it is answered, lists the gap and keeps the answers over a reload', async () => {
    const page = await freshPage();
    expect(await page.locator('[data-results]').isVisible()).toBe(true);
    expect(await levelText(page, first.id)).toContain('Below level 1');

    await answerYes(page, first, 2);
    const answered = first.levels[0].statements.length + first.levels[1].statements.length;
    const total = first.levels.reduce((count, level) => count + level.statements.length, 0);
    expect(await levelText(page, first.id)).toBe(`Level 2, ${first.levels[1].name} (${answered} of ${total} answered)`);
    expect(await announced(page)).toBe(`${first.title}: Level 2, ${first.levels[1].name}. ${answered} of ${total} statements answered.`);
    const gap = page.locator(`[data-score="${first.id}"] [data-gap]`);
    expect(await gap.locator('summary').textContent()).toBe(`To reach level 3, ${first.levels[2].name}: ${first.levels[2].statements.length} to go`);
    expect(await gap.locator('li a').allTextContents()).toEqual(first.levels[2].statements.map((statement) => statement.text));

    // A "no" at level 1 of the second perspective keeps it below level 1 even with level 2 all yes.
    await radio(page, second.levels[0].statements[0].text, 'No').check();
    await answerYes(page, { ...second, levels: [second.levels[1]] }, 1);
    expect(await levelText(page, second.id)).toContain('Below level 1');

    const stored = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)!), storageKey);
    expect(stored.version).toBe(1);
    expect(stored.answers[`${second.id}/${second.levels[0].statements[0].id}`]).toBe('no');

    await page.reload();
    expect(await radio(page, first.levels[1].statements[0].text, 'Yes').isChecked()).toBe(true);
    expect(await levelText(page, first.id)).toContain('Level 2');
  });

  it('downloads the answers as CSV and the result as Markdown', async () => {
    const page = await freshPage({ acceptDownloads: true });
    await answerYes(page, first, 1);
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
    expect(csv.suggestedFilename()).toMatch(/^maturity-assessment-\d{4}-\d{2}-\d{2}\.csv$/);
    const rows = (await downloadedText(csv)).replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(rows).toHaveLength(statementCount + 1);
    expect(rows[1]).toBe(`${first.title},1,${first.levels[0].name},${first.levels[0].statements[0].id},${first.levels[0].statements[0].text},yes,1`);

    const [markdown] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download Markdown' }).click()]);
    const text = await downloadedText(markdown);
    expect(text).toContain(`| ${first.title} | Level 1, ${first.levels[0].name} |`);
    expect(text).toContain(`- [ ] ${first.levels[1].statements[0].text}`);
  });

  it('clears every answer on reset after asking, and keeps them when the reader cancels', async () => {
    const page = await freshPage();
    await answerYes(page, first, 1);
    page.once('dialog', (dialog) => dialog.dismiss());
    await page.getByRole('button', { name: 'Clear all answers' }).click();
    expect(await radio(page, first.levels[0].statements[0].text, 'Yes').isChecked()).toBe(true);

    page.once('dialog', (dialog) => dialog.accept());
    await page.getByRole('button', { name: 'Clear all answers' }).click();
    expect(await radio(page, first.levels[0].statements[0].text, 'Yes').isChecked()).toBe(false);
    expect(await levelText(page, first.id)).toContain('Below level 1');
    expect(await announced(page)).toBe('All answers cleared.');
    expect(await page.evaluate((key) => localStorage.getItem(key), storageKey)).toBeNull();
  });

  it('can be answered with the keyboard alone', async () => {
    const page = await freshPage();
    await radio(page, first.levels[0].statements[0].text, 'Yes').focus();
    await page.keyboard.press('Space');
    expect(await radio(page, first.levels[0].statements[0].text, 'Yes').isChecked()).toBe(true);
    // Arrow keys move the choice within the question, as for any radio group.
    await page.keyboard.press('ArrowRight');
    expect(await radio(page, first.levels[0].statements[0].text, 'No').isChecked()).toBe(true);
    // Tab leaves the question for the next one.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe(`${first.id}/${first.levels[0].statements[1].id}`);
    expect(await announced(page)).toContain(`${first.title}: Below level 1. 1 of`);
  });

  it('has no accessibility violations with results and gaps showing, in both colour schemes', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await freshPage({ colorScheme });
      await answerYes(page, first, 1);
      await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
      const problems = (await auditAccessibility(page, `${pagePath} [JavaScript, ${colorScheme}]`, { within: assessment })).map(formatAccessibilityProblem);
      expect(problems).toEqual([]);
    }
  }, 120_000);

  it('prints the form without the results, tools or past assessments', async () => {
    const page = await freshPage();
    await answerYes(page, first, 1);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('[data-results]').isVisible()).toBe(false);
    expect(await page.locator('#past-assessments').isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Clear all answers' }).isVisible()).toBe(false);
    expect(await page.locator('form[data-form] fieldset').first().isVisible()).toBe(true);
    const pdf = await page.pdf();
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });
});
