import type { BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleContent } from '../helpers/example-content.ts';
import { downloadedText } from '../helpers/browser.ts';
import { openSite, type SiteUnderTest } from '../helpers/site-under-test.ts';
import { exampleSiteDir } from '../helpers/example-site.ts';
import { auditAccessibility } from '../helpers/axe.ts';
import { formatAccessibilityProblem } from '../quality/axe-report.ts';

// Items and counts come from the content files, not from the site code under test.
const content = exampleContent;
const stage = content.stages.find((candidate) => candidate.id === 'pmo-setup/establish-governance')!;
const items = stage.data.checklist;
const required = items.filter((item) => item.required);
const optional = items.filter((item) => !item.required);
const stagePath = '/playbooks/pmo-setup/establish-governance/';
const storageKey = `pmo-playbook:checklist:${stagePath}`;

let site: SiteUnderTest;

beforeAll(async () => {
  site = await openSite(await exampleSiteDir());
});

afterAll(async () => {
  await site?.close();
});

/** The site's page for `options`, its stored ticks cleared: every test starts with none. */
const freshPage = (options: BrowserContextOptions = {}): Promise<Page> => site.pages.page(options);

const box = (page: Page, text: string) => page.getByRole('checkbox', { name: text });
const progress = (page: Page) => page.locator('[data-progress]').textContent();
const stored = (page: Page) => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), storageKey);

/** Minimal RFC 4180 reader for checking the CSV export. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const character = text[i];
    if (quoted) {
      if (character === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (character === '"') quoted = false;
      else field += character;
    } else if (character === '"') quoted = true;
    else if (character === ',') row.push(field), (field = '');
    else if (character === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += character;
  }
  return rows;
}

describe('ticking a stage checklist', () => {
  it('shows progress with required items first, keeps ticks over a reload, and unticks all on reset', async () => {
    const page = await freshPage();
    await page.goto(`${site.server.origin}${stagePath}`);
    expect(await page.locator('[data-checklist-tools]').isVisible()).toBe(true);
    expect(await progress(page)).toBe(`0 of ${required.length} required items done, 0 of ${optional.length} optional`);

    await box(page, required[0].text).check();
    await box(page, required[2].text).check();
    await box(page, optional[0].text).check();
    expect(await progress(page)).toBe(`2 of ${required.length} required items done, 1 of ${optional.length} optional`);
    expect(Object.keys((await stored(page)).ticks).sort()).toEqual([required[0].id, required[2].id, optional[0].id].sort());

    await page.reload();
    expect(await box(page, required[0].text).isChecked()).toBe(true);
    expect(await box(page, required[1].text).isChecked()).toBe(false);
    expect(await box(page, required[2].text).isChecked()).toBe(true);
    expect(await box(page, optional[0].text).isChecked()).toBe(true);
    expect(await progress(page)).toBe(`2 of ${required.length} required items done, 1 of ${optional.length} optional`);

    await box(page, required[2].text).uncheck();
    expect(await progress(page)).toBe(`1 of ${required.length} required items done, 1 of ${optional.length} optional`);

    page.once('dialog', (dialog) => dialog.accept());
    await page.getByRole('button', { name: 'Untick all' }).click();
    expect(await page.locator('input[type=checkbox]:checked').count()).toBe(0);
    expect(await progress(page)).toBe(`0 of ${required.length} required items done, 0 of ${optional.length} optional`);
    expect(await stored(page)).toBeNull();
    await page.reload();
    expect(await page.locator('input[type=checkbox]:checked').count()).toBe(0);
  });

  it('keeps ticks when the reader declines the reset', async () => {
    const page = await freshPage();
    await page.goto(`${site.server.origin}${stagePath}`);
    await box(page, required[0].text).check();
    page.once('dialog', (dialog) => dialog.dismiss());
    await page.getByRole('button', { name: 'Untick all' }).click();
    expect(await box(page, required[0].text).isChecked()).toBe(true);
  });

  it('gives the next test its page with no ticks stored and no dialog handler left, as a new browser profile would', async () => {
    const page = await freshPage();
    await page.goto(`${site.server.origin}${stagePath}`);
    await box(page, required[0].text).check();
    page.once('dialog', (dialog) => dialog.accept());
    const next = await freshPage();
    await next.goto(`${site.server.origin}${stagePath}`);
    expect(await stored(next)).toBeNull();
    expect(await box(next, required[0].text).isChecked()).toBe(false);
    // With no handler, Playwright dismisses the reset's confirm dialog, so the tick stays.
    await box(next, required[0].text).check();
    await next.getByRole('button', { name: 'Untick all' }).click();
    expect(await box(next, required[0].text).isChecked()).toBe(true);
  });

  it('says when every required item is done', async () => {
    const page = await freshPage();
    await page.goto(`${site.server.origin}${stagePath}`);
    for (const item of required) await box(page, item.text).check();
    expect(await progress(page)).toBe(`${required.length} of ${required.length} required items done, 0 of ${optional.length} optional (all required items done)`);
  });

  it('shows an item reworded since it was ticked as unticked with a note, and forgets ids that no longer exist', async () => {
    const page = await freshPage();
    await page.goto(`${site.server.origin}${stagePath}`);
    await box(page, required[0].text).check();
    // A tick stored before required[1] was reworded, and one for an item since removed from the stage.
    await page.evaluate(
      ([key, rewordedId]) => {
        const ticks = JSON.parse(localStorage.getItem(key)!);
        ticks.ticks[rewordedId] = { fingerprint: '0badf00d', at: '2026-11-03T10:00:00.000Z' };
        ticks.ticks['map-decisions-old-id'] = { fingerprint: '12345678', at: '2026-11-01T10:00:00.000Z' };
        localStorage.setItem(key, JSON.stringify(ticks));
      },
      [storageKey, required[1].id],
    );
    await page.reload();

    expect(await box(page, required[0].text).isChecked()).toBe(true);
    expect(await box(page, required[1].text).isChecked()).toBe(false);
    const note = page.locator(`#item-${required[1].id} .checklist__note`);
    expect(await note.isVisible()).toBe(true);
    expect(await note.textContent()).toBe('Reworded since you ticked it on 3 Nov 2026: check it again.');
    expect(await page.locator('.checklist__note:visible').count()).toBe(1);
    expect(await progress(page)).toBe(`1 of ${required.length} required items done, 0 of ${optional.length} optional`);
    expect(Object.keys((await stored(page)).ticks).sort()).toEqual([required[0].id, required[1].id].sort());

    await box(page, required[1].text).check();
    expect(await note.isVisible()).toBe(false);
    expect(await progress(page)).toBe(`2 of ${required.length} required items done, 0 of ${optional.length} optional`);
    expect((await stored(page)).ticks[required[1].id].fingerprint).not.toBe('0badf00d');
  });

  it('shows progress per stage on the playbook overview from the same stored ticks', async () => {
    const page = await freshPage();
    await page.goto(`${site.server.origin}${stagePath}`);
    await box(page, required[0].text).check();
    await box(page, optional[1].text).check();
    await page.goto(`${site.server.origin}/playbooks/pmo-setup/`);
    expect(await page.locator('[data-progress-for="establish-governance"]').textContent()).toBe(
      `Your progress: 1 of ${required.length} required items done, 1 of ${optional.length} optional.`,
    );
    expect(await page.locator('[data-progress-for="define-objectives"]').textContent()).toBe('Your progress: not started.');
    expect(await page.locator('.stage-progress:visible').count()).toBe(content.stages.filter((entry) => entry.id.startsWith('pmo-setup/')).length);
  });
});

describe('exporting a stage checklist with the reader’s ticks', () => {
  it('copies and downloads a Markdown task list', async () => {
    const page = await freshPage({ permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(`${site.server.origin}${stagePath}`);
    await box(page, required[0].text).check();
    await page.getByRole('button', { name: 'Copy as Markdown' }).click();
    await page.getByText('Copied the checklist as a Markdown task list.').waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain(`### Checklist: ${stage.data.title}`);
    expect(copied).toContain(`- [x] ${required[0].text}\n`);
    expect(copied).toContain(`- [ ] ${required[1].text}\n`);
    expect(copied).toContain(`- [ ] ${optional[0].text} (optional)\n`);
    expect(copied).toContain(`Exported from ${site.server.origin}${stagePath} on `);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download Markdown' }).click()]);
    expect(download.suggestedFilename()).toBe('pmo-setup-establish-governance-checklist.md');
    expect(await downloadedText(download)).toBe(copied);
  });

  it('downloads CSV with one row per item and the ticks', async () => {
    const page = await freshPage();
    await page.goto(`${site.server.origin}${stagePath}`);
    const ticked = items.find((item) => item.text.includes(','))!;
    await box(page, ticked.text).check();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('pmo-setup-establish-governance-checklist.csv');
    const text = await downloadedText(download);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = parseCsv(text.slice(1));
    expect(header).toEqual(['Playbook', 'Stage', 'Group', 'Item id', 'Item', 'Required', 'Owner', 'Evidence', 'Done', 'Ticked at', 'Key questions']);
    expect(rows.map((row) => row[3]).sort()).toEqual(items.map((item) => item.id).sort());
    const row = rows.find((candidate) => candidate[3] === ticked.id)!;
    expect(row.slice(4, 6)).toEqual([ticked.text, ticked.required ? 'required' : 'optional']);
    expect(row[7]).toBe(ticked.evidence);
    expect(row[8]).toBe('yes');
    expect(row[9]).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(rows.filter((candidate) => candidate[8] === 'yes')).toHaveLength(1);
  });
});

describe('without JavaScript', () => {
  it('is a plain list of tick boxes, with no tools and no overview progress', async () => {
    const page = await freshPage({ javaScriptEnabled: false });
    await page.goto(`${site.server.origin}${stagePath}`);
    expect(await page.locator('input[type=checkbox]').count()).toBe(items.length);
    expect(await page.locator('[data-checklist-tools]').isVisible()).toBe(false);
    await box(page, required[0].text).check();
    expect(await box(page, required[0].text).isChecked()).toBe(true);
    await page.goto(`${site.server.origin}/playbooks/pmo-setup/`);
    const displays = await page.locator('.stage-progress').evaluateAll((elements) => elements.map((element) => getComputedStyle(element).display));
    expect(displays).toEqual(Array(content.stages.filter((entry) => entry.id.startsWith('pmo-setup/')).length).fill('none'));
  });
});

// every-page.test.ts audits each page whole, with no ticks stored. Ticks change only what the
// checklist and progress elements show (the printable sheet and booklets run no script), so
// those elements are what is audited again here, with ticks.
describe('accessibility of the checklist pages', () => {
  const ticked = [
    { path: stagePath, within: ['stage-checklist'] },
    { path: '/playbooks/pmo-setup/', within: ['playbook-progress'] },
  ];

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe violations in ${colorScheme} mode, with ticks, a reworded note and progress showing`, { timeout: 120_000 }, async () => {
      const page = await freshPage({ colorScheme });
      await page.goto(`${site.server.origin}${stagePath}`);
      await box(page, required[0].text).check();
      await page.evaluate(
        ([key, id]) => {
          const ticks = JSON.parse(localStorage.getItem(key)!);
          ticks.ticks[id] = { fingerprint: '0badf00d', at: '2026-11-03T10:00:00.000Z' };
          localStorage.setItem(key, JSON.stringify(ticks));
        },
        [storageKey, required[1].id],
      );
      for (const { path, within } of ticked) {
        await page.goto(`${site.server.origin}${path}`);
        expect((await auditAccessibility(page, `${path} [${colorScheme}, ticks]`, { within })).map(formatAccessibilityProblem)).toEqual([]);
      }
    });
  }
});
