import { z } from 'zod';
import { roleRef, slugId, text } from './common.ts';
import { lastReviewed, reviewEveryMonths } from './review.ts';

/**
 * Where a checklist item points for help: a path on this site (relative to its base, as in
 * the site's own links) or an external https address. Whether a site path exists is checked
 * across files, since pages come from other content.
 */
export const checklistLink = z
  .string()
  .trim()
  .regex(/^(\/(?!\/)|https:\/\/)\S*$/, {
    error: 'must be a path on this site starting with "/" (for example /roles/pmo-director/) or a full https:// address, without spaces',
  });

/** One thing to do or confirm before a stage is complete. */
export const checklistItemSchema = z
  .object({
    id: slugId.describe('Stable id, unique within the stage; keep it when rewording the text'),
    text: text.describe('What must be true or done, as a short sentence'),
    owner: roleRef.optional().describe('Role that makes sure it is done; required unless the playbook sets checklistItemsNeed.owner: false'),
    evidence: text.optional().describe('What shows it is done, for example "Signed charter in the PMO library"; required unless the playbook sets checklistItemsNeed.evidence: false'),
    required: z.boolean().default(true).describe('false for items that are good practice but not needed to close the stage'),
    group: text.optional().describe('Heading the item is listed under, for example "Decision rights"; items with the same heading are shown together'),
    link: checklistLink.optional().describe('Page that helps with the item: a path on this site such as /roles/pmo-director/, or a full https:// address'),
  })
  .strict();

/** A document or decision a stage produces. */
export const deliverableSchema = z
  .object({
    name: text.describe('Name of the output'),
    description: text.describe('What it contains and who uses it'),
  })
  .strict();

/** Frontmatter of playbooks/<playbook>/<stage>.mdx. */
export const stageSchema = z
  .object({
    stage: z.int({ error: 'must be a whole number' }).min(1, { error: 'must be 1 or more' }).describe('Position of the stage in its playbook, 1 first'),
    title: text.describe('Stage title, for example "Define objectives"'),
    summary: text.describe('One sentence shown in lists and search results'),
    purpose: text.describe('Why the stage matters, a short paragraph'),
    keyQuestions: z.array(text).optional().describe('Questions the people doing this part should be able to answer, shown on the page, the print sheet, the booklet and the exports'),
    owner: roleRef.describe('Role that owns the stage and keeps this page current'),
    lastReviewed,
    reviewEveryMonths,
    inputs: z.array(text).min(1, { error: 'needs at least one input' }).describe('What the stage needs before it starts'),
    outputs: z.array(deliverableSchema).min(1, { error: 'needs at least one output' }).describe('Outputs and deliverables'),
    roles: z.array(roleRef).min(1, { error: 'needs at least one participating role' }).describe('Roles that take part'),
    checklist: z.array(checklistItemSchema).min(1, { error: 'needs at least one checklist item' }).describe('Checklist to complete the stage'),
  })
  .strict();

export type Stage = z.infer<typeof stageSchema>;
export type ChecklistItem = z.infer<typeof checklistItemSchema>;
