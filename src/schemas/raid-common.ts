import { z } from 'zod';
import { isoDate, roleRef, slugId, text } from './common.ts';
import { stageRef } from './raci.ts';

/**
 * A RAID reference: the type's letter and a number, for example r07 or i02, so a reference in
 * a status report says which log it points into.
 */
export const raidId = (letter: 'r' | 'i' | 'a' | 'd', kind: string) =>
  z
    .string()
    .regex(new RegExp(`^${letter}\\d{2,}$`), { error: `must be "${letter}" and a number of at least two digits, for example ${letter}07; a ${kind} id must equal its file name` })
    .describe(`Unique ${kind} reference, "${letter}" and a number (for example ${letter}07); must equal the file name without .yaml`);

/** What a RAID item belongs to; the checker resolves every id. */
export const belongsToSchema = z
  .object({
    plan: slugId.optional().describe('Id of a plan in content/plans/'),
    stage: stageRef.optional().describe('Stage as <playbook>/<stage>, for example pmo-setup/implement-and-monitor'),
    objective: slugId.optional().describe('Id of an objective in content/objectives/'),
  })
  .strict()
  .refine((owner) => owner.plan !== undefined || owner.stage !== undefined || owner.objective !== undefined, {
    error: 'names at least one of plan, stage or objective',
  })
  .describe('What the item belongs to: a plan, a stage, an objective, or several');

/** An action that responds to a risk or works an issue. */
export const raidActionSchema = z
  .object({
    action: text.describe('What will be done, as an instruction'),
    owner: roleRef.describe('Role that does it'),
    due: isoDate.describe('Date it is due (YYYY-MM-DD)'),
    done: z.boolean().default(false).describe('true once it is done'),
  })
  .strict();

/** Fields every RAID item has. */
export const raidItemFields = {
  title: text.describe('Short name of the item, as people say it in meetings'),
  belongsTo: belongsToSchema,
  owner: roleRef.describe('Role that owns the item and reports on it'),
  raised: isoDate.describe('Date it was logged (YYYY-MM-DD)'),
  closed: isoDate.optional().describe('Date it was closed (YYYY-MM-DD); needed once the status is a closed one'),
};

export type BelongsTo = z.infer<typeof belongsToSchema>;
export type RaidAction = z.infer<typeof raidActionSchema>;
