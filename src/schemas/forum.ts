import { z } from 'zod';
import { roleRef, slugId, text } from './common.ts';
import { forumRef, stageRef } from './raci.ts';

export const cadenceFrequencies = ['weekly', 'fortnightly', 'monthly', 'quarterly'] as const;
export const weekdays = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'] as const;
export const months = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
] as const;

/** How many weeks of the month each frequency names; weekly forums meet every week. */
const weeksPerFrequency: Record<(typeof cadenceFrequencies)[number], number | undefined> = {
  weekly: undefined,
  fortnightly: 2,
  monthly: 1,
  quarterly: 1,
};

/**
 * When a forum meets, structured so that a calendar can be generated. Week 1 is days 1-7 of
 * the month, week 2 days 8-14 and so on, so "week 3, wednesday" is the third Wednesday.
 */
export const cadenceSchema = z
  .object({
    frequency: z.enum(cadenceFrequencies).describe('weekly, fortnightly, monthly or quarterly'),
    weeks: z
      .array(z.int().min(1, { error: 'must be a week of the month from 1 to 4' }).max(4, { error: 'must be a week of the month from 1 to 4' }))
      .optional()
      .describe('Weeks of the month it meets in (1 = days 1-7): two for fortnightly, one for monthly and quarterly, none for weekly'),
    day: z.enum(weekdays).optional().describe('Day of the week; leave out when each instance of the forum picks its own day'),
    months: z.array(z.enum(months)).optional().describe('Quarterly forums only: the four months it meets in'),
    durationMinutes: z.int().positive().describe('Length of a normal meeting in minutes'),
    alsoWhen: text.optional().describe('Meetings outside the cycle, for example "At each stage gate"'),
  })
  .strict()
  .superRefine((cadence, context) => {
    const expected = weeksPerFrequency[cadence.frequency];
    const given = cadence.weeks?.length ?? 0;
    if (expected === undefined && given > 0) {
      context.addIssue({ code: 'custom', path: ['weeks'], message: 'a weekly forum meets every week: remove weeks' });
    }
    if (expected !== undefined && given !== expected) {
      context.addIssue({
        code: 'custom',
        path: ['weeks'],
        message: `a ${cadence.frequency} forum needs exactly ${expected} week${expected > 1 ? 's' : ''} of the month, for example weeks: [${expected === 2 ? '1, 3' : '3'}]`,
      });
    }
    if (cadence.frequency === 'quarterly' && cadence.months?.length !== 4) {
      context.addIssue({ code: 'custom', path: ['months'], message: 'a quarterly forum needs the four months it meets in, for example [january, april, july, october]' });
    }
    if (cadence.frequency !== 'quarterly' && cadence.months !== undefined) {
      context.addIssue({ code: 'custom', path: ['months'], message: `only quarterly forums list months; a ${cadence.frequency} forum meets every month` });
    }
  });

/** Something a forum may decide, and the limit it decides within. */
export const decisionRightSchema = z
  .object({
    decision: text.describe('What the forum may approve or decide, for example "Approve new investments"'),
    limit: text.optional().describe('Up to which budget, schedule or scope it may decide, as a phrase that follows the decision after a comma, for example "from £250,000 up to £2m"'),
  })
  .strict();

/** content/governance/forums/<id>.yaml: a board or group that takes decisions about change. */
export const forumSchema = z
  .object({
    id: slugId.describe('Unique id; must equal the file name without .yaml'),
    title: text.describe('Name of the forum, for example "Portfolio board"'),
    purpose: text.describe('Why the forum exists and what only it does, one or two sentences'),
    chair: roleRef.describe('Role that chairs the forum'),
    members: z.array(roleRef).min(1, { error: 'needs at least one member besides the chair' }).describe('Roles that sit on the forum besides the chair'),
    otherMembers: z.array(text).default([]).describe('People who sit on it but are not playbook roles, for example "Business-unit directors"'),
    cadence: cadenceSchema,
    quorum: z
      .object({
        description: text.describe('Who must be present for decisions to stand, in words'),
        requires: z.array(roleRef).default([]).describe('Roles (chair or members) without whom the forum is not quorate'),
      })
      .strict(),
    papersDueWorkingDays: z.int().min(0).optional().describe('Working days before the meeting that papers are due'),
    decisionRights: z.array(decisionRightSchema).min(1, { error: 'needs at least one decision right' }).describe('What the forum may decide'),
    inputs: z.array(text).min(1, { error: 'needs at least one input' }).describe('Papers and information it receives'),
    outputs: z.array(text).min(1, { error: 'needs at least one output' }).describe('Decisions and documents it produces'),
    escalatesTo: forumRef.optional().describe('Forum that takes what is beyond this one; leave out for the top forum'),
    stages: z.array(stageRef).default([]).describe('Stages whose pages show this forum, as "<playbook>/<stage>"'),
  })
  .strict();

export type Forum = z.infer<typeof forumSchema>;
export type Cadence = z.infer<typeof cadenceSchema>;
