import { z } from 'zod';
import { slugId, text } from './common.ts';

/** content/glossary/<id>.yaml: one term the playbook uses, defined once and linked from its pages. */
export const glossaryTermSchema = z
  .object({
    id: slugId.describe('Unique id; must equal the file name without .yaml; pages link to it with <Term id="...">'),
    term: text.describe('The term as the glossary lists it, for example "Tolerance"'),
    expansion: text.optional().describe('What an abbreviation stands for, for example "Red, Amber, Green" for RAG'),
    definition: text.describe('What the term means here, in one to three plain sentences'),
    aliases: z.array(text).default([]).describe('Other forms readers meet, for example "tolerances" or "RAID log"; each names only this term'),
    related: z.array(slugId).default([]).describe('Ids of other glossary terms worth reading next'),
  })
  .strict();

export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;
