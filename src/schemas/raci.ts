import { z } from 'zod';
import { roleRef, slugId, text } from './common.ts';

/** The four RACI letters, in the order a legend lists them. */
export const raciLetters = ['R', 'A', 'C', 'I'] as const;
export type RaciLetter = (typeof raciLetters)[number];

/** A stage named as "<playbook>/<stage-slug>", for example "pmo-setup/establish-governance". */
export const stageRef = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'must be "<playbook>/<stage>", for example "pmo-setup/establish-governance" (the folder and file name of the stage)',
  })
  .describe('A stage as "<playbook folder>/<stage file name without .mdx>"');

/** A reference to a decision forum by its id; whether it exists is checked across files. */
export const forumRef = slugId.describe('Id of a forum defined in content/governance/forums/<id>.yaml');

/** One decision or piece of work in a governance process, with each role's part in it. */
export const raciActivitySchema = z
  .object({
    id: slugId.describe('Stable id, unique within the matrix; used in links, so keep it when rewording the name'),
    name: text.describe('The decision or task, as a short sentence starting with a verb'),
    assignments: z
      .record(roleRef, z.enum(raciLetters, { error: 'must be one of R, A, C or I' }))
      .refine((assignments) => Object.keys(assignments).length > 0, { error: 'needs at least one role' })
      .describe('Role id -> R (does the work), A (answers for it; exactly one), C (consulted before) or I (informed after)'),
    keyDecision: z
      .boolean()
      .optional()
      .describe('true for the decisions shown together in the decision RACI of the governance stage (<DecisionRaci /> in its page)'),
  })
  .strict();

/** content/raci/<id>.yaml: who is responsible, accountable, consulted and informed in one governance process. */
export const raciMatrixSchema = z
  .object({
    id: slugId.describe('Unique id; must equal the file name without .yaml'),
    title: text.describe('Name of the process, for example "Change control"'),
    description: text.describe('What the process covers and when it runs, one or two sentences'),
    order: z.int().min(1).describe('Position among the matrices (1 comes first)'),
    stages: z.array(stageRef).min(1, { error: 'needs at least one stage' }).describe('Stages this process belongs to; their pages link to it'),
    forums: z.array(forumRef).default([]).describe('Forums where the decisions of this process are taken'),
    activities: z
      .array(raciActivitySchema)
      .min(1, { error: 'needs at least one activity' })
      .describe('Activities in the order they happen; roles appear as columns in the order they are first assigned'),
  })
  .strict();

export type RaciMatrix = z.infer<typeof raciMatrixSchema>;
export type RaciActivity = z.infer<typeof raciActivitySchema>;
