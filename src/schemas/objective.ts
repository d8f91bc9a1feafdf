import { z } from 'zod';
import { isoDate, roleRef, slugId, text } from './common.ts';
import { reviewSchema } from './review.ts';

/** One way of telling whether an objective has been met. */
export const measureSchema = z
  .object({
    name: text.describe('What is measured, for example "Projects with an approved business case"'),
    baseline: text.describe('Where it stands today, with its unit, for example "40%"'),
    target: text.describe('Where it must be by the date, with its unit, for example "95%"'),
    by: isoDate.describe('Date by which the target is to be met (YYYY-MM-DD); must equal the targetDate of its KPI'),
    metric: slugId.optional().describe('Id of the KPI in content/metrics/ that tracks this measure; it must also be listed in the objective\'s metrics'),
  })
  .strict();

/** content/objectives/<id>.yaml: a PMO objective set in stage 1. */
export const objectiveSchema = z
  .object({
    id: slugId.describe('Unique id; must equal the file name without .yaml'),
    title: text.describe('Short name of the objective'),
    statement: text.describe('The objective as one sentence that says what will change'),
    problem: text.describe('The business problem this objective solves'),
    strategicGoal: text.describe('The organizational strategic goal it supports'),
    benefits: z.array(text).min(1, { error: 'needs at least one expected benefit' }).describe('Expected benefits'),
    measures: z.array(measureSchema).min(1, { error: 'needs at least one measure' }).describe('How success is measured'),
    metrics: z.array(slugId).optional().describe('Ids of the KPIs in content/metrics/ that track this objective'),
    owner: roleRef.describe('Role accountable for the objective'),
    priority: z.int().min(1).max(9).describe('1 is the highest priority; used to order objectives'),
    review: reviewSchema,
  })
  .strict();

export type Objective = z.infer<typeof objectiveSchema>;
