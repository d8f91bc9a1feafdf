import { z } from 'zod';
import { roleRef, slugId, text } from './common.ts';

/** A share of something from 0 (none) to 1 (all), used for power and interest. */
const unitInterval = z
  .number({ error: 'must be a number from 0 to 1, for example 0.75' })
  .min(0, { error: 'must be 0 or more' })
  .max(1, { error: 'must be 1 or less' });

export const engagementLevels = ['unaware', 'resistant', 'neutral', 'supportive', 'leading'] as const;

/** How a stakeholder stands today; withheld from the published site when the entry is sensitive. */
export const stakeholderAssessmentSchema = z
  .object({
    interest: unitInterval.describe('How much the PMO affects them and how much they care, 0 to 1'),
    power: unitInterval.describe('How far they can help or block the PMO, 0 to 1'),
    current: z.enum(engagementLevels).describe('Engagement today: unaware, resistant, neutral, supportive or leading'),
    desired: z.enum(engagementLevels).describe('Engagement the PMO needs from them'),
    concerns: text.describe('What they care about or worry about, in their terms'),
  })
  .strict();

/** content/stakeholders/<id>.yaml: one group or role in the stakeholder register (stage 6). */
export const stakeholderSchema = z
  .object({
    id: slugId.describe('Unique id; must equal the file name without .yaml'),
    name: text.describe('Group or role as people say it, for example "Depot general managers"'),
    role: roleRef.optional().describe('The playbook role this stakeholder is, when it is one (links to its role page)'),
    description: text.describe('Who they are; always published, so keep it factual'),
    owner: roleRef.describe('Role that owns the relationship'),
    sensitive: z
      .boolean()
      .default(false)
      .describe('true keeps the assessment off the published site, its downloads and search; the register still lists the name and owner. Keep a sensitive assessment in the private overlay (PRIVATE_CONTENT_DIR), not in this file'),
    assessment: stakeholderAssessmentSchema
      .optional()
      .describe('Interest, power, engagement and concerns. Required unless sensitive; a sensitive one belongs in the private overlay'),
  })
  .strict()
  .superRefine((stakeholder, context) => {
    if (!stakeholder.sensitive && stakeholder.assessment === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['assessment'],
        message: 'A stakeholder that is not sensitive needs its assessment (interest, power, current, desired, concerns); only a sensitive one may leave it to the private overlay.',
      });
    }
  });

export type Stakeholder = z.infer<typeof stakeholderSchema>;
export type StakeholderAssessment = z.infer<typeof stakeholderAssessmentSchema>;
export type EngagementLevel = (typeof engagementLevels)[number];
