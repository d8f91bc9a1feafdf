import type {
  BudgetCategory,
  CommsFrequency,
  CostType,
  EngagementLevel,
  ReportingFrequency,
  ResourceSource,
  TaskStatus,
} from '../../schemas/index.ts';
import { formatNumber, formatPercent } from '../formats/format.ts';
import type { Quadrant } from './stakeholder-quadrants.ts';

/** Words for the enum values of plans, KPIs, stakeholders and comms, as pages and downloads print them. */
export const taskStatusLabel: Record<TaskStatus, string> = { planned: 'Planned', active: 'In progress', done: 'Done', critical: 'Critical' };

export const budgetCategoryLabel: Record<BudgetCategory, string> = {
  staff: 'Staff',
  contractors: 'Contractors',
  software: 'Software',
  hardware: 'Hardware',
  training: 'Training',
  communications: 'Communications',
  facilities: 'Facilities',
  travel: 'Travel',
  other: 'Other',
};

export const costTypeLabel: Record<CostType, string> = { capex: 'Capex', opex: 'Opex' };

export const resourceSourceLabel: Record<ResourceSource, string> = { internal: 'Internal', hire: 'New hire', contractor: 'Contractor' };

export const reportingFrequencyLabel: Record<ReportingFrequency, string> = {
  weekly: 'Weekly',
  monthly: 'Monthly',
  quarterly: 'Quarterly',
  'twice-yearly': 'Twice a year',
  annually: 'Once a year',
};

export const commsFrequencyLabel: Record<CommsFrequency, string> = {
  daily: 'Daily (working days)',
  weekly: 'Weekly',
  fortnightly: 'Fortnightly',
  monthly: 'Monthly',
  quarterly: 'Quarterly',
  'per-event': 'Per event',
};

export const engagementLabel: Record<EngagementLevel, string> = {
  unaware: 'Unaware',
  resistant: 'Resistant',
  neutral: 'Neutral',
  supportive: 'Supportive',
  leading: 'Leading',
};

export const quadrantLabel: Record<Quadrant, string> = {
  'manage-closely': 'Manage closely',
  'keep-satisfied': 'Keep satisfied',
  'keep-informed': 'Keep informed',
  monitor: 'Monitor',
};

export const quadrantAdvice: Record<Quadrant, string> = {
  'manage-closely': 'High power, high interest: personal contact and a part in decisions.',
  'keep-satisfied': 'High power, lower interest: short, outcome-focused briefings.',
  'keep-informed': 'Lower power, high interest: detailed guidance, training and a voice in design.',
  monitor: 'Lower power, lower interest: general awareness through existing channels.',
};

/** A KPI value with its unit: "45%", "11 weeks", "2.6 out of 5". */
export function formatMetricValue(value: number, unit: string): string {
  return unit === '%' ? formatPercent(value, 2) : `${formatNumber(value)} ${unit}`;
}

/** "0.5 FTE". */
export function formatFte(fte: number): string {
  return `${formatNumber(fte)} FTE`;
}
