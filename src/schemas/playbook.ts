import { z } from 'zod';
import { roleRef, text } from './common.ts';
import { reviewSchema } from './review.ts';

/** What a playbook calls its parts. */
export const partNames = ['stage', 'play', 'step', 'phase'] as const;

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
    parts: z.enum(partNames).default('stage').describe(`What the playbook calls its parts, used in every heading, label and print sheet: ${partNames.join(', ')} (default stage)`),
    ordered: z
      .boolean()
      .default(true)
      .describe('false when the parts are a set of principles to apply in any order ("plays"): no numbers, no previous/next, no flow diagram'),
    checklistItemsNeed: z
      .object({
        owner: z.boolean().default(true).describe('false when checklist items may leave out owner'),
        evidence: z.boolean().default(true).describe('false when checklist items may leave out evidence'),
      })
      .strict()
      .default({ owner: true, evidence: true })
      .describe('Whether every checklist item must name an owner and the evidence that shows it is done (default: both)'),
    cycle: z.boolean().optional().describe('true when the last stage leads back into the first; the stage flow diagram then shows the loop'),
  })
  .strict();

export type Playbook = z.infer<typeof playbookSchema>;
