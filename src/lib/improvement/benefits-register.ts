import type { Benefit, BenefitStatus } from '../../schemas/index.ts';
import { defineTable, type Table } from '../downloads/table.ts';
import type { Entry } from '../playbook/playbook-model.ts';

export const benefitStatusLabel: Record<BenefitStatus, string> = {
  planned: 'Planned',
  'on-track': 'On track',
  'at-risk': 'At risk',
  realised: 'Realised',
  closed: 'Closed',
};

export type BenefitPoint = Benefit['realised'][number];

/** The most recent measured value, if any. */
export function latestRealised(benefit: Benefit): BenefitPoint | undefined {
  return benefit.realised.at(-1);
}

/** The expected profile's value in force on a date: the last expected value dated on or before it, else the baseline. */
export function expectedOn(benefit: Benefit, date: string): number {
  return benefit.expected.filter((point) => point.date <= date).at(-1)?.value ?? benefit.baseline;
}

/**
 * How far a value has moved from the baseline towards the target, in percent (0 at the
 * baseline, 100 at the target); works whether the target is above or below the baseline.
 */
export function progressTowardsTarget(benefit: Benefit, value: number): number {
  return Math.round(((value - benefit.baseline) / (benefit.target - benefit.baseline)) * 100);
}

/** Where a benefit stands against its profile, in words, for the register and the benefit's page. */
export function realisationSummary(benefit: Benefit, formatDate: (isoDate: string) => string): string {
  const latest = latestRealised(benefit);
  if (!latest) return `No value measured yet; realisation is expected from ${formatDate(benefit.expected[0].date)}.`;
  const expected = expectedOn(benefit, latest.date);
  const ahead = benefit.target > benefit.baseline ? latest.value >= expected : latest.value <= expected;
  return `${progressTowardsTarget(benefit, latest.value)}% of the way from baseline to target on ${formatDate(latest.date)}, ${ahead ? 'at or ahead of' : 'behind'} the expected profile.`;
}

/** Benefits of one objective, for its page, in register order. */
export function benefitsByObjective(benefits: readonly Entry<Benefit>[]): Map<string, Entry<Benefit>[]> {
  const byObjective = new Map<string, Entry<Benefit>[]>();
  for (const benefit of benefits) byObjective.set(benefit.data.objective, [...(byObjective.get(benefit.data.objective) ?? []), benefit]);
  return byObjective;
}

export function benefitsByPlan(benefits: readonly Entry<Benefit>[]): Map<string, Entry<Benefit>[]> {
  const byPlan = new Map<string, Entry<Benefit>[]>();
  for (const benefit of benefits) if (benefit.data.plan) byPlan.set(benefit.data.plan, [...(byPlan.get(benefit.data.plan) ?? []), benefit]);
  return byPlan;
}

export interface BenefitNames {
  roleTitle: (roleId: string) => string;
  objectiveTitle: (objectiveId: string) => string;
  planTitle: (planId: string) => string;
}

/** The register as download tables: one row per benefit, and one row per dated value (expected and realised). */
export function benefitRegisterTables(benefits: readonly Entry<Benefit>[], names: BenefitNames): Table[] {
  return [
    defineTable({
      slug: 'benefits',
      sheet: 'Benefits',
      rows: benefits,
      columns: [
        { header: 'Id', width: 26, value: ({ id }) => id },
        { header: 'Benefit', width: 40, value: ({ data }) => data.title },
        { header: 'Objective', width: 30, value: ({ data }) => names.objectiveTitle(data.objective) },
        { header: 'Plan', width: 30, value: ({ data }) => (data.plan === undefined ? undefined : names.planTitle(data.plan)) },
        { header: 'Owner', width: 24, value: ({ data }) => names.roleTitle(data.owner) },
        { header: 'Measure', width: 50, value: ({ data }) => data.measure },
        { header: 'Unit', width: 12, value: ({ data }) => data.unit },
        { header: 'Baseline', width: 10, format: 'number', value: ({ data }) => data.baseline },
        { header: 'Target', width: 10, format: 'number', value: ({ data }) => data.target },
        { header: 'Expected from', width: 14, format: 'date', value: ({ data }) => data.expected[0].date },
        { header: 'Expected in full by', width: 14, format: 'date', value: ({ data }) => data.expected.at(-1)!.date },
        { header: 'Latest realised', width: 12, format: 'number', value: ({ data }) => latestRealised(data)?.value },
        { header: 'Realised on', width: 14, format: 'date', value: ({ data }) => latestRealised(data)?.date },
        { header: 'Status', width: 12, value: ({ data }) => benefitStatusLabel[data.status] },
        { header: 'Dis-benefits', width: 50, value: ({ data }) => data.disBenefits.join(' | ') || undefined },
      ],
    }),
    defineTable({
      slug: 'values',
      sheet: 'Expected and realised',
      rows: benefits.flatMap(({ id, data }) => [
        ...data.expected.map((point) => ({ id, kind: 'Expected', point, unit: data.unit })),
        ...data.realised.map((point) => ({ id, kind: 'Realised', point, unit: data.unit })),
      ]),
      columns: [
        { header: 'Benefit id', width: 26, value: ({ id }) => id },
        { header: 'Kind', width: 10, value: ({ kind }) => kind },
        { header: 'Date', width: 14, format: 'date', value: ({ point }) => point.date },
        { header: 'Value', width: 10, format: 'number', value: ({ point }) => point.value },
        { header: 'Unit', width: 12, value: ({ unit }) => unit },
        { header: 'Note', width: 50, value: ({ point }) => point.note },
      ],
    }),
  ];
}
