import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type AccessibilityProblem, formatAccessibilityProblem } from '../quality/axe-report.ts';
import { auditAccessibility } from '../helpers/axe.ts';
import { projectRoot } from '../helpers/project.ts';
import { openSite, type SiteUnderTest } from '../helpers/site-under-test.ts';

let example: SiteUnderTest;

beforeAll(async () => {
  example = await openSite(inject('exampleSiteDir'));
});
afterAll(() => example?.close());

const desktop = { width: 1280, height: 800 };
const phone = { width: 360, height: 740 };

/**
 * Audits each page in one context of the given colour scheme and window size. With
 * `openDisclosures`, every <details> (the phone Menu, the folded contents list) is opened first,
 * since axe does not check what is hidden.
 */
async function auditPages(site: SiteUnderTest, paths: string[], colorScheme: 'light' | 'dark', viewport = desktop, openDisclosures = false): Promise<AccessibilityProblem[]> {
  const context = await site.browser.newContext({ colorScheme, viewport });
  const page = await context.newPage();
  const problems: AccessibilityProblem[] = [];
  try {
    for (const path of paths) {
      await page.goto(site.url(path));
      if (openDisclosures) await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
      problems.push(...(await auditAccessibility(page, `${path} [${colorScheme}, ${viewport.width} px]`)));
    }
  } finally {
    await context.close();
  }
  return problems;
}

// Each scheme is audited once, at a different window size, so that both layouts are covered
// too without a third and fourth pass: the phone layout has its own Menu, folded contents
// list and scrolling tables, and with its disclosures open it shows the navigation (the same
// components as the desktop sidebar and contents column) in the dark scheme.
describe('accessibility of every page (axe-core, WCAG 2.2 A and AA)', () => {
  const runs = [
    { colorScheme: 'light', viewport: desktop, openDisclosures: false, name: 'the light colour scheme on a desktop' },
    { colorScheme: 'dark', viewport: phone, openDisclosures: true, name: 'the dark colour scheme on a 360 px phone, Menu and contents open' },
  ] as const;
  for (const { colorScheme, viewport, openDisclosures, name } of runs) {
    it.concurrent(`has no violations in ${name}`, async () => {
      expect(example.pagePaths.length).toBeGreaterThan(20);
      const problems = (await auditPages(example, example.pagePaths, colorScheme, viewport, openDisclosures)).map(formatAccessibilityProblem);
      if (problems.length > 0) console.log(`axe found ${problems.length} violation(s) in ${name}:\n${problems.join('\n')}`);
      expect(problems).toEqual([]);
    }, 300_000);
  }
});

describe('the accessibility gate', () => {
  let fixtures: SiteUnderTest;
  beforeAll(async () => {
    fixtures = await openSite(join(projectRoot, 'test/fixtures/quality/accessibility'));
  });
  afterAll(() => fixtures?.close());

  it('fails a page with an image that has no text alternative, naming the element', async () => {
    const problems = await auditPages(fixtures, ['/missing-alt.html'], 'light');
    expect(problems.map((problem) => `${problem.rule} ${problem.element}`)).toEqual(['image-alt #route-map']);
  });

  it('fails text whose contrast is too low, in the scheme where it is too low', async () => {
    expect(await auditPages(fixtures, ['/low-contrast.html'], 'light')).toEqual([]);
    const problems = await auditPages(fixtures, ['/low-contrast.html'], 'dark');
    expect(problems.map((problem) => `${problem.rule} ${problem.element}`)).toEqual(['color-contrast #review-date']);
  });
});
