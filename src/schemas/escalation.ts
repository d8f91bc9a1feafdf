import { z } from 'zod';
import { roleRef, slugId, text } from './common.ts';
import { forumRef } from './raci.ts';

/** An amount in the organization's currency (content/organization.yaml). */
const amount = z.number().positive({ error: 'must be an amount above 0 in the organization\'s currency, written as a plain number without a currency sign or separators, for example 100000' });
const percent = z.number().min(0, { error: 'must be a percentage from 0 to 100' }).max(100, { error: 'must be a percentage from 0 to 100' });

/** How far cost may overrun before the level must pass the decision up. */
export const costToleranceSchema = z
  .object({
    percent: percent.describe('Largest overrun this level may accept, as a percentage of the budget named in "of"'),
    of: z.enum(['stage-budget', 'total-budget']).describe('stage-budget (the current stage) or total-budget (the whole approved budget)'),
    cap: amount.optional().describe('Largest overrun in the organization\'s currency, whatever the percentage allows'),
    maxRevisedBudget: amount.optional().describe('Largest budget this level may approve once the overrun is added'),
  })
  .strict();

/** How far dates may slip. */
export const scheduleToleranceSchema = z
  .object({
    weeks: z.number().min(0, { error: 'must be 0 or more weeks' }).describe('Largest slip this level may accept, in weeks'),
    on: z.enum(['stage-end', 'end-date']).describe('stage-end (the end of the current stage) or end-date (the project end date)'),
  })
  .strict();

/** How far scope may change, measured by the benefits it puts at risk. */
export const scopeToleranceSchema = z
  .object({
    benefitsShortfallPercent: percent.describe('Largest fall in forecast benefits this level may accept, in percent'),
    description: text.describe('What scope changes this level may approve, in words'),
  })
  .strict();

/** The highest risk this level may own, on the corporate five-by-five matrix. */
export const riskToleranceSchema = z
  .object({
    maxScore: z.int().min(1, { error: 'must be a risk score from 1 to 25' }).max(25, { error: 'must be a risk score from 1 to 25' }).describe('Highest risk score (1-25) this level may own and respond to'),
  })
  .strict();

/** One rung of the escalation ladder. A tolerance left out means "no limit". */
export const escalationLevelSchema = z
  .object({
    id: slugId.describe('Unique id of the level, for example "portfolio"'),
    title: text.describe('Name of the level, for example "Portfolio"'),
    decidedBy: z
      .object({
        forum: forumRef.optional().describe('Forum that decides at this level'),
        role: roleRef.optional().describe('Role that decides at this level, when no forum does'),
      })
      .strict()
      .refine((by) => (by.forum === undefined) !== (by.role === undefined), { error: 'needs exactly one of forum or role' }),
    programmeWorkOnly: z.boolean().default(false).describe('true when only projects inside a programme pass through this level'),
    escalateWithinWorkingDays: z.int().positive().optional().describe('Working days this level has to pass a forecast breach of its tolerance up'),
    tolerances: z
      .object({
        cost: costToleranceSchema.optional(),
        schedule: scheduleToleranceSchema.optional(),
        scope: scopeToleranceSchema.optional(),
        risk: riskToleranceSchema.optional(),
      })
      .strict()
      .describe('Limits within which this level decides; leave a dimension out for no limit (the top level leaves them all out)'),
  })
  .strict();

/** A situation for the "who decides?" examples; the site works out the answer from the levels. */
export const escalationExampleSchema = z
  .object({
    situation: text.describe('The situation in words, for example "A 600,000 project is forecast 15% over budget"'),
    project: z
      .object({
        totalBudget: amount.describe('Approved total budget, in the organization\'s currency'),
        stageBudget: amount.optional().describe('Budget of the current stage'),
        inProgramme: z.boolean().default(false).describe('true when the project is part of a programme'),
      })
      .strict(),
    forecast: z
      .object({
        costOverrun: z.number().min(0).optional().describe('Forecast overrun in the organization\'s currency'),
        stageSlipWeeks: z.number().min(0).optional().describe('Forecast slip of the current stage, in weeks'),
        endDateSlipWeeks: z.number().min(0).optional().describe('Forecast slip of the end date, in weeks'),
        benefitsShortfallPercent: percent.optional().describe('Forecast fall in benefits, in percent'),
        riskScore: z.int().min(1).max(25).optional().describe('Score of a new or changed risk (1-25)'),
      })
      .strict()
      .refine((forecast) => Object.values(forecast).some((value) => value !== undefined), { error: 'needs at least one forecast deviation' }),
  })
  .strict();

/** content/governance/escalation.yaml: the tolerances of each level, lowest level first. */
export const escalationSchema = z
  .object({
    summary: text.describe('How escalation works, one paragraph'),
    levels: z.array(escalationLevelSchema).min(2, { error: 'needs at least two levels, lowest first' }).describe('Levels from the lowest (closest to the work) to the top'),
    examples: z.array(escalationExampleSchema).default([]).describe('Situations shown with the level that decides them'),
  })
  .strict();

export type Escalation = z.infer<typeof escalationSchema>;
export type EscalationLevel = z.infer<typeof escalationLevelSchema>;
export type EscalationExample = z.infer<typeof escalationExampleSchema>;
export type Tolerances = EscalationLevel['tolerances'];
