import { z } from 'zod';
import { isoDate, roleRef, slugId, text } from './common.ts';

const amount = z.number({ error: 'must be an amount in the plan currency, without a currency sign or commas, for example 12000' }).nonnegative({ error: 'must not be negative' });
const weeks = z.number({ error: 'must be a number of weeks, for example 1.5' }).min(0, { error: 'must be 0 or more weeks' });
const percent = z.number({ error: 'must be a percentage as a number, for example 5' }).min(0, { error: 'must be a percentage from 0 to 100' }).max(100, { error: 'must be a percentage from 0 to 100' });
const raidRef = z.string().regex(/^[riad]\d{2,}$/, { error: 'must be a RAID reference such as r07 or i02' });

/** What is forecast at the period end; the RAG of each dimension is computed from it. */
export const statusForecastSchema = z
  .object({
    costOverrun: amount.default(0).describe('Forecast overrun at completion of the current stage, in the plan currency; 0 when on budget'),
    stageSlipWeeks: weeks.default(0).describe('Forecast slip of the end of the current stage, in weeks'),
    endDateSlipWeeks: weeks.default(0).describe('Forecast slip of the plan end date, in weeks'),
    scopeBenefitsShortfallPercent: percent.default(0).describe('Fall in forecast benefits caused by scope changes proposed or made, in percent'),
    benefitsShortfallPercent: percent.default(0).describe('Fall in forecast benefits against the approved plan, for any reason, in percent'),
    riskScore: z.int({ error: 'must be a whole-number risk score' }).min(1, { error: 'must be a risk score of 1 or more' }).describe('Highest score of any open risk on the plan at the period end'),
    note: text.optional().describe('What the forecasts rest on, for example "Finance ledger to 31 October"'),
  })
  .strict();

/** A decision the report asks for. */
export const decisionNeededSchema = z
  .object({
    decision: text.describe('The decision, as a question that can be answered yes or no'),
    from: slugId.describe('Id of the forum (content/governance/forums/) or role (content/roles/) asked to decide'),
    by: isoDate.describe('Date the decision is needed by (YYYY-MM-DD)'),
  })
  .strict();

/** content/status-reports/<id>.yaml: one highlight report on a plan for one period. */
export const statusReportSchema = z
  .object({
    id: slugId.describe('Unique id, usually <plan>-<YYYY-MM>; must equal the file name without .yaml'),
    plan: slugId.describe('Id of the plan reported on, in content/plans/'),
    periodEnd: isoDate.describe('Last day of the period reported (YYYY-MM-DD)'),
    author: roleRef.describe('Role that wrote the report'),
    workOwnedBy: slugId.describe('Id of the escalation level that owns the work (content/governance/escalation.yaml); RAG is measured against its tolerances'),
    inProgramme: z.boolean().default(false).describe('true when the work is part of a programme, so escalations pass through the programme board'),
    stageBudget: amount.optional().describe('Budget of the current stage in the plan currency, for levels whose cost tolerance is measured on it'),
    summary: text.describe('The state of the work in two or three sentences'),
    forecast: statusForecastSchema,
    achievements: z.array(text).min(1, { error: 'needs at least one achievement; say what moved this period' }).describe('What was achieved this period'),
    nextSteps: z.array(text).min(1, { error: 'needs at least one next step' }).describe('What will be done next period'),
    decisionsNeeded: z.array(decisionNeededSchema).default([]).describe('Decisions the report asks for'),
    topRisks: z.array(raidRef).default([]).describe('RAID references of the risks that matter most this period'),
    topIssues: z.array(raidRef).default([]).describe('RAID references of the issues that matter most this period'),
  })
  .strict();

export type StatusReport = z.infer<typeof statusReportSchema>;
export type StatusForecast = z.infer<typeof statusForecastSchema>;
