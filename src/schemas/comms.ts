import { z } from 'zod';
import { isoDate, roleRef, slugId, text } from './common.ts';
import { forumRef, stageRef } from './raci.ts';

export const commsFrequencies = ['daily', 'weekly', 'fortnightly', 'monthly', 'quarterly', 'per-event'] as const;

/** content/comms/<id>.yaml: one entry of the communication plan (stage 6). */
export const commsEntrySchema = z
  .object({
    id: slugId.describe('Unique id; must equal the file name without .yaml (also the calendar event id)'),
    title: text.describe('Name of the communication, for example "Monthly PMO bulletin"'),
    audience: z.array(slugId).min(1, { error: 'needs at least one stakeholder id' }).describe('Ids of stakeholders in content/stakeholders/ it is for'),
    purpose: text.describe('Why it goes out'),
    message: text.describe('The key message, in one or two sentences'),
    channel: text.describe('How it reaches people, for example "Email and the PMO intranet page"'),
    format: text.describe('What it looks like, for example "One-page bulletin with a you-said-we-did section"'),
    frequency: z
      .enum(commsFrequencies)
      .describe('daily (working days), weekly, fortnightly, monthly, quarterly, or per-event (when something happens; first is the first expected one)'),
    first: isoDate.describe('Date of the first one (YYYY-MM-DD); later ones follow from the frequency'),
    until: isoDate.optional().describe('Date of the last possible one (YYYY-MM-DD); leave out while it keeps going'),
    owner: roleRef.describe('Role that makes sure it goes out'),
    forum: forumRef.optional().describe('Forum whose meetings it goes with; first must then fall on one of its meetings (see forumLeadWorkingDays)'),
    forumLeadWorkingDays: z
      .int()
      .min(0)
      .optional()
      .describe('With forum: working days before the meeting that it goes out, for example 3 for papers issued three working days ahead; leave out for on the day'),
    stages: z.array(stageRef).default([]).describe('Stages it belongs to, as <playbook>/<stage>'),
    feedback: text.describe('How the audience can answer back, and where that is recorded'),
  })
  .strict();

export type CommsEntry = z.infer<typeof commsEntrySchema>;
export type CommsFrequency = (typeof commsFrequencies)[number];
