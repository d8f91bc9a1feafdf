import { z } from 'zod';
import { slugId, text } from './common.ts';
import { stageRef } from './raci.ts';
import { reviewSchema } from './review.ts';

/**
 * Governance content a section can carry instead of blank space, filled in from
 * content/governance/ when the document is generated.
 */
export const templateInserts = ['rag-rules', 'escalation-route', 'tolerances'] as const;
export type TemplateInsert = (typeof templateInserts)[number];

/** A table the author fills in: its column headings and how many empty rows to print. */
export const templateTableSchema = z
  .object({
    columns: z.array(text).min(1, { error: 'needs at least one column heading' }).describe('Column headings, left to right'),
    rows: z.int().min(1, { error: 'must be at least 1 empty row' }).max(20, { error: 'must be at most 20 empty rows' }).default(3).describe('Empty rows to print for the author to fill in (1 to 20)'),
  })
  .strict();

/** One heading of a template, with the advice shown under it. */
export const templateSectionSchema = z
  .object({
    heading: text.describe('Section heading as it appears in the document, for example "Options considered"'),
    guidance: text.describe('What to write here and how much, addressed to the author; printed in italics under the heading'),
    table: templateTableSchema.optional().describe('A table for the author to fill in under the guidance'),
    insert: z.enum(templateInserts).optional().describe('Governance rules printed in this section: rag-rules, escalation-route or tolerances'),
  })
  .strict();

/** content/templates/<id>.yaml: a document template people download as Word (.docx). */
export const documentTemplateSchema = z
  .object({
    id: slugId.describe('Unique id; must equal the file name without .yaml; the download is <id>.docx'),
    title: text.describe('Title of the document, for example "Business case"'),
    purpose: text.describe('What the document is for and who decides on it, one or two sentences'),
    stages: z.array(stageRef).min(1, { error: 'needs at least one stage that uses it' }).describe('Stages that use this template, as "<playbook>/<stage>"; their pages link to it'),
    sections: z.array(templateSectionSchema).min(1, { error: 'needs at least one section' }).describe('Sections in the order they appear'),
    review: reviewSchema,
  })
  .strict();

export type DocumentTemplate = z.infer<typeof documentTemplateSchema>;
export type TemplateSection = z.infer<typeof templateSectionSchema>;
