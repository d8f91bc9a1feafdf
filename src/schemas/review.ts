import { z } from 'zod';
import { isoDate, roleRef } from './common.ts';

/** How often a page must be reviewed; the next review date is computed from it. */
export const reviewEveryMonths = z
  .int({ error: 'must be a whole number of months' })
  .min(1, { error: 'must be at least 1 month' })
  .max(24, { error: 'must be at most 24 months: a page nobody looks at for two years is stale' })
  .describe('How often the page must be reviewed, in months (1 to 24); the next review date is computed from lastReviewed');

/** Date of the last review; the checker also refuses dates in the future. */
export const lastReviewed = isoDate.describe('Date the page was last reviewed by its owner (YYYY-MM-DD)');

/**
 * `review:` block of a YAML file that becomes a page (roles, objectives, scope, playbooks):
 * who keeps the page current, when it was last reviewed and how often it must be.
 */
export const reviewSchema = z
  .object({
    owner: roleRef.describe('Role that keeps this page current and reviews it'),
    lastReviewed,
    reviewEveryMonths,
  })
  .strict()
  .describe('Who keeps this page current and when it is next due for review');

export type Review = z.infer<typeof reviewSchema>;
