import { z } from 'zod';
import { roleRef, slugId, text } from './common.ts';
import { forumRef } from './raci.ts';

export const tierDimensions = ['budget', 'duration', 'headcount', 'risk', 'cross-functional-reach'] as const;

/** One test that puts work in a tier; the unit is that of the scope threshold on the same dimension. */
export const tierConditionSchema = z
  .object({
    dimension: z.enum(tierDimensions).describe('Which property of the work is measured; the scope must have a threshold on it, whose unit applies'),
    atLeast: z.number().positive({ error: 'must be a positive number' }).describe('Work at or above this value meets the condition'),
  })
  .strict();

/** Who takes a decision: a forum or a role, with the words a reader sees. */
export const deciderSchema = z
  .object({
    forum: forumRef.optional().describe('Forum that decides, for example portfolio-board'),
    role: roleRef.optional().describe('Role that decides when no forum does, for example project-sponsor'),
    description: text.describe('Who decides and within what limit, in words, for example "The portfolio board, from £250,000 up to £2m"'),
  })
  .strict()
  .refine((decider) => decider.forum !== undefined || decider.role !== undefined, { error: 'needs a forum or a role that decides', path: ['forum'] });

/** A size and risk class of in-scope work: how it is recognised, governed and documented. */
export const tierSchema = z
  .object({
    id: slugId.describe('Stable id, for example tier-1; gates and the intake form refer to it'),
    name: text.describe('Name readers use, for example "Tier 1"'),
    summary: text.describe('One sentence on what work lands here'),
    when: z
      .array(tierConditionSchema)
      .default([])
      .describe('Work meeting any one condition is in this tier, testing tiers in order; the last tier has none and takes all other in-scope work'),
    approval: deciderSchema.describe('Who approves the investment for work in this tier'),
    gateDecision: deciderSchema.describe('Who takes its stage-gate decisions'),
    assurance: text.describe('What the PMO checks before each gate, for example "Full assurance review with a written recommendation"'),
    reporting: text.describe('What it reports and how often, for example "Monthly status report by working day 5"'),
    documents: z.array(text).min(1, { error: 'needs at least one document' }).describe('The document set work in this tier produces, in lifecycle order'),
  })
  .strict();

export type Tier = z.infer<typeof tierSchema>;
export type TierCondition = z.infer<typeof tierConditionSchema>;
