import type { Benefit, Metric, Objective } from '../../schemas/index.ts';
import type { Entry } from '../playbook-model.ts';
import { latestRealised } from './benefits-register.ts';

/** A KPI reading, when the site has readings; until then every KPI shows its baseline and target only. */
export interface KpiReading {
  date: string;
  value: number;
}

export interface ValueReviewRow {
  objective: Entry<Objective>;
  kpis: { metric: Entry<Metric>; latest?: KpiReading }[];
  benefits: { benefit: Entry<Benefit>; latest?: { date: string; value: number } }[];
}

/**
 * Stage 8's value review: every objective, in priority order, with its KPIs (and their latest
 * reading, from `latestReading` once KPI readings exist) and the benefits that serve it.
 */
export function valueReview(
  objectives: readonly Entry<Objective>[],
  metrics: readonly Entry<Metric>[],
  benefits: readonly Entry<Benefit>[],
  latestReading: (metricId: string) => KpiReading | undefined = () => undefined,
): ValueReviewRow[] {
  const metricById = new Map(metrics.map((metric) => [metric.id, metric]));
  return [...objectives]
    .sort((a, b) => a.data.priority - b.data.priority || a.id.localeCompare(b.id))
    .map((objective) => ({
      objective,
      kpis: (objective.data.metrics ?? []).flatMap((metricId) => {
        const metric = metricById.get(metricId);
        return metric ? [{ metric, latest: latestReading(metricId) }] : [];
      }),
      benefits: benefits.filter((benefit) => benefit.data.objective === objective.id).map((benefit) => ({ benefit, latest: latestRealised(benefit.data) })),
    }));
}
