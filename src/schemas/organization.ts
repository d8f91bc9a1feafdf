import { z } from 'zod';
import { slugId, text } from './common.ts';

/** content/organization.yaml: who publishes this playbook and where its source lives. */
export const organizationSchema = z
  .object({
    name: text.describe('Legal or common name of the organization'),
    pmoName: text.describe('Name the PMO goes by, for example "Enterprise PMO"'),
    mission: text.describe("The PMO's mission statement, one or two sentences"),
    repository: z
      .object({
        url: z.url({ error: 'must be the full https:// address of the repository' }).describe('Web address of the repository, used for "Edit this page" links'),
        branch: slugId.or(z.string().regex(/^[\w./-]+$/)).describe('Branch that the published site is built from'),
      })
      .strict(),
    contact: z
      .object({
        team: text.describe('Who answers questions about the playbook'),
        email: z.email({ error: 'must be an email address' }).describe('Mailbox for questions and feedback'),
        channel: text.optional().describe('Chat channel, for example "#pmo-help"'),
      })
      .strict(),
  })
  .strict();

export type Organization = z.infer<typeof organizationSchema>;
