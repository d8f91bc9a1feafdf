import { z } from 'zod';
import { isoDate, slugId, text } from './common.ts';
import { raidActionSchema, raidId, raidItemFields } from './raid-common.ts';

export const riskResponses = ['avoid', 'reduce', 'transfer', 'accept', 'exploit', 'share', 'enhance'] as const;
export const riskStatuses = ['open', 'closed'] as const;

/** content/raid/risks/<id>.yaml: one risk, or an opportunity (a risk with an upside response). */
export const riskSchema = z
  .object({
    id: raidId('r', 'risk'),
    ...raidItemFields,
    cause: text.describe('What is true today that gives rise to the risk ("Because ...")'),
    event: text.describe('The uncertain event ("... there is a risk that ...")'),
    effect: text.describe('What would follow for the objectives ("... which would ...")'),
    probability: z.int({ error: 'must be a whole number on the probability scale of content/governance/risk-matrix.yaml' }).describe('Probability as a value of the risk matrix probability scale'),
    impact: z.int({ error: 'must be a whole number on the impact scale of content/governance/risk-matrix.yaml' }).describe('Impact as a value of the risk matrix impact scale'),
    escalationLevel: slugId
      .optional()
      .describe("Id of the escalation level in content/governance/escalation.yaml that holds the risk; its risk tolerance must allow the score. Leave it out when the owner decides at that level (the level's deciding role, or the chair of its deciding forum): the highest level the owner decides at holds the risk"),
    proximity: isoDate.describe('Date by which the risk would occur or stop mattering (YYYY-MM-DD)'),
    response: z.enum(riskResponses).describe(`Response: ${riskResponses.join(', ')} (the last three for opportunities)`),
    actions: z.array(raidActionSchema).default([]).describe('Actions that carry out the response'),
    status: z.enum(riskStatuses).describe('open or closed'),
    closedReason: text.optional().describe('Why it was closed, for example "Passed: the hire started on 14 December"'),
  })
  .strict();

export type Risk = z.infer<typeof riskSchema>;
export type RiskResponse = (typeof riskResponses)[number];
