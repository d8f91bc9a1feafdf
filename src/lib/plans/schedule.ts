import type { PlanPhase, TaskStatus } from '../../schemas/index.ts';
import { laterOf } from '../dates/calendar-date.ts';
import { WorkingCalendar } from './working-days.ts';

/** A task with its dates worked out. */
export interface ScheduledTask {
  id: string;
  name: string;
  phase: string;
  /** First day (a working day). */
  start: string;
  /** Last day, inclusive; equals start for a milestone. */
  end: string;
  /** Working days from start to end, both counted; 0 for a milestone. */
  workingDays: number;
  milestone: boolean;
  status: TaskStatus;
  after: string[];
}

export interface Schedule {
  tasks: ScheduledTask[];
  /** First start and last end of the whole timeline. */
  start: string;
  end: string;
}

/** Where a task sits in the plan file, so that rules can point at it. */
export interface TaskLocation {
  phaseIndex: number;
  taskIndex: number;
}

/** Every task of a timeline with its position, in file order. */
export function tasksOf(timeline: PlanPhase[]) {
  return timeline.flatMap((phase, phaseIndex) => phase.tasks.map((task, taskIndex) => ({ task, phase: phase.name, phaseIndex, taskIndex })));
}

/** `after` entries that name no task of the timeline. */
export function unknownPredecessors(timeline: PlanPhase[]): { location: TaskLocation; afterIndex: number; id: string }[] {
  const ids = new Set(tasksOf(timeline).map(({ task }) => task.id));
  return tasksOf(timeline).flatMap(({ task, phaseIndex, taskIndex }) =>
    (task.after ?? []).flatMap((id, afterIndex) => (ids.has(id) ? [] : [{ location: { phaseIndex, taskIndex }, afterIndex, id }])),
  );
}

/**
 * Dependency cycles, each as the ids in order with the first repeated at the end
 * ("a → b → a"); unknown ids are ignored here, they are reported on their own.
 */
export function dependencyCycles(timeline: PlanPhase[]): string[][] {
  const predecessors = new Map(tasksOf(timeline).map(({ task }) => [task.id, task.after ?? []]));
  const state = new Map<string, 'visiting' | 'done'>();
  const cycles: string[][] = [];
  const visit = (id: string, path: string[]) => {
    if (state.get(id) === 'done' || !predecessors.has(id)) return;
    if (state.get(id) === 'visiting') {
      cycles.push([...path.slice(path.indexOf(id)), id]);
      return;
    }
    state.set(id, 'visiting');
    for (const before of predecessors.get(id)!) visit(before, [...path, id]);
    state.set(id, 'done');
  };
  for (const id of predecessors.keys()) visit(id, []);
  return cycles;
}

/**
 * Works out every task's dates. A task with `after` starts on the first working day after
 * its latest predecessor ends (finish-to-start), or on its `start` if that is later; a
 * milestone with `after` falls on the day its latest predecessor ends. Any date that lands
 * on a weekend or holiday moves to the next working day. The timeline must have no unknown
 * predecessor and no cycle (the content check guarantees it); otherwise this throws.
 */
export function computeSchedule(timeline: PlanPhase[], holidays: readonly string[] = []): Schedule {
  const calendar = new WorkingCalendar(holidays);
  const entries = tasksOf(timeline);
  const byId = new Map(entries.map((entry) => [entry.task.id, entry]));
  const done = new Map<string, ScheduledTask>();
  const inProgress = new Set<string>();

  const schedule = (id: string): ScheduledTask => {
    const ready = done.get(id);
    if (ready) return ready;
    const entry = byId.get(id);
    if (!entry) throw new Error(`Task "${id}" is named in an after list but does not exist.`);
    if (inProgress.has(id)) throw new Error(`Task "${id}" depends on itself through its after list.`);
    inProgress.add(id);
    const { task, phase } = entry;
    const after = task.after ?? [];
    let earliest = task.start;
    if (after.length > 0) {
      const latestEnd = after.map((before) => schedule(before).end).reduce(laterOf);
      const fromPredecessors = task.milestone ? latestEnd : calendar.nextAfter(latestEnd);
      earliest = earliest === undefined ? fromPredecessors : laterOf(earliest, fromPredecessors);
    }
    const start = calendar.onOrAfter(earliest!);
    const end = task.milestone ? start : task.end ?? calendar.endOf(start, task.duration!);
    const scheduled: ScheduledTask = {
      id: task.id,
      name: task.name,
      phase,
      start,
      end,
      workingDays: task.milestone ? 0 : calendar.countBetween(start, end),
      milestone: task.milestone,
      status: task.status,
      after,
    };
    inProgress.delete(id);
    done.set(id, scheduled);
    return scheduled;
  };

  const tasks = entries.map(({ task }) => schedule(task.id));
  return {
    tasks,
    start: tasks.map((task) => task.start).reduce((a, b) => (a < b ? a : b)),
    end: tasks.map((task) => task.end).reduce(laterOf),
  };
}
