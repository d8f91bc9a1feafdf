import { z } from 'zod';

/** Used when content/governance/settings.yaml does not set a limit. */
export const defaultMaxAccountablePerRole = 12;

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
  })
  .strict();

export type GovernanceSettings = z.infer<typeof governanceSettingsSchema>;
