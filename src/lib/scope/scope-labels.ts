import type { Scope } from '../../schemas/index.ts';

type WorkCategory = Scope['categories'][number]['kind'];
type ThresholdDimension = Scope['thresholds'][number]['dimension'];

const workCategoryLabels: Record<WorkCategory, string> = {
  portfolio: 'Portfolio',
  programme: 'Programme',
  project: 'Project',
  'bau-change': 'Business-as-usual change',
};

const thresholdLabels: Record<ThresholdDimension, string> = {
  budget: 'Budget',
  duration: 'Duration',
  headcount: 'Headcount',
  risk: 'Risk',
  'cross-functional-reach': 'Cross-functional reach',
};

export const workCategoryLabel = (kind: WorkCategory) => workCategoryLabels[kind];
export const thresholdLabel = (dimension: ThresholdDimension) => thresholdLabels[dimension];
