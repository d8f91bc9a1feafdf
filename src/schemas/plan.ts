import { z } from 'zod';
import { currencyCode, isoDate, roleRef, slugId, text } from './common.ts';

export { currencyCode };
import { stageRef } from './raci.ts';

export const taskStatuses = ['planned', 'active', 'done', 'critical'] as const;
export const budgetCategories = ['staff', 'contractors', 'software', 'hardware', 'training', 'communications', 'facilities', 'travel', 'other'] as const;
export const costTypes = ['capex', 'opex'] as const;
export const resourceSources = ['internal', 'hire', 'contractor'] as const;

/**
 * A task or milestone. It starts on a date, after other tasks, or both (then `start` is the
 * earliest it may begin); it lasts a number of working days or runs to an end date.
 */
export const taskSchema = z
  .object({
    id: slugId.describe('Id, unique within the plan; other tasks name it in `after`'),
    name: text.describe('What is done or reached, for example "Load the portfolio register"'),
    start: isoDate.optional().describe('Date it starts (YYYY-MM-DD); with `after`, the earliest date it may start'),
    after: z.array(slugId).min(1, { error: 'lists at least one task id, or leave it out' }).optional().describe('Ids of tasks that must finish first'),
    duration: z.int({ error: 'must be a whole number of working days' }).min(1, { error: 'must be at least 1 working day' }).optional().describe('Length in working days (Monday to Friday, less the plan holidays)'),
    end: isoDate.optional().describe('Last day of the task (YYYY-MM-DD), instead of a duration'),
    milestone: z.boolean().default(false).describe('true for a point in time (a decision, a go-live) with no duration'),
    status: z.enum(taskStatuses).default('planned').describe('planned, active, done, or critical (on the critical path and at risk)'),
  })
  .strict()
  .superRefine((task, ctx) => {
    if (task.start === undefined && task.after === undefined) {
      ctx.addIssue({ code: 'custom', path: ['start'], message: 'needs a start date or an `after` list of tasks that must finish first' });
    }
    if (task.milestone && (task.duration !== undefined || task.end !== undefined)) {
      ctx.addIssue({ code: 'custom', path: [task.duration !== undefined ? 'duration' : 'end'], message: 'a milestone has no duration or end date; remove it, or set milestone: false' });
    }
    if (!task.milestone && task.duration === undefined && task.end === undefined) {
      ctx.addIssue({ code: 'custom', path: ['duration'], message: 'needs a duration in working days or an end date (or milestone: true for a point in time)' });
    }
    if (task.duration !== undefined && task.end !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: 'give a duration or an end date, not both' });
    }
  });

/** A phase of the timeline: a named group of tasks, shown as one section. */
export const phaseSchema = z
  .object({
    name: text.describe('Phase name, for example "Foundation (months 1 to 3)"'),
    tasks: z.array(taskSchema).min(1, { error: 'needs at least one task or milestone' }),
  })
  .strict();

/** One line of the budget; contingency is added on top of the amount. */
export const budgetLineSchema = z
  .object({
    item: text.describe('What the money is for, for example "Portfolio tool configuration and data migration"'),
    category: z.enum(budgetCategories).describe(`Budget category, one of: ${budgetCategories.join(', ')}`),
    amount: z.number({ error: 'must be a number without a currency sign or commas, for example 45000' }).nonnegative({ error: 'must not be negative' }).describe('Amount before contingency, in the currency'),
    currency: currencyCode.optional().describe('ISO 4217 currency code, for example "EUR"; leave it out for the organization\'s currency. One currency per plan'),
    costType: z.enum(costTypes).describe('capex (capitalised) or opex (running cost), as finance will account for it'),
    period: text.describe('When it is spent, for example "Year one (Oct 2026 to Sep 2027)"'),
    owner: roleRef.describe('Role that holds the line and approves spend against it'),
    contingency: z.number({ error: 'must be a percentage as a number, for example 15' }).min(0).max(100).default(0).describe('Contingency as a percentage of the amount, 0 for a fixed cost'),
  })
  .strict();

/** A post or role that works on the plan, for how much of its time and from when. */
export const resourceSchema = z
  .object({
    role: roleRef.optional().describe('The playbook role, when it is one'),
    title: text.optional().describe('Post title, for posts that are not playbook roles or to be more specific'),
    fte: z.number({ error: 'must be a number of full-time equivalents, for example 0.5' }).positive({ error: 'must be more than 0' }).describe('Full-time equivalents'),
    from: isoDate.describe('Start date (YYYY-MM-DD)'),
    to: isoDate.optional().describe('End date (YYYY-MM-DD); leave out for a permanent post'),
    source: z.enum(resourceSources).describe('internal (appointment or secondment), hire (new permanent post) or contractor'),
    note: text.optional().describe('Anything the resource manager needs to know, for example the backfill agreed'),
  })
  .strict()
  .refine((resource) => resource.role !== undefined || resource.title !== undefined, {
    error: 'needs a role (a playbook role id) or a title (for any other post)',
    path: ['role'],
  });

/** A success metric of the plan: a KPI definition, with the plan's own baseline or target where they differ. */
export const planMetricSchema = z
  .object({
    metric: slugId.describe('Id of a KPI in content/metrics/'),
    baseline: z.number().optional().describe("This plan's baseline, when it differs from the KPI's"),
    target: z.number().optional().describe("This plan's target, when it differs from the KPI's"),
    targetDate: isoDate.optional().describe("This plan's target date, when it differs from the KPI's"),
  })
  .strict();

/** content/plans/<id>.yaml: a plan template with timeline, budget, resources and success metrics. */
export const planSchema = z
  .object({
    id: slugId.describe('Unique id; must equal the file name without .yaml; the page is /plans/<id>/'),
    title: text.describe('Title of the plan'),
    summary: text.describe('What the plan is for and how to reuse it, in one or two sentences'),
    owner: roleRef.describe('Role that owns the plan and keeps it current'),
    stages: z.array(stageRef).default([]).describe('Stages whose pages link to this plan, as <playbook>/<stage>'),
    holidays: z.array(isoDate).default([]).describe('Bank holidays and shutdown days that are not worked; weekends never are'),
    timeline: z.array(phaseSchema).min(1, { error: 'needs at least one phase' }).describe('Phases in order, each with its tasks and milestones'),
    budget: z
      .object({
        assumptions: z.array(text).default([]).describe('What the figures assume, for example fully loaded staff rates'),
        lines: z.array(budgetLineSchema).min(1, { error: 'needs at least one budget line' }),
      })
      .strict()
      .describe('Budget lines; subtotals and totals are computed, never typed'),
    resources: z.array(resourceSchema).min(1, { error: 'needs at least one resource' }).describe('Who works on the plan'),
    metrics: z.array(planMetricSchema).default([]).describe('Success metrics: KPIs from content/metrics/'),
  })
  .strict();

export type Plan = z.infer<typeof planSchema>;
export type PlanTask = z.infer<typeof taskSchema>;
export type PlanPhase = z.infer<typeof phaseSchema>;
export type BudgetLine = z.infer<typeof budgetLineSchema>;
export type PlanResource = z.infer<typeof resourceSchema>;
export type PlanMetric = z.infer<typeof planMetricSchema>;
export type TaskStatus = (typeof taskStatuses)[number];
export type BudgetCategory = (typeof budgetCategories)[number];
export type CostType = (typeof costTypes)[number];
export type ResourceSource = (typeof resourceSources)[number];
