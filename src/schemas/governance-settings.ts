import { z } from 'zod';

/** Used when content/governance/settings.yaml does not set a limit. */
export const defaultMaxAccountablePerRole = 12;

/** Used when content/governance/settings.yaml does not set the ownership limits. */
export const defaultOwnershipLimits = { maxChecklistSharePercent: 25, maxStageSharePercent: 50 };

/** content/governance/settings.yaml (optional): thresholds the content checker warns on. */
export const governanceSettingsSchema = z
  .object({
    raci: z
      .object({
        maxAccountablePerRole: z
          .int()
          .min(1)
          .default(defaultMaxAccountablePerRole)
          .describe('Warn when a role is Accountable for more activities than this, across all matrices'),
      })
      .strict()
      .default({ maxAccountablePerRole: defaultMaxAccountablePerRole }),
    ownership: z
      .object({
        maxChecklistSharePercent: z
          .int()
          .min(1)
          .max(100)
          .default(defaultOwnershipLimits.maxChecklistSharePercent)
          .describe("Warn when one role owns more than this percentage of a playbook's checklist items"),
        maxStageSharePercent: z
          .int()
          .min(1)
          .max(100)
          .default(defaultOwnershipLimits.maxStageSharePercent)
          .describe("Warn when one role owns more than this percentage of a playbook's stages"),
      })
      .strict()
      .optional()
      .describe('Limits on how much of a playbook one role may own, so that work is spread as in a real PMO'),
  })
  .strict();

export type GovernanceSettings = z.infer<typeof governanceSettingsSchema>;
