import { z } from 'zod';

/**
 * A reference to a stage as "<playbook>/<stage-slug>", the stage page's path under
 * /playbooks/; whether the stage exists is checked across files.
 */
export const stageRef = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'must be "<playbook>/<stage>", for example "pmo-setup/develop-the-plan"',
  })
  .describe('Stage as <playbook>/<stage file name without .mdx>');

/** A share of something from 0 (none) to 1 (all), used for power and interest. */
export const unitInterval = z
  .number({ error: 'must be a number from 0 to 1, for example 0.75' })
  .min(0, { error: 'must be 0 or more' })
  .max(1, { error: 'must be 1 or less' });
