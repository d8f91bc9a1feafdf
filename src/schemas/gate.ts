import { z } from 'zod';
import { slugId, text } from './common.ts';
import { stageRef } from './raci.ts';

/** A condition a project must meet before the gate meets, tied where it can be to a checklist item. */
export const gateCriterionSchema = z
  .object({
    text: text.describe('What must be true, as a short sentence'),
    checklistItem: slugId.optional().describe("Id of the item in the gate stage's checklist that records it; leave out for a condition the checklist does not cover"),
  })
  .strict();

/** One document of the evidence pack, and which tiers send it. */
export const gateEvidenceSchema = z
  .object({
    document: text.describe("The document, named exactly as in the tiers' document sets in content/scope/"),
    tiers: z.array(slugId).min(1, { error: 'needs at least one tier id' }).describe('Ids of the tiers whose pack includes it; each tier must list the document in its document set'),
  })
  .strict();

/** content/gates/<id>.yaml: a stage gate of a lifecycle playbook (typed entry criteria and evidence pack). */
export const gateSchema = z
  .object({
    id: slugId.describe('Unique id; must equal the file name without .yaml'),
    number: z.int().min(1).describe('Position of the gate in the lifecycle, 1 first'),
    name: text.describe('Name of the gate, for example "Approve to plan"'),
    stage: stageRef.describe('The lifecycle stage the gate closes, as <playbook>/<stage>'),
    question: text.describe('The question the decision maker answers, in one sentence'),
    entryCriteria: z.array(gateCriterionSchema).min(1, { error: 'needs at least one entry criterion' }).describe('What must be true before the gate meets'),
    evidence: z.array(gateEvidenceSchema).min(1, { error: 'needs at least one document' }).describe('The evidence pack, sent to the PMO five working days before the meeting'),
    raci: slugId.describe('Id of the RACI matrix in content/raci/ that sets who prepares, assures and decides the gate'),
  })
  .strict();

export type Gate = z.infer<typeof gateSchema>;
