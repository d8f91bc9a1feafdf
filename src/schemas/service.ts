import { z } from 'zod';
import { roleRef, slugId, text } from './common.ts';

export const serviceBases = ['mandatory', 'on-request'] as const;

/** One commitment the PMO makes about a service, measurable where a KPI tracks it. */
export const serviceLevelSchema = z
  .object({
    commitment: text.describe('What users can count on, with a number and a time, for example "A reply within five working days"'),
    metric: slugId.optional().describe('Id of the KPI in content/metrics/ that measures the commitment, if one does'),
  })
  .strict();

/** content/services/<id>.yaml: one service of the PMO service catalogue. */
export const serviceSchema = z
  .object({
    id: slugId.describe('Unique id; must equal the file name without .yaml'),
    name: text.describe('Name of the service, for example "Stage gate assurance"'),
    description: text.describe('What the PMO does in this service, in two or three sentences'),
    order: z.int().min(1).describe('Position in the catalogue, 1 first'),
    basis: z.enum(serviceBases).describe('mandatory (every in-scope project or programme uses it) or on-request'),
    basisNote: text.optional().describe('When the basis needs a qualifier, for example "Triggered by two red months"'),
    audience: z.array(slugId).min(1, { error: 'needs at least one stakeholder id' }).describe('Ids of the stakeholders in content/stakeholders/ it is for'),
    owner: roleRef.describe('Role accountable for the service'),
    serviceLevels: z.array(serviceLevelSchema).min(1, { error: 'needs at least one service level' }).describe('What the PMO commits to'),
    objectives: z.array(slugId).min(1, { error: 'needs at least one objective id' }).describe('Ids of the objectives in content/objectives/ the service serves'),
  })
  .strict();

export type Service = z.infer<typeof serviceSchema>;
