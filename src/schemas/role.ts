import { z } from 'zod';
import { roleRef, slugId, text } from './common.ts';
import { reviewSchema } from './review.ts';

/** content/roles/<id>.yaml: a role that takes part in the playbook. */
export const roleSchema = z
  .object({
    id: slugId.describe('Unique id; must equal the file name without .yaml'),
    title: text.describe('Role title as people say it, for example "PMO Director"'),
    summary: text.describe('One or two sentences on what the role is for'),
    responsibilities: z.array(text).min(1, { error: 'needs at least one responsibility' }),
    reportsTo: roleRef.optional().describe('Role this one reports to; leave out for the top of the structure'),
    skills: z.array(text).default([]).describe('Skills and experience the role needs'),
    timeCommitment: text.describe('Typical time commitment, for example "Full-time" or "Half a day a month"'),
    review: reviewSchema,
  })
  .strict();

export type Role = z.infer<typeof roleSchema>;
