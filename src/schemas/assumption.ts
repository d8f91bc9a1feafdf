import { z } from 'zod';
import { isoDate, text } from './common.ts';
import { raidId, raidItemFields } from './raid-common.ts';

export const assumptionStatuses = ['unvalidated', 'valid', 'invalid'] as const;

/** content/raid/assumptions/<id>.yaml: something the plan takes as true until it is checked. */
export const assumptionSchema = z
  .object({
    id: raidId('a', 'assumption'),
    ...raidItemFields,
    statement: text.describe('What is assumed, as a sentence that can turn out true or false'),
    ifWrong: text.describe('What happens to the plan if it turns out false'),
    validateBy: isoDate.describe('Date by which it must be checked (YYYY-MM-DD)'),
    status: z.enum(assumptionStatuses).describe('unvalidated (still assumed), valid or invalid; the last two close it'),
    closedReason: text.optional().describe('How it was checked and what was found; needed once valid or invalid'),
  })
  .strict();

export type Assumption = z.infer<typeof assumptionSchema>;
