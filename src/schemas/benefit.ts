import { z } from 'zod';
import { isoDate, roleRef, slugId, text } from './common.ts';
import { reviewSchema } from './review.ts';

export const benefitStatuses = ['planned', 'on-track', 'at-risk', 'realised', 'closed'] as const;

const value = z.number({ error: 'must be a number in the unit, for example 75' });

/** A dated value of the measure: a point of the expected profile, or a value actually realised. */
export const benefitPointSchema = z
  .object({
    date: isoDate.describe('Date of the value (YYYY-MM-DD)'),
    value: value.describe('Value of the measure on that date, in the unit'),
    note: text.optional().describe('Where the value comes from or what explains it'),
  })
  .strict();

/** content/benefits/<id>.yaml: one benefit in the benefits register. */
export const benefitSchema = z
  .object({
    id: slugId.describe('Unique id; must equal the file name without .yaml'),
    title: text.describe('The benefit as a short outcome, for example "Faster investment decisions"'),
    description: text.describe('What changes for whom, and why the investment causes it'),
    objective: slugId.describe('Id of the objective in content/objectives/ this benefit serves'),
    plan: slugId.optional().describe('Id of the plan in content/plans/ whose work delivers it'),
    owner: roleRef.describe('Role accountable for realising the benefit in the business'),
    measure: text.describe('What is measured, precisely enough for two people to get the same number'),
    unit: text.describe('Unit of every value: "%" or a word such as "weeks", "people", "thousand pounds a year"'),
    baseline: value.describe('Value before the change, in the unit'),
    target: value.describe('Value to reach at the end of the expected profile, in the unit'),
    expected: z
      .array(benefitPointSchema)
      .min(1, { error: 'needs at least one expected value with its date' })
      .describe('Expected profile: the value expected by each date, in date order; the first date is when realisation is expected to start, the last when it should be complete'),
    realised: z.array(benefitPointSchema).default([]).describe('Values actually measured, in date order; add one at each review'),
    disBenefits: z.array(text).default([]).describe('Negative consequences someone will feel, and who, so they are tracked too'),
    status: z.enum(benefitStatuses).describe('planned (not started), on-track, at-risk, realised (target met) or closed (no longer tracked)'),
    review: reviewSchema,
  })
  .strict();

export type Benefit = z.infer<typeof benefitSchema>;
export type BenefitStatus = (typeof benefitStatuses)[number];
