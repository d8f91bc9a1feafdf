import type { Benefit, Metric, MetricReading, Objective } from '../../schemas/index.ts';
import { latestReading } from '../monitoring/kpi.ts';
import type { Entry } from '../playbook/playbook-model.ts';
import { latestRealised } from './benefits-register.ts';

export interface ValueReviewRow {
  objective: Entry<Objective>;
  kpis: { metric: Entry<Metric>; latest?: MetricReading }[];
  benefits: { benefit: Entry<Benefit>; latest?: { date: string; value: number } }[];
}

/**
 * Stage 8's value review: every objective, in priority order, with its KPIs and their latest
 * readings, and the benefits that serve it with their latest realised values.
 */
export function valueReview(
  objectives: readonly Entry<Objective>[],
  metrics: readonly Entry<Metric>[],
  benefits: readonly Entry<Benefit>[],
): ValueReviewRow[] {
  const metricById = new Map(metrics.map((metric) => [metric.id, metric]));
  return [...objectives]
    .sort((a, b) => a.data.priority - b.data.priority || a.id.localeCompare(b.id))
    .map((objective) => ({
      objective,
      kpis: (objective.data.metrics ?? []).flatMap((metricId) => {
        const metric = metricById.get(metricId);
        return metric ? [{ metric, latest: latestReading(metric.data) }] : [];
      }),
      benefits: benefits.filter((benefit) => benefit.data.objective === objective.id).map((benefit) => ({ benefit, latest: latestRealised(benefit.data) })),
    }));
}
