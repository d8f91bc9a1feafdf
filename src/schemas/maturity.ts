import { z } from 'zod';
import { isoDate, roleRef, slugId, text } from './common.ts';
import { reviewSchema } from './review.ts';
import { stageRef } from './raci.ts';

/** The five levels of the scale, in order. */
export const maturityLevelNumbers = [1, 2, 3, 4, 5] as const;

/** One thing a team can say yes or no to. */
export const maturityStatementSchema = z
  .object({
    id: slugId.describe('Id of the statement, unique within its perspective; answers saved in browsers are kept against it, so do not reuse an id for a different statement'),
    text: text.describe('The statement, written so that "yes" means the practice is in place, for example "Every project over the threshold is on the portfolio register"'),
  })
  .strict();

/** One level of one perspective. */
export const maturityLevelSchema = z
  .object({
    level: z.int().min(1).max(5).describe('Level number, 1 (lowest) to 5 (highest); levels are listed in order'),
    name: text.describe('Short name of the level, for example "Repeatable"'),
    descriptor: text.describe('One or two sentences on what this level looks like in practice'),
    statements: z
      .array(maturityStatementSchema)
      .min(2, { error: 'needs at least 2 statements a team can answer yes or no' })
      .max(4, { error: 'has more than 4 statements: keep the ones that best show the level' })
      .describe('2 to 4 yes/no statements; the level is reached when all of them, and all of the levels below, hold'),
  })
  .strict();

/** One area of practice assessed on the five-level scale. */
export const maturityPerspectiveSchema = z
  .object({
    id: slugId.describe('Id of the perspective, used by past assessments and improvement items'),
    title: text.describe('Name of the perspective, for example "Governance"'),
    summary: text.describe('What this perspective covers, in one sentence'),
    levels: z
      .array(maturityLevelSchema)
      .length(5, { error: 'needs exactly 5 levels, numbered 1 to 5' })
      .describe('The five levels, 1 to 5 in order'),
  })
  .strict();

/** content/maturity/model.yaml: the maturity model the self-assessment uses. */
export const maturityModelSchema = z
  .object({
    title: text.describe('Name of the model, for example "PMO maturity model"'),
    introduction: text.describe('How to use the model: who answers, what counts as evidence, how often'),
    stage: stageRef
      .optional()
      .describe('Stage whose page shows the latest assessment and the improvement backlog, as "<playbook>/<stage file name>", for example "pmo-setup/continuously-improve"'),
    perspectives: z.array(maturityPerspectiveSchema).min(1, { error: 'needs at least one perspective' }).describe('The areas of practice assessed'),
    review: reviewSchema,
  })
  .strict();

/** A level reached in one perspective at a past assessment. */
export const assessedLevelSchema = z
  .object({
    perspective: slugId.describe('Id of a perspective in content/maturity/model.yaml'),
    level: z
      .int({ error: 'must be a whole level, 0 to 5' })
      .min(0)
      .max(5)
      .describe('Level reached: the highest level whose statements, and all lower levels\' statements, held; 0 when level 1 was not reached'),
    evidence: text.optional().describe('Evidence behind the score, briefly'),
  })
  .strict();

/** content/maturity/assessments/<id>.yaml: one completed assessment. */
export const maturityAssessmentSchema = z
  .object({
    id: slugId.describe('Unique id; must equal the file name without .yaml'),
    title: text.describe('Name of the assessment, for example "Baseline assessment"'),
    date: isoDate.describe('Date the assessment was completed (YYYY-MM-DD)'),
    assessor: roleRef.describe('Role that led the assessment'),
    levels: z.array(assessedLevelSchema).min(1).describe('Level reached in each perspective of the model, one entry per perspective'),
    notes: text.describe('What the assessment found and what was agreed, in a few sentences'),
  })
  .strict();

export type MaturityModel = z.infer<typeof maturityModelSchema>;
export type MaturityPerspective = z.infer<typeof maturityPerspectiveSchema>;
export type MaturityLevel = z.infer<typeof maturityLevelSchema>;
export type MaturityAssessment = z.infer<typeof maturityAssessmentSchema>;
