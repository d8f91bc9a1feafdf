import { z } from 'zod';
import { isoDate, slugId, text } from './common.ts';
import { raidId, raidItemFields } from './raid-common.ts';

export const dependencyStatuses = ['open', 'at-risk', 'met', 'cancelled'] as const;

/** One end of a dependency: a plan task, or something outside the plans described in words. */
export const dependencyEndSchema = z
  .object({
    description: text.describe('What it is, in words'),
    plan: slugId.optional().describe('Id of a plan in content/plans/, when the end is one of its tasks'),
    task: slugId.optional().describe('Id of a task of that plan (the plan defaults to the item\'s belongsTo.plan)'),
  })
  .strict();

/** content/raid/dependencies/<id>.yaml: work that cannot go ahead until something else is delivered. */
export const dependencySchema = z
  .object({
    id: raidId('d', 'dependency'),
    ...raidItemFields,
    dependent: dependencyEndSchema.describe('What depends: the work that waits'),
    dependsOn: dependencyEndSchema.describe('What it depends on: the deliverable or decision it waits for'),
    needBy: isoDate.describe('Date by which the dependent work needs it (YYYY-MM-DD)'),
    status: z.enum(dependencyStatuses).describe('open, at-risk (may not arrive by needBy), met or cancelled; the last two close it'),
    closedReason: text.optional().describe('How it was met, or why it was cancelled; needed once met or cancelled'),
  })
  .strict();

export type Dependency = z.infer<typeof dependencySchema>;
export type DependencyEnd = z.infer<typeof dependencyEndSchema>;
