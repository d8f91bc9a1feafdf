import type { GeneratedDiagram } from '../diagrams/generated-diagram.ts';
import { listInProse } from '../diagrams/generated-diagram.ts';
import { xychartString } from '../diagrams/mermaid-text.ts';
import type { MaturityTrend } from './maturity-view.ts';

/** Lines of earlier assessments in greys, against the latest's blue bars: distinct in print and when dark mode inverts diagrams. */
const earlierLineColours = ['#333333', '#8a8a8a', '#5c5c5c', '#b0b0b0'];

/**
 * The level of every perspective in each past assessment: the latest as bars, each earlier one
 * as a line over them, so the chart shows where the PMO stands and how far it has moved.
 * `label` formats an assessment's date for the legend.
 */
export function maturityTrendChart(trend: MaturityTrend, label: (isoDate: string) => string): GeneratedDiagram | undefined {
  const latest = trend.assessments.at(-1);
  if (latest === undefined) return undefined;
  const earlier = trend.assessments.slice(0, -1);
  const series = (index: number) => trend.rows.map((row) => row.levels[index] ?? 0).join(', ');
  const name = (index: number) => xychartString(label(trend.assessments[index].data.date));
  const colours = ['#7fa7cc', ...earlier.map((_, index) => earlierLineColours[index % earlierLineColours.length])];
  const lines = [
    '---',
    'config:',
    '  xyChart:',
    // Room for the legend beside the perspectives' names: mermaid drops a legend that does not fit.
    '    width: 900',
    '    showLegend: true',
    '  themeVariables:',
    '    xyChart:',
    `      plotColorPalette: "${colours.join(', ')}"`,
    '---',
    // Horizontal, so the perspectives' names have room on the category axis.
    'xychart-beta horizontal',
    `  x-axis [${trend.rows.map((row) => xychartString(row.title)).join(', ')}]`,
    `  y-axis ${xychartString('Level')} 0 --> 5`,
    `  bar ${name(earlier.length)} [${series(earlier.length)}]`,
    ...earlier.map((_, index) => `  line ${name(index)} [${series(index)}]`),
  ];
  const levelsIn = (index: number) => listInProse(trend.rows.map((row) => `${row.title} ${row.levels[index] ?? 'not assessed'}`));
  const history = earlier.map((assessment, index) => `; the ${assessment.data.title.toLowerCase()} of ${label(assessment.data.date)} found ${levelsIn(index)}`).join('');
  return {
    name: 'maturity trend',
    source: `${lines.join('\n')}\n`,
    summary: `Maturity level per perspective. The ${latest.data.title.toLowerCase()} of ${label(latest.data.date)} found ${levelsIn(earlier.length)}${history}.`,
  };
}
