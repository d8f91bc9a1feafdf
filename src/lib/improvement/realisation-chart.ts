import type { Benefit } from '../../schemas/index.ts';
import type { GeneratedDiagram } from '../diagrams/generated-diagram.ts';
import { xychartString } from '../diagrams/mermaid-text.ts';
import { expectedOn } from './benefits-register.ts';

/** The smallest round number (1, 2 or 5 times a power of ten) at or above the largest value, for the top of the value axis. */
export function axisTop(values: number[]): number {
  const largest = Math.max(...values, 1);
  const power = 10 ** Math.floor(Math.log10(largest));
  return [1, 2, 5, 10].map((step) => step * power).find((top) => top >= largest)!;
}

/**
 * The benefit's chart data: one column per dated value, first the baseline. Each value holds
 * until the next one (a step profile). Mermaid's xychart needs every series to cover every
 * column, so columns after the latest measurement get a realised value of 0: an empty bar.
 */
export function realisationSeries(benefit: Benefit) {
  const dates = [...new Set([...benefit.expected, ...benefit.realised].map((point) => point.date))].sort();
  const lastRealised = benefit.realised.at(-1)?.date;
  const realisedOn = (date: string) => benefit.realised.filter((point) => point.date <= date).at(-1)?.value ?? benefit.baseline;
  return {
    dates,
    expected: [benefit.baseline, ...dates.map((date) => expectedOn(benefit, date))],
    realised: lastRealised === undefined ? [] : [benefit.baseline, ...dates.map((date) => (date <= lastRealised ? realisedOn(date) : 0))],
  };
}

/**
 * Expected profile against realised values as a mermaid line chart, first column the
 * baseline. `label` formats a date for the axis; `name` identifies the chart in build messages.
 */
export function realisationChart(benefit: Benefit, id: string, label: (isoDate: string) => string): GeneratedDiagram {
  const { dates, expected, realised } = realisationSeries(benefit);
  const lines = [
    '---',
    'config:',
    '  xyChart:',
    '    showLegend: true',
    // Blue bars for what happened and a dark grey line for the plan: distinct in print and when the site inverts diagrams for dark mode.
    '  themeVariables:',
    '    xyChart:',
    `      plotColorPalette: "${realised.length > 0 ? '#7fa7cc, ' : ''}#333333"`,
    '---',
    'xychart-beta',
    `  x-axis [${['Baseline', ...dates.map(label)].map(xychartString).join(', ')}]`,
    `  y-axis ${xychartString(benefit.unit)} 0 --> ${axisTop([...expected, ...realised, benefit.target])}`,
    // Bars first, so the expected line is drawn over them.
    ...(realised.length > 0 ? [`  bar "Realised" [${realised.join(', ')}]`] : []),
    `  line "Expected" [${expected.join(', ')}]`,
  ];
  const latest = benefit.realised.at(-1);
  return {
    name: `benefit realisation of ${id}`,
    source: `${lines.join('\n')}\n`,
    summary:
      `${benefit.title}: expected to move from ${benefit.baseline} to ${benefit.target} ${benefit.unit} by ${label(benefit.expected.at(-1)!.date)}` +
      (latest ? `; ${latest.value} ${benefit.unit} realised by ${label(latest.date)}.` : '; nothing realised yet.'),
  };
}
