import { z } from 'zod';
import { isoDate, roleRef, slugId, text } from './common.ts';

export const reportingFrequencies = ['weekly', 'monthly', 'quarterly', 'twice-yearly', 'annually'] as const;

/** content/metrics/<id>.yaml: one KPI definition, referred to by objectives and plans. */
export const metricSchema = z
  .object({
    id: slugId.describe('Unique id; must equal the file name without .yaml'),
    name: text.describe('What is measured, as people say it, for example "Median time to portfolio board decision"'),
    unit: text.describe('Unit of baseline and target: "%" or a word such as "weeks", "people", "out of 5"'),
    method: text.describe('Formula or method: how the value is calculated, precisely enough for two people to get the same number'),
    source: text.describe('Where the data comes from, for example "Intake log and portfolio board decision log"'),
    baseline: z.number({ error: 'must be a number in the unit, for example 45' }).optional().describe('Value today, in the unit; leave out when it has never been measured'),
    baselineNote: text.optional().describe('Where the baseline comes from, or why there is none yet'),
    target: z.number({ error: 'must be a number in the unit, for example 75' }).describe('Value to reach by the target date, in the unit'),
    targetDate: isoDate.describe('Date by which the target is to be met (YYYY-MM-DD)'),
    frequency: z.enum(reportingFrequencies).describe('How often the value is reported: weekly, monthly, quarterly, twice-yearly or annually'),
    owner: roleRef.describe('Role that reports the value and explains it'),
  })
  .strict()
  .refine((metric) => metric.baseline !== undefined || metric.baselineNote !== undefined, {
    error: 'needs a baseline, or a baselineNote saying why there is none yet (for example "Not measured: no intake route before the PMO")',
    path: ['baseline'],
  });

export type Metric = z.infer<typeof metricSchema>;
export type ReportingFrequency = (typeof reportingFrequencies)[number];
