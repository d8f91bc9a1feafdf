import { describe, expect, it } from 'vitest';
import type { Stakeholder } from '../../src/schemas/index.ts';
import { planTimelineDiagram, timelineProblems } from '../../src/lib/diagrams/plan-timeline.ts';
import { stakeholderGridProblems } from '../../src/lib/diagrams/stakeholder-grid.ts';
import { planTimeline, stakeholderPositions } from '../../src/lib/plans/diagram-inputs.ts';
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
  it('plots published stakeholders by power and interest, never a sensitive one', () => {
    expect(stakeholderPositions([publishStakeholder('board', stakeholder('Board', 0.9, 0.8)), publishStakeholder('unions', stakeholder('Unions', 0.6, 0.4, true))])).toEqual([
      { name: 'Board', power: 0.9, interest: 0.8 },
    ]);
  });

  it('turns a schedule into gantt sections by phase, with end dates for bars, dates for milestones and mermaid statuses', () => {
    const schedule = computeSchedule([
      {
        name: 'Foundation',
        tasks: [
          { id: 'approve', name: 'Plan approved', start: '2026-10-01', milestone: true, status: 'done' },
          { id: 'intake', name: 'Launch intake', after: ['approve'], duration: 10, milestone: false, status: 'critical' },
        ],
      },
      { name: 'Establish', tasks: [{ id: 'pilot', name: 'Pilot', after: ['intake'], duration: 2, milestone: false, status: 'planned' }] },
    ]);
    expect(planTimeline('PMO plan', schedule)).toEqual({
      title: 'PMO plan',
      sections: [
        {
          name: 'Foundation',
          tasks: [
            { id: 'approve', name: 'Plan approved', start: '2026-10-01', milestone: true, status: 'done' },
            { id: 'intake', name: 'Launch intake', start: '2026-10-02', end: '2026-10-15', status: 'critical' },
          ],
        },
        { name: 'Establish', tasks: [{ id: 'pilot', name: 'Pilot', start: '2026-10-16', end: '2026-10-19' }] },
      ],
    });
  });

  it('feeds the diagrams generators without a problem', () => {
    const schedule = computeSchedule([{ name: 'One', tasks: [{ id: 'a', name: 'A: first', start: '2027-01-04', duration: 3, milestone: false, status: 'active' }] }]);
    expect(timelineProblems(planTimeline('Plan', schedule))).toEqual([]);
    expect(planTimelineDiagram(planTimeline('Plan', schedule)).source).toContain('section One');
    expect(stakeholderGridProblems(stakeholderPositions([publishStakeholder('board', stakeholder('Board', 0.9, 0.8))]))).toEqual([]);
  });
});
