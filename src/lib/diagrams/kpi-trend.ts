import { formatShortDate } from '../formats/format.ts';
import type { GeneratedDiagram } from './generated-diagram.ts';
import { xychartString } from './mermaid-text.ts';

export interface KpiTrendInput {
  id: string;
  name: string;
  unit: string;
  target: number;
  baseline?: number;
  readings: readonly { date: string; value: number }[];
  /** The value with its unit, for the summary, for example "81%". */
  formatValue: (value: number) => string;
}

/** Axis limits that hold every reading, the baseline and the target, starting at 0 unless values go below it. */
function axisRange(values: number[], unit: string): [number, number] {
  const low = Math.min(0, ...values);
  const high = Math.max(...values);
  if (unit === '%' && low >= 0 && high <= 100) return [0, 100];
  const top = high <= 0 ? 1 : Math.ceil(high * 1.1);
  return [Math.floor(low), top];
}

/** A line chart of a KPI's readings over time, with the target named in the summary. */
export function kpiTrendDiagram(input: KpiTrendInput): GeneratedDiagram {
  const values = input.readings.map((reading) => reading.value);
  const [min, max] = axisRange([...values, input.target, ...(input.baseline === undefined ? [] : [input.baseline])], input.unit);
  const source = [
    'xychart',
    `  title ${xychartString(input.name)}`,
    `  x-axis [${input.readings.map((reading) => xychartString(formatShortDate(reading.date))).join(', ')}]`,
    `  y-axis ${xychartString(input.unit)} ${min} --> ${max}`,
    `  line [${values.join(', ')}]`,
  ].join('\n');
  const points = input.readings.map((reading) => `${input.formatValue(reading.value)} on ${formatShortDate(reading.date)}`).join(', ');
  const from = input.baseline === undefined ? '' : ` from a baseline of ${input.formatValue(input.baseline)}`;
  return {
    name: `KPI trend of ${input.id}`,
    source,
    summary: `Line chart of ${input.name}${from}: ${points}. Target ${input.formatValue(input.target)}.`,
  };
}
