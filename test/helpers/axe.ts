import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { type AccessibilityProblem, type AxeViolation, accessibilityProblems, wcagTags } from '../quality/axe-report.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe-core's WCAG 2.2 A and AA rules (and any `extraTags`, such as 'best-practice') on the
 * page as it is now. axe is put into the page and run there directly: the site has no frames, so
 * the per-frame injection and result merging of @axe-core/playwright only added time (about a
 * quarter of each audit).
 */
export async function auditAccessibility(page: Page, label: string, extraTags: string[] = []): Promise<AccessibilityProblem[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async (tags) => {
    const { axe } = window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> } };
    // Every rule still runs; only violations are described in full. Describing every passing
    // element too (a selector and markup for each) was most of an audit's time on long pages.
    const results = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return results.violations.map(({ id, impact, help, nodes }) => ({
      id,
      impact,
      help,
      nodes: nodes.map(({ target, html, failureSummary }) => ({ target, html, failureSummary })),
    }));
  }, [...wcagTags, ...extraTags]);
  return accessibilityProblems(label, violations);
}
