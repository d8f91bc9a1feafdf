import type { Metric, MetricReading, Rag } from '../../schemas/index.ts';

/**
 * Whether a higher value is better: from baseline to target, or, with no baseline, from the
 * amber threshold to the target.
 */
export function higherIsBetter(metric: Pick<Metric, 'baseline' | 'target' | 'thresholds'>): boolean {
  const from = metric.baseline ?? metric.thresholds?.amber;
  return from === undefined || metric.target >= from;
}

/** RAG of a value against a KPI's thresholds; undefined when it has none. */
export function ragOfValue(metric: Pick<Metric, 'baseline' | 'target' | 'thresholds'>, value: number): Rag | undefined {
  const { thresholds } = metric;
  if (thresholds === undefined) return undefined;
  const atLeast = (limit: number) => (higherIsBetter(metric) ? value >= limit : value <= limit);
  if (atLeast(thresholds.green)) return 'green';
  if (atLeast(thresholds.amber)) return 'amber';
  return 'red';
}

/** The RAG rule of a KPI in words, for example "green at 85% or more, amber from 70%, red below". */
export function thresholdText(metric: Pick<Metric, 'baseline' | 'target' | 'thresholds' | 'unit'>, formatValue: (value: number) => string): string | undefined {
  const { thresholds } = metric;
  if (thresholds === undefined) return undefined;
  return higherIsBetter(metric)
    ? `green at ${formatValue(thresholds.green)} or more, amber from ${formatValue(thresholds.amber)}, red below`
    : `green at ${formatValue(thresholds.green)} or less, amber up to ${formatValue(thresholds.amber)}, red above`;
}

/** The newest reading, if any (readings are kept oldest first). */
export const latestReading = (metric: Pick<Metric, 'readings'>): MetricReading | undefined => metric.readings.at(-1);
