import { z } from 'zod';
import { isoDate, roleRef, slugId, text } from './common.ts';

/** One dated value of a KPI. */
export const metricReadingSchema = z
  .object({
    date: isoDate.describe('Date the value was measured for (YYYY-MM-DD), usually the end of the period'),
    value: z.number({ error: 'must be a number in the KPI unit, for example 62' }).describe('Value measured, in the KPI unit'),
    unit: text.optional().describe('Unit of the value; may be left out, and when given must equal the KPI unit'),
    source: text.describe('Where the value was taken from, for example "October status report tracker"'),
    note: text.optional().describe('What explains the value, for example a change of method'),
  })
  .strict();

/**
 * The values at which a KPI turns amber and red. Whether higher is better follows from
 * target and baseline; a KPI without a baseline counts higher as better when green >= amber.
 */
export const metricThresholdsSchema = z
  .object({
    green: z.number({ error: 'must be a number in the KPI unit' }).describe('Value at or beyond which the KPI is green'),
    amber: z.number({ error: 'must be a number in the KPI unit' }).describe('Value at or beyond which it is amber; short of it, red'),
  })
  .strict();

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
    thresholds: metricThresholdsSchema.optional().describe('RAG thresholds; needed for the KPI to show a RAG'),
    readings: z.array(metricReadingSchema).default([]).describe('Values measured so far, oldest first, one per date'),
  })
  .strict()
  .refine((metric) => metric.baseline !== undefined || metric.baselineNote !== undefined, {
    error: 'needs a baseline, or a baselineNote saying why there is none yet (for example "Not measured: no intake route before the PMO")',
    path: ['baseline'],
  });

export type Metric = z.infer<typeof metricSchema>;
export type MetricReading = z.infer<typeof metricReadingSchema>;
export type ReportingFrequency = (typeof reportingFrequencies)[number];
