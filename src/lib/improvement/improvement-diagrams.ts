import type { GeneratedDiagram } from '../diagrams/generated-diagram.ts';
import { formatMonthYear } from '../format.ts';
import type { ImprovementContent } from './improvement-pages.ts';
import { realisationChart } from './realisation-chart.ts';

/** Every diagram stage 8's pages generate from data; the build renders these before the pages. */
export function improvementDiagrams(content: ImprovementContent): GeneratedDiagram[] {
  return content.benefits.map((benefit) => benefitRealisationChart(benefit));
}

/** One benefit's realisation chart, exactly as its page and the register draw it. */
export function benefitRealisationChart(benefit: ImprovementContent['benefits'][number]): GeneratedDiagram {
  return realisationChart(benefit.data, benefit.id, formatMonthYear);
}
