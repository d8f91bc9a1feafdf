import type { TaskStatus } from '../../schemas/index.ts';
import { addDays } from './iso-dates.ts';
import type { Schedule } from './schedule.ts';
import type { PublishedStakeholder } from './stakeholder-quadrants.ts';

/**
 * Inputs for the gantt and quadrant-chart generators of src/lib/diagrams/ (built on another
 * branch). They carry data only, no diagram syntax: escaping labels and choosing mermaid
 * keywords belong to the generators.
 */

export interface GanttTask {
  /** Section (the plan phase) the bar is drawn in. */
  section: string;
  id: string;
  label: string;
  /** First day, YYYY-MM-DD. */
  start: string;
  /** Last day, inclusive, YYYY-MM-DD; equals start for a milestone. */
  end: string;
  /**
   * The day after `end`. Mermaid draws a bar up to the start of its end date, so a
   * generator that writes explicit dates should write this one.
   */
  endExclusive: string;
  /** Working days, both ends counted; 0 for a milestone. */
  workingDays: number;
  /** planned, active, done or critical (mermaid tags: none, active, done, crit). */
  status: TaskStatus;
  milestone: boolean;
}

export interface GanttInput {
  title: string;
  tasks: GanttTask[];
}

/** A plan's computed schedule as gantt bars, in timeline order, sections from the phases. */
export function planToGantt(title: string, schedule: Schedule): GanttInput {
  return {
    title,
    tasks: schedule.tasks.map((task) => ({
      section: task.phase,
      id: task.id,
      label: task.name,
      start: task.start,
      end: task.end,
      endExclusive: addDays(task.end, 1),
      workingDays: task.workingDays,
      status: task.status,
      milestone: task.milestone,
    })),
  };
}

export interface QuadrantPoint {
  label: string;
  /** Interest, 0 to 1. */
  x: number;
  /** Power, 0 to 1. */
  y: number;
}

export interface QuadrantInput {
  title: string;
  xAxis: { low: string; high: string };
  yAxis: { low: string; high: string };
  /** Mermaid's numbering: 1 top right, 2 top left, 3 bottom left, 4 bottom right. */
  quadrants: { 1: string; 2: string; 3: string; 4: string };
  points: QuadrantPoint[];
}

/**
 * The power/interest grid as chart points. Takes published stakeholders, so a sensitive
 * one (which has no assessment there) can never be plotted.
 */
export function stakeholdersToQuadrant(stakeholders: PublishedStakeholder[]): QuadrantInput {
  return {
    title: 'Stakeholders by power and interest',
    xAxis: { low: 'Low interest', high: 'High interest' },
    yAxis: { low: 'Low power', high: 'High power' },
    quadrants: { 1: 'Manage closely', 2: 'Keep satisfied', 3: 'Monitor', 4: 'Keep informed' },
    points: stakeholders.flatMap((stakeholder) =>
      stakeholder.assessment ? [{ label: stakeholder.name, x: stakeholder.assessment.interest, y: stakeholder.assessment.power }] : [],
    ),
  };
}
