import type { CommsEntry, CommsFrequency, Metric, Objective, Plan, Stakeholder } from '../../schemas/index.ts';
import { commsFrequencies } from '../../schemas/index.ts';
import type { Entry } from '../playbook/playbook-model.ts';
import { budgetTotals, type BudgetTotals } from './budget.ts';
import { monthByMonth, type MonthOfComms } from './comms-calendar.ts';
import { computeSchedule, type Schedule } from './schedule.ts';
import { publishStakeholder, type PublishedStakeholder } from './stakeholder-quadrants.ts';

/** A plan's success metric with the plan's own values where it sets them, else the KPI's. */
export interface ResolvedPlanMetric {
  metric: Entry<Metric>;
  baseline?: number;
  baselineNote?: string;
  target: number;
  targetDate: string;
}

export interface PlanView {
  id: string;
  data: Plan;
  schedule: Schedule;
  budget: BudgetTotals;
  metrics: ResolvedPlanMetric[];
}

export interface PlanningModel {
  plans: PlanView[];
  metrics: Entry<Metric>[];
  metricById: Map<string, Entry<Metric>>;
  /** Published view only: sensitive assessments never enter the model. */
  stakeholders: PublishedStakeholder[];
  stakeholderById: Map<string, PublishedStakeholder>;
  comms: Entry<CommsEntry>[];
  commsByAudience: { stakeholder: PublishedStakeholder; entries: Entry<CommsEntry>[] }[];
  commsByFrequency: { frequency: CommsFrequency; entries: Entry<CommsEntry>[] }[];
  commsMonths: MonthOfComms<CommsEntry & { id: string }>[];
  plansByStage: Map<string, PlanView[]>;
  commsByStage: Map<string, Entry<CommsEntry>[]>;
  objectivesByMetric: Map<string, Entry<Objective>[]>;
}

function resolveMetrics(plan: Plan, metricById: Map<string, Entry<Metric>>): ResolvedPlanMetric[] {
  return plan.metrics.map((reference) => {
    const metric = metricById.get(reference.metric)!;
    const ownBaseline = reference.baseline !== undefined;
    return {
      metric,
      baseline: ownBaseline ? reference.baseline : metric.data.baseline,
      baselineNote: ownBaseline ? undefined : metric.data.baselineNote,
      target: reference.target ?? metric.data.target,
      targetDate: reference.targetDate ?? metric.data.targetDate,
    };
  });
}

/** Items by each of the keys they name (stages, metrics), keeping their order. */
function indexBy<T>(items: T[], keysOf: (item: T) => string[]): Map<string, T[]> {
  const index = new Map<string, T[]>();
  for (const item of items) for (const key of keysOf(item)) index.set(key, [...(index.get(key) ?? []), item]);
  return index;
}

/** Builds every plan, KPI, stakeholder and comms index the pages and downloads need, once per build. */
export function buildPlanningModel(input: {
  plans: Entry<Plan>[];
  metrics: Entry<Metric>[];
  stakeholders: Entry<Stakeholder>[];
  comms: Entry<CommsEntry>[];
  objectives: Entry<Objective>[];
  /** The organization's currency, for budget lines that name none. */
  currency: string;
}): PlanningModel {
  const metrics = [...input.metrics].sort((a, b) => a.data.name.localeCompare(b.data.name));
  const metricById = new Map(metrics.map((metric) => [metric.id, metric]));
  const plans = [...input.plans]
    .sort((a, b) => a.data.title.localeCompare(b.data.title))
    .map((plan) => ({
      id: plan.id,
      data: plan.data,
      schedule: computeSchedule(plan.data.timeline, plan.data.holidays),
      budget: budgetTotals(plan.data.budget.lines, input.currency),
      metrics: resolveMetrics(plan.data, metricById),
    }));
  const stakeholders = input.stakeholders.map((stakeholder) => publishStakeholder(stakeholder.id, stakeholder.data)).sort((a, b) => a.name.localeCompare(b.name));
  const comms = [...input.comms].sort((a, b) => a.data.first.localeCompare(b.data.first) || a.data.title.localeCompare(b.data.title));
  return {
    plans,
    metrics,
    metricById,
    stakeholders,
    stakeholderById: new Map(stakeholders.map((stakeholder) => [stakeholder.id, stakeholder])),
    comms,
    commsByAudience: stakeholders
      .map((stakeholder) => ({ stakeholder, entries: comms.filter((entry) => entry.data.audience.includes(stakeholder.id)) }))
      .filter((group) => group.entries.length > 0),
    commsByFrequency: commsFrequencies
      .map((frequency) => ({ frequency, entries: comms.filter((entry) => entry.data.frequency === frequency) }))
      .filter((group) => group.entries.length > 0),
    commsMonths: monthByMonth(comms.map((entry) => ({ ...entry.data, id: entry.id }))),
    plansByStage: indexBy(plans, (plan) => plan.data.stages),
    commsByStage: indexBy(comms, (entry) => entry.data.stages),
    objectivesByMetric: indexBy(input.objectives, (objective) => objective.data.metrics ?? []),
  };
}
