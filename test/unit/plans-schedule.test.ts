import { describe, expect, it } from 'vitest';
import type { PlanPhase } from '../../src/schemas/index.ts';
import { computeSchedule, dependencyCycles, unknownPredecessors } from '../../src/lib/plans/schedule.ts';
import { WorkingCalendar } from '../../src/lib/plans/working-days.ts';

/** A phase from short task literals; defaults as the schema fills them. */
function phase(name: string, tasks: Partial<PlanPhase['tasks'][number]>[]): PlanPhase {
  return { name, tasks: tasks.map((task) => ({ milestone: false, status: 'planned', ...task }) as PlanPhase['tasks'][number]) };
}

describe('working calendar', () => {
  // 2026-12-25 is a Friday and 2026-12-28 a Monday (bank holidays); 26-27 December is a weekend.
  const calendar = new WorkingCalendar(['2026-12-25', '2026-12-28']);

  it('skips weekends and holidays', () => {
    expect(calendar.isWorkingDay('2026-12-24')).toBe(true);
    expect(calendar.isWorkingDay('2026-12-25')).toBe(false);
    expect(calendar.isWorkingDay('2026-12-26')).toBe(false);
    expect(calendar.onOrAfter('2026-12-25')).toBe('2026-12-29');
    expect(calendar.nextAfter('2026-12-24')).toBe('2026-12-29');
  });

  it('counts a duration with both ends included', () => {
    expect(calendar.endOf('2026-12-21', 1)).toBe('2026-12-21');
    // Mon 21 to Thu 24 is four days; the fifth is Tue 29 after the holidays.
    expect(calendar.endOf('2026-12-21', 5)).toBe('2026-12-29');
    expect(calendar.countBetween('2026-12-21', '2026-12-29')).toBe(5);
    expect(calendar.countBetween('2026-12-29', '2026-12-21')).toBe(0);
  });
});

describe('schedule', () => {
  it('starts a task on its date, and a dependent task on the next working day after its predecessor', () => {
    const schedule = computeSchedule([
      phase('One', [
        { id: 'a', name: 'A', start: '2026-10-01', duration: 10 },
        { id: 'b', name: 'B', after: ['a'], duration: 3 },
      ]),
    ]);
    // Thu 1 Oct + 10 working days ends Wed 14 Oct; B starts Thu 15 and ends Mon 19.
    expect(schedule.tasks.map(({ id, start, end, workingDays }) => ({ id, start, end, workingDays }))).toEqual([
      { id: 'a', start: '2026-10-01', end: '2026-10-14', workingDays: 10 },
      { id: 'b', start: '2026-10-15', end: '2026-10-19', workingDays: 3 },
    ]);
    expect(schedule).toMatchObject({ start: '2026-10-01', end: '2026-10-19' });
  });

  it('puts a milestone on the day its latest predecessor ends, and waits for the latest of several', () => {
    const schedule = computeSchedule([
      phase('One', [
        { id: 'short', name: 'Short', start: '2027-01-04', duration: 2 },
        { id: 'long', name: 'Long', start: '2027-01-04', duration: 7 },
        { id: 'gate', name: 'Gate', after: ['short', 'long'], milestone: true },
      ]),
    ]);
    expect(schedule.tasks[2]).toMatchObject({ start: '2027-01-12', end: '2027-01-12', workingDays: 0, milestone: true });
  });

  it('treats start as the earliest date when a task also has after, and moves weekend starts to Monday', () => {
    const schedule = computeSchedule([
      phase('One', [
        { id: 'a', name: 'A', start: '2026-11-02', duration: 1 },
        { id: 'board', name: 'Board', start: '2026-11-18', after: ['a'], milestone: true },
        { id: 'weekend', name: 'Weekend start', start: '2026-11-21', duration: 2 },
      ]),
    ]);
    expect(schedule.tasks[1].start).toBe('2026-11-18');
    expect(schedule.tasks[2]).toMatchObject({ start: '2026-11-23', end: '2026-11-24' });
  });

  it('runs a task with an end date to that date and counts its working days, across phases and holidays', () => {
    const schedule = computeSchedule(
      [phase('One', [{ id: 'a', name: 'A', start: '2026-12-21', duration: 1 }]), phase('Two', [{ id: 'b', name: 'B', after: ['a'], end: '2027-01-08' }])],
      ['2026-12-25', '2026-12-28', '2027-01-01'],
    );
    expect(schedule.tasks[1]).toMatchObject({ phase: 'Two', start: '2026-12-22', end: '2027-01-08', workingDays: 11 });
  });

  it('throws on a cycle or an unknown predecessor, which the content check reports first', () => {
    expect(() => computeSchedule([phase('One', [{ id: 'a', name: 'A', after: ['b'], duration: 1 }, { id: 'b', name: 'B', after: ['a'], duration: 1 }])])).toThrow(/depends on itself/);
    expect(() => computeSchedule([phase('One', [{ id: 'a', name: 'A', after: ['nope'], duration: 1 }])])).toThrow(/"nope"/);
  });
});

describe('dependency checks', () => {
  const timeline = [
    phase('One', [
      { id: 'a', name: 'A', start: '2027-01-04', duration: 1 },
      { id: 'b', name: 'B', after: ['a', 'c'], duration: 1 },
      { id: 'c', name: 'C', after: ['b'], duration: 1 },
    ]),
    phase('Two', [{ id: 'd', name: 'D', after: ['missing'], duration: 1 }, { id: 'e', name: 'E', after: ['e'], duration: 1 }]),
  ];

  it('finds unknown predecessors with where they are', () => {
    expect(unknownPredecessors(timeline)).toEqual([{ location: { phaseIndex: 1, taskIndex: 0 }, afterIndex: 0, id: 'missing' }]);
  });

  it('finds each cycle once, including a task that waits for itself', () => {
    expect(dependencyCycles(timeline)).toEqual([
      ['b', 'c', 'b'],
      ['e', 'e'],
    ]);
  });

  it('finds no cycle in a chain', () => {
    expect(dependencyCycles([phase('One', [{ id: 'a', name: 'A', start: '2027-01-04', duration: 1 }, { id: 'b', name: 'B', after: ['a'], duration: 1 }])])).toEqual([]);
  });
});
