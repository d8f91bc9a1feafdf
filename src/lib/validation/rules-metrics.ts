import { higherIsBetter } from '../monitoring/kpi.ts';
import type { ContentSet } from './content-set.ts';
import type { Problem } from './problem.ts';
import { problemAt } from './problem-at.ts';

/** KPI readings run oldest first with one reading per date, so trends and "current" are unambiguous. */
export function metricReadingsAreInDateOrder(content: ContentSet): Problem[] {
  return content.metrics.flatMap((metric) =>
    metric.data.readings.flatMap((reading, i) => {
      const before = metric.data.readings[i - 1];
      if (before === undefined || reading.date > before.date) return [];
      if (reading.date === before.date) {
        return [problemAt(metric, ['readings', i, 'date'], 'metric/duplicate-reading', `Two readings are dated ${reading.date}.`, 'Keep one reading per date: remove the older value or correct the date.')];
      }
      return [problemAt(metric, ['readings', i, 'date'], 'metric/readings-order', `The reading of ${reading.date} comes after one of ${before.date}.`, 'List readings oldest first; move this one up.')];
    }),
  );
}

/** A reading that states its unit states the KPI's unit. */
export function metricReadingUnitsMatch(content: ContentSet): Problem[] {
  return content.metrics.flatMap((metric) =>
    metric.data.readings.flatMap((reading, i) =>
      reading.unit === undefined || reading.unit === metric.data.unit
        ? []
        : [problemAt(metric, ['readings', i, 'unit'], 'metric/reading-unit', `The reading is in "${reading.unit}" but the KPI is measured in "${metric.data.unit}".`, `Convert the value to ${metric.data.unit} and write unit: "${metric.data.unit}", or leave unit out.`)],
    ),
  );
}

/** Thresholds run the way the KPI improves: amber short of green, and green no further than the target. */
export function metricThresholdsAreOrdered(content: ContentSet): Problem[] {
  return content.metrics.flatMap((metric) => {
    const { thresholds, target } = metric.data;
    if (thresholds === undefined) return [];
    const higher = higherIsBetter(metric.data);
    const word = higher ? 'below' : 'above';
    const problems: Problem[] = [];
    if (higher ? thresholds.amber >= thresholds.green : thresholds.amber <= thresholds.green) {
      problems.push(problemAt(metric, ['thresholds', 'amber'], 'metric/thresholds-order', `Amber (${thresholds.amber}) must be ${word} green (${thresholds.green}): this KPI improves as it goes ${higher ? 'up' : 'down'}.`, `Set amber ${word} ${thresholds.green}, the value where the KPI stops being acceptable.`));
    }
    if (higher ? thresholds.green > target : thresholds.green < target) {
      problems.push(problemAt(metric, ['thresholds', 'green'], 'metric/thresholds-order', `Green (${thresholds.green}) is beyond the target (${target}), so meeting the target would not be green.`, `Set green to ${target} or ${higher ? 'less' : 'more'}.`));
    }
    return problems;
  });
}
