import { z } from 'zod';
import { isoDate, text } from './common.ts';
import { raidActionSchema, raidId, raidItemFields } from './raid-common.ts';

export const issuePriorities = ['critical', 'high', 'medium', 'low'] as const;
export const issueStatuses = ['open', 'in-progress', 'closed'] as const;

/** content/raid/issues/<id>.yaml: something that has happened and must be dealt with. */
export const issueSchema = z
  .object({
    id: raidId('i', 'issue'),
    ...raidItemFields,
    description: text.describe('What has happened and what it affects'),
    priority: z.enum(issuePriorities).describe(`Priority: ${issuePriorities.join(', ')}`),
    due: isoDate.describe('Date by which it must be resolved (YYYY-MM-DD)'),
    actions: z.array(raidActionSchema).default([]).describe('Actions that work the issue'),
    status: z.enum(issueStatuses).describe(`Status: ${issueStatuses.join(', ')}`),
    resolution: text.optional().describe('How it was resolved; needed once the status is closed'),
  })
  .strict();

export type Issue = z.infer<typeof issueSchema>;
