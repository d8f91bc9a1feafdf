import { describe, expect, it } from 'vitest';
import type { Stakeholder } from '../../src/schemas/index.ts';
import { planToGantt, stakeholdersToQuadrant } from '../../src/lib/plans/diagram-inputs.ts';
import { computeSchedule } from '../../src/lib/plans/schedule.ts';
import { groupByQuadrant, publishStakeholder, quadrantOf } from '../../src/lib/plans/stakeholder-quadrants.ts';

const stakeholder = (name: string, power: number, interest: number, sensitive = false): Stakeholder => ({
  id: name.toLowerCase(),
  name,
  description: `${name} description`,
  owner: 'pmo-lead',
  sensitive,
  assessment: { power, interest, current: 'neutral', desired: 'supportive', concerns: `${name} worries` },
});

describe('power/interest quadrants', () => {
  it('counts 0.5 as high on both axes', () => {
    expect(quadrantOf({ power: 0.5, interest: 0.5 })).toBe('manage-closely');
    expect(quadrantOf({ power: 0.5, interest: 0.49 })).toBe('keep-satisfied');
    expect(quadrantOf({ power: 0.49, interest: 0.5 })).toBe('keep-informed');
    expect(quadrantOf({ power: 0, interest: 0 })).toBe('monitor');
  });

  it('drops the whole assessment of a sensitive stakeholder when publishing it', () => {
    const published = publishStakeholder('unions', stakeholder('Unions', 0.6, 0.4, true));
    expect(published).toEqual({ id: 'unions', name: 'Unions', role: undefined, description: 'Unions description', owner: 'pmo-lead', sensitive: true });
    expect(JSON.stringify(published)).not.toContain('worries');
    expect(publishStakeholder('board', stakeholder('Board', 0.9, 0.8)).assessment).toEqual({
      power: 0.9,
      interest: 0.8,
      current: 'neutral',
      desired: 'supportive',
      concerns: 'Board worries',
      quadrant: 'manage-closely',
    });
  });

  it('groups published stakeholders by quadrant, strongest first, and lists sensitive ones apart', () => {
    const grid = groupByQuadrant([
      publishStakeholder('sponsors', stakeholder('Sponsors', 0.7, 0.7)),
      publishStakeholder('board', stakeholder('Board', 0.9, 0.8)),
      publishStakeholder('staff', stakeholder('Staff', 0.2, 0.1)),
      publishStakeholder('unions', stakeholder('Unions', 0.6, 0.4, true)),
    ]);
    expect(grid.quadrants.map(({ quadrant, stakeholders }) => [quadrant, stakeholders.map((entry) => entry.id)])).toEqual([
      ['manage-closely', ['board', 'sponsors']],
      ['keep-satisfied', []],
      ['keep-informed', []],
      ['monitor', ['staff']],
    ]);
    expect(grid.withheld.map((entry) => entry.id)).toEqual(['unions']);
  });
});

describe('diagram inputs', () => {
  it('plots published stakeholders with interest as x and power as y, never a sensitive one', () => {
    const chart = stakeholdersToQuadrant([publishStakeholder('board', stakeholder('Board', 0.9, 0.8)), publishStakeholder('unions', stakeholder('Unions', 0.6, 0.4, true))]);
    expect(chart.points).toEqual([{ label: 'Board', x: 0.8, y: 0.9 }]);
    expect(chart.quadrants).toEqual({ 1: 'Manage closely', 2: 'Keep satisfied', 3: 'Monitor', 4: 'Keep informed' });
  });

  it('turns a schedule into gantt bars with sections, inclusive and exclusive ends, status and milestones', () => {
    const schedule = computeSchedule([
      {
        name: 'Foundation',
        tasks: [
          { id: 'approve', name: 'Plan approved', start: '2026-10-01', milestone: true, status: 'done' },
          { id: 'intake', name: 'Launch intake', after: ['approve'], duration: 10, milestone: false, status: 'critical' },
        ],
      },
    ]);
    expect(planToGantt('PMO plan', schedule)).toEqual({
      title: 'PMO plan',
      tasks: [
        { section: 'Foundation', id: 'approve', label: 'Plan approved', start: '2026-10-01', end: '2026-10-01', endExclusive: '2026-10-02', workingDays: 0, status: 'done', milestone: true },
        { section: 'Foundation', id: 'intake', label: 'Launch intake', start: '2026-10-02', end: '2026-10-15', endExclusive: '2026-10-16', workingDays: 10, status: 'critical', milestone: false },
      ],
    });
  });
});
