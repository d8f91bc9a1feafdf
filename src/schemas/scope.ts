import { z } from 'zod';
import { roleRef, slugId, text } from './common.ts';
import { intakeFormSchema } from './intake-form.ts';
import { reviewSchema } from './review.ts';
import { tierSchema } from './tier.ts';

export const workCategories = ['portfolio', 'programme', 'project', 'bau-change'] as const;
export const thresholdDimensions = ['budget', 'duration', 'headcount', 'risk', 'cross-functional-reach'] as const;

/** A kind of work and how the PMO treats it. */
export const workCategorySchema = z
  .object({
    kind: z.enum(workCategories).describe('portfolio, programme, project or bau-change'),
    description: text.describe('What this category means here'),
    pmoRole: text.describe('What the PMO does for work of this kind'),
    examples: z.array(text).default([]).describe('Typical examples'),
  })
  .strict();

/** A measurable trigger that brings a piece of work under the PMO. */
export const intakeThresholdSchema = z
  .object({
    dimension: z.enum(thresholdDimensions).describe('Which property of the work is measured'),
    atLeast: z.number().positive({ error: 'must be a positive number' }).describe('Work at or above this value is in scope'),
    unit: text.describe('Unit of atLeast, for example "GBP", "months", "people", "risk score (1-25)", "business units"'),
    rationale: text.describe('Why this threshold was chosen'),
  })
  .strict();

/** content/scope/<id>.yaml: what falls under the PMO's purview (stage 2). */
export const scopeSchema = z
  .object({
    id: slugId.describe('Unique id; must equal the file name without .yaml'),
    title: text,
    summary: text.describe('One paragraph that sums up the scope'),
    categories: z.array(workCategorySchema).min(1).describe('Categories of work the PMO covers'),
    thresholds: z.array(intakeThresholdSchema).min(1).describe('Any one threshold met brings work in scope'),
    exclusions: z
      .array(z.object({ item: text, reason: text }).strict())
      .default([])
      .describe('Work explicitly outside the PMO, and why'),
    intake: z
      .object({
        route: text.describe('How work enters: the form, mailbox or tool'),
        steps: z.array(text).min(1).describe('What happens to a request, in order'),
        owner: roleRef.describe('Role that runs intake'),
        responseDays: z.int().positive().describe('Working days within which a requester hears back'),
      })
      .strict(),
    tiers: z.array(tierSchema).optional().describe('Size and risk classes of in-scope work, tested in order; each sets the approver, the gate decider and the document set'),
    intakeForm: intakeFormSchema.optional().describe('The fields of the intake request form, with guidance and a good example for each'),
    review: reviewSchema,
  })
  .strict();

export type Scope = z.infer<typeof scopeSchema>;
