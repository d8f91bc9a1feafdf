import { z } from 'zod';
import { roleRef, slugId, text } from './common.ts';

/** One point of a criterion's scale and what earns it. */
export const scaleLevelSchema = z
  .object({
    score: z.int().min(0, { error: 'must be 0 or more' }).describe('The score, a whole number; the levels of a criterion run from its lowest to its highest score, one apart'),
    meaning: text.describe('What a proposal must show to get this score, concretely enough for two scorers to agree'),
  })
  .strict();

/** A weighted criterion of the prioritisation model. */
export const prioritisationCriterionSchema = z
  .object({
    id: slugId.describe('Stable id, unique within the model; worked-example scores refer to it'),
    name: text.describe('Short name, for example "Strategic fit"'),
    weight: z.int().min(1).max(100).describe('Weight in percent; the weights of a model add up to 100'),
    question: text.describe('The question the scorer answers'),
    guidance: text.describe('How to score it fairly, and the evidence to ask for'),
    levels: z.array(scaleLevelSchema).min(2, { error: 'needs at least two levels' }).describe('The scale, lowest score first'),
  })
  .strict();

/** One proposal of the worked example, scored on every criterion. */
export const scoredProposalSchema = z
  .object({
    id: slugId.describe('Stable id, unique within the example'),
    name: text.describe('Name of the proposal'),
    summary: text.describe('What it is, with its cost and timescale'),
    scores: z.record(slugId, z.int()).describe('Criterion id -> score on that criterion\'s scale; every criterion is scored'),
    rationale: text.describe('Why it scored as it did, in a sentence or two'),
  })
  .strict();

/** content/prioritisation/<id>.yaml: the weighted criteria that rank proposals, with a worked example. */
export const prioritisationModelSchema = z
  .object({
    id: slugId.describe('Unique id; must equal the file name without .yaml; also the name of its scoring worksheet'),
    title: text.describe('Name of the model, for example "Portfolio prioritisation model"'),
    summary: text.describe('What the score is for and who uses it'),
    owner: roleRef.describe('Role that keeps the model and proposes scores'),
    decidedBy: text.describe('Who uses the scores to decide, and how far the score binds them'),
    criteria: z.array(prioritisationCriterionSchema).min(2, { error: 'needs at least two criteria' }).describe('The weighted criteria, in the order the worksheet lists them'),
    workedExample: z
      .object({
        context: text.describe('The situation the example is set in'),
        proposals: z.array(scoredProposalSchema).min(2, { error: 'needs at least two proposals to compare' }).describe('The proposals scored'),
        outcome: text.describe('What the ranking led to, and what the board weighed besides the score'),
      })
      .strict()
      .describe('A worked example scoring real-looking proposals'),
  })
  .strict();

export type PrioritisationModel = z.infer<typeof prioritisationModelSchema>;
export type PrioritisationCriterion = z.infer<typeof prioritisationCriterionSchema>;
