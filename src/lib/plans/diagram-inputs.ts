import type { PlanTimelineInput, TimelineTask } from '../diagrams/plan-timeline.ts';
import type { StakeholderPosition } from '../diagrams/stakeholder-grid.ts';
import type { Schedule } from './schedule.ts';
import type { PublishedStakeholder } from './stakeholder-quadrants.ts';

const timelineStatus = { planned: undefined, active: 'active', done: 'done', critical: 'critical' } as const;

/**
 * A plan's computed schedule as the input of the gantt generator (src/lib/diagrams/
 * plan-timeline.ts): one section per phase in timeline order, bars from start to end (both
 * days included), milestones on their date.
 */
export function planTimeline(title: string, schedule: Schedule): PlanTimelineInput {
  const sections = [...Map.groupBy(schedule.tasks, (task) => task.phase)].map(([name, tasks]) => ({
    name,
    tasks: tasks.map((task): TimelineTask => ({
      id: task.id,
      name: task.name,
      start: task.start,
      ...(task.milestone ? { milestone: true } : { end: task.end }),
      ...(timelineStatus[task.status] ? { status: timelineStatus[task.status] } : {}),
    })),
  }));
  return { title, sections };
}

/**
 * The power/interest grid's points for the quadrant generator (src/lib/diagrams/
 * stakeholder-grid.ts). Takes published stakeholders, so a sensitive one (which has no
 * assessment there) can never be plotted.
 */
export function stakeholderPositions(stakeholders: PublishedStakeholder[]): StakeholderPosition[] {
  return stakeholders.flatMap((stakeholder) =>
    stakeholder.assessment ? [{ name: stakeholder.name, power: stakeholder.assessment.power, interest: stakeholder.assessment.interest }] : [],
  );
}
