import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { type AccessibilityProblem, accessibilityProblems, wcagTags } from '../quality/axe-report.ts';

/**
 * Runs axe-core's WCAG 2.2 A and AA rules on the page as it is now. The page must come from
 * `browser.newContext()`: @axe-core/playwright cannot use pages from `browser.newPage()`.
 */
export async function auditAccessibility(page: Page, label: string): Promise<AccessibilityProblem[]> {
  // Legacy mode runs axe.run() inside the page. The default injects axe into every frame and
  // finishes in a new blank page, which takes two to three times as long per audit and only
  // matters for cross-origin frames, which the site never has.
  const results = await new AxeBuilder({ page }).withTags(wcagTags).setLegacyMode(true).analyze();
  return accessibilityProblems(label, results.violations);
}
