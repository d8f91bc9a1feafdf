import { z } from 'zod';
import { roleRef, text } from './common.ts';
import { reviewSchema } from './review.ts';

/** playbooks/<id>/playbook.yaml: one playbook; its stages are the MDX files beside it. */
export const playbookSchema = z
  .object({
    title: text.describe('Title of the playbook'),
    summary: text.describe('What the playbook helps people do, in one or two sentences'),
    audience: text.describe('Who should follow it'),
    owner: roleRef.describe('Role that owns the playbook'),
    order: z.int().min(1).describe('Position in the site navigation (1 comes first)'),
    review: reviewSchema,
    checklistFor: text
      .optional()
      .describe('What each printed checklist is filled in for, shown with a blank line to write on, for example "Project or programme"; leave it out when the checklists are about the playbook itself'),
    cycle: z.boolean().optional().describe('true when the last stage leads back into the first; the stage flow diagram then shows the loop'),
  })
  .strict();

export type Playbook = z.infer<typeof playbookSchema>;
