import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { type AccessibilityProblem, accessibilityProblems, wcagTags } from '../quality/axe-report.ts';

/**
 * Runs axe-core's WCAG 2.2 A and AA rules (and any `extraTags`, such as 'best-practice') on the
 * page as it is now. The page must come from `browser.newContext()`: @axe-core/playwright cannot
 * use pages from `browser.newPage()`.
 */
export async function auditAccessibility(page: Page, label: string, extraTags: string[] = []): Promise<AccessibilityProblem[]> {
  const results = await new AxeBuilder({ page })
    // Every rule still runs; only violations are described in full. Describing every passing
    // element too (a selector and markup for each) was most of an audit's time on long pages.
    .options({ resultTypes: ['violations'] })
    .withTags([...wcagTags, ...extraTags])
    // Legacy mode runs axe.run() inside the page. The default injects axe into every frame and
    // finishes in a new blank page, which takes two to three times as long per audit and only
    // matters for cross-origin frames, which the site never has.
    .setLegacyMode(true)
    .analyze();
  return accessibilityProblems(label, results.violations);
}
