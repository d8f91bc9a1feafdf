import { describe, expect, it } from 'vitest';
import type { Benefit } from '../../src/schemas/index.ts';
import { benefitRegisterTables, expectedOn, latestRealised, progressTowardsTarget, realisationSummary } from '../../src/lib/improvement/benefits-register.ts';
import { tableCells } from '../../src/lib/downloads/table.ts';
import { axisTop, realisationChart, realisationSeries } from '../../src/lib/improvement/realisation-chart.ts';
import { validImprovementFiles } from '../helpers/improvement-fixture.ts';
import { fixtureChecker } from '../helpers/fixture-checker.ts';

const benefit: Benefit = {
  id: 'b',
  title: 'Shorter decisions',
  description: 'd',
  objective: 'o',
  owner: 'r',
  measure: 'm',
  unit: 'weeks',
  baseline: 11,
  target: 4,
  expected: [
    { date: '2027-03-31', value: 7 },
    { date: '2027-09-30', value: 4 },
  ],
  realised: [
    { date: '2027-01-31', value: 9 },
    { date: '2027-04-30', value: 8 },
  ],
  disBenefits: [],
  status: 'on-track',
  review: { owner: 'r', lastReviewed: '2026-11-01', reviewEveryMonths: 3 },
};

describe('benefit realisation', () => {
  it('reads the expected value in force on a date, the baseline before the profile starts', () => {
    expect(expectedOn(benefit, '2027-01-01')).toBe(11);
    expect(expectedOn(benefit, '2027-03-31')).toBe(7);
    expect(expectedOn(benefit, '2027-05-01')).toBe(7);
    expect(expectedOn(benefit, '2028-01-01')).toBe(4);
  });

  it('measures progress from baseline to target whichever way the target lies', () => {
    expect(progressTowardsTarget(benefit, 8)).toBe(43);
    expect(progressTowardsTarget({ ...benefit, baseline: 40, target: 100 }, 70)).toBe(50);
  });

  it('says whether the latest value is behind the profile, and when nothing has been measured', () => {
    const iso = (date: string) => date;
    expect(latestRealised(benefit)).toEqual({ date: '2027-04-30', value: 8 });
    expect(realisationSummary(benefit, iso)).toBe('43% of the way from baseline to target on 2027-04-30, behind the expected profile.');
    expect(realisationSummary({ ...benefit, realised: [{ date: '2027-04-30', value: 6 }] }, iso)).toContain('at or ahead of');
    expect(realisationSummary({ ...benefit, realised: [] }, iso)).toBe('No value measured yet; realisation is expected from 2027-03-31.');
  });

  it('charts both series from the baseline over every dated value, with empty realised bars after the last measurement', () => {
    expect(realisationSeries(benefit)).toEqual({
      dates: ['2027-01-31', '2027-03-31', '2027-04-30', '2027-09-30'],
      expected: [11, 11, 7, 7, 4],
      realised: [11, 9, 9, 8, 0],
    });
    const chart = realisationChart(benefit, 'b', (date) => date.slice(0, 7));
    expect(chart.source).toContain('x-axis ["Baseline", "2027-01", "2027-03", "2027-04", "2027-09"]');
    expect(chart.source).toContain('y-axis "weeks" 0 --> 20');
    expect(chart.source).toContain('line "Expected" [11, 11, 7, 7, 4]');
    expect(chart.source).toContain('bar "Realised" [11, 9, 9, 8, 0]');
    expect(chart.source.indexOf('bar "Realised"')).toBeLessThan(chart.source.indexOf('line "Expected"'));
    expect(realisationChart({ ...benefit, realised: [] }, 'b', (date) => date).source).not.toContain('Realised');
  });

  it('rounds the value axis up to 1, 2 or 5 times a power of ten', () => {
    expect(axisTop([55, 100])).toBe(100);
    expect(axisTop([0, 600])).toBe(1000);
    expect(axisTop([40, 4])).toBe(50);
    expect(axisTop([11, 4])).toBe(20);
  });

  it('writes the register and every dated value as download tables', () => {
    const [register, values] = benefitRegisterTables([{ id: 'b', data: { ...benefit, plan: 'p', disBenefits: ['x', 'y'] } }], {
      roleTitle: () => 'Owner',
      objectiveTitle: () => 'Objective',
      planTitle: () => 'Plan',
    });
    expect(tableCells(register)).toEqual([['b', 'Shorter decisions', 'Objective', 'Plan', 'Owner', 'm', 'weeks', 11, 4, '2027-03-31', '2027-09-30', 8, '2027-04-30', 'On track', 'x | y']]);
    expect(tableCells(values).map((row) => row.slice(0, 4))).toEqual([
      ['b', 'Expected', '2027-03-31', 7],
      ['b', 'Expected', '2027-09-30', 4],
      ['b', 'Realised', '2027-01-31', 9],
      ['b', 'Realised', '2027-04-30', 8],
    ]);
  });
});

const base = validImprovementFiles();
const BENEFIT = 'content/benefits/register-complete.yaml';

const { check, edit: editFile } = fixtureChecker(base, { today: '2026-11-30' });
const edit = (from: string, to: string) => editFile(BENEFIT, from, to);

describe('benefit rules', () => {
  it('find no problem in the valid fixture', () => {
    expect(check()).toEqual([]);
  });

  it('report an owner that is not a role, and an unknown objective or plan, with the likely id', () => {
    expect(check(edit('owner: sponsor', 'owner: sponser'))).toEqual([expect.objectContaining({ file: BENEFIT, field: 'owner', rule: 'reference/role', hint: expect.stringContaining('"sponsor"') })]);
    expect(check(edit('objective: visibility', 'objective: visibilty'))).toEqual([
      expect.objectContaining({ file: BENEFIT, field: 'objective', rule: 'benefit/unknown-objective', message: 'Unknown objective "visibilty".', hint: 'Did you mean "visibility"?', position: { line: 4, column: 1 } }),
    ]);
    expect(check(edit('owner: sponsor', 'plan: rollout\nowner: sponsor'))).toEqual([expect.objectContaining({ field: 'plan', rule: 'benefit/unknown-plan' })]);
  });

  it('report a target equal to the baseline', () => {
    expect(check(edit('target: 100', 'target: 40'))).toEqual([expect.objectContaining({ field: 'target', rule: 'benefit/target-equals-baseline', message: 'The target (40) equals the baseline.' })]);
  });

  it('report realised values out of date order, naming both dates', () => {
    const problems = check(edit('  - date: 2026-11-27', '  - date: 2026-10-01'));
    expect(problems).toEqual([expect.objectContaining({ field: 'realised.1.date', rule: 'benefit/date-order', message: 'realised value 2 is dated 2026-10-01, not after the one before it (2026-10-30).' })]);
  });

  it('warn about a benefit past its first expected date with no realised value, but not once it is closed', () => {
    const unmeasured = edit(base[BENEFIT].slice(base[BENEFIT].indexOf('realised:'), base[BENEFIT].indexOf('disBenefits:')), '');
    expect(check(unmeasured, '2026-12-30')).toEqual([]);
    expect(check(unmeasured, '2027-01-05')).toEqual([
      expect.objectContaining({ severity: 'warning', field: 'expected.0.date', rule: 'benefit/not-measured', hint: expect.stringContaining('sponsor') }),
    ]);
    expect(check({ [BENEFIT]: unmeasured[BENEFIT].replace('status: on-track', 'status: closed') }, '2027-01-05')).toEqual([]);
  });

  it('refuse a status that is not in the list and a benefit with no expected value', () => {
    expect(check(edit('status: on-track', 'status: late'))[0]).toMatchObject({ field: 'status', file: BENEFIT });
    const noProfile = edit(base[BENEFIT].slice(base[BENEFIT].indexOf('expected:'), base[BENEFIT].indexOf('realised:')), 'expected: []\n');
    expect(check(noProfile)[0]).toMatchObject({ field: 'expected', message: expect.stringContaining('at least one expected value') });
  });
});

describe('value review', () => {
  it('lists every objective by priority with its KPIs, their latest reading once there is one, and its benefits', async () => {
    const { valueReview } = await import('../../src/lib/improvement/value-review.ts');
    const objective = (id: string, priority: number, metrics?: string[]) => ({ id, data: { id, priority, metrics } }) as never;
    const metric = (id: string, readings: { date: string; value: number }[]) => ({ id, data: { id, readings } }) as never;
    const readings = [{ date: '2026-12-31', value: 3 }, { date: '2027-01-31', value: 5 }];
    const rows = valueReview([objective('second', 2), objective('first', 1, ['kpi', 'gone'])], [metric('kpi', readings)], [{ id: 'b', data: { ...benefit, objective: 'first' } }]);
    expect(rows.map((row) => row.objective.id)).toEqual(['first', 'second']);
    expect(rows[0].kpis.map((kpi) => [kpi.metric.id, kpi.latest])).toEqual([['kpi', { date: '2027-01-31', value: 5 }]]);
    expect(rows[0].benefits.map((entry) => [entry.benefit.id, entry.latest])).toEqual([['b', { date: '2027-04-30', value: 8 }]]);
    expect(rows[1]).toMatchObject({ kpis: [], benefits: [] });
  });
});
