import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';
import { type AccessibilityProblem, type AxeViolation, accessibilityProblems, wcagTags } from '../quality/axe-report.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AuditOptions {
  /** Tags run besides WCAG 2.2 A and AA, such as 'best-practice'. */
  extraTags?: string[];
  /**
   * CSS selectors of the parts to check, when only they differ from a page that another test
   * audits whole (what a script shows after the reader acts). Contrast is still measured against
   * whatever lies behind them. Omitted: the whole page.
   */
  within?: string[];
}

/**
 * Puts axe into every page `context` opens, as the page starts, for a context that audits each
 * page it loads. Chromium then adds the 500 KB script itself instead of receiving it from the
 * test with every page: on 60 pages axe's script cost Chromium 1.6–3.1 core-s this way against
 * 4.7–5.2 when sent to each page.
 */
export async function addAxeToEveryPage(context: BrowserContext): Promise<void> {
  await context.addInitScript(axeSource);
}

/**
 * Runs axe-core's WCAG 2.2 A and AA rules (and any extra tags) on the page as it is now. axe is
 * put into the page and run there directly: the site has no frames, so the per-frame injection
 * and result merging of @axe-core/playwright only added time (about a quarter of each audit).
 */
export async function auditAccessibility(page: Page, label: string, { extraTags = [], within }: AuditOptions = {}): Promise<AccessibilityProblem[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(
    async ({ tags, include }) => {
      const { axe } = window as unknown as { axe: { run(context: object, options: object): Promise<{ violations: AxeViolation[] }> } };
      // Every rule still runs; only violations are described in full. Describing every passing
      // element too (a selector and markup for each) was most of an audit's time on long pages.
      const results = await axe.run(include ? { include: include.map((selector) => [selector]) } : document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      return results.violations.map(({ id, impact, help, nodes }) => ({
        id,
        impact,
        help,
        nodes: nodes.map(({ target, html, failureSummary }) => ({ target, html, failureSummary })),
      }));
    },
    { tags: [...wcagTags, ...extraTags], include: within },
  );
  return accessibilityProblems(label, violations);
}
