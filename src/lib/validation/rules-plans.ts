import type { Plan } from '../../schemas/index.ts';
import { computeSchedule, dependencyCycles, tasksOf, unknownPredecessors } from '../plans/schedule.ts';
import type { ContentSet, SourcedEntry } from './content-set.ts';
import type { Problem } from './problem.ts';
import { problemAt } from './problem-at.ts';
import { closestMatch } from './suggest.ts';

const taskPath = (phaseIndex: number, taskIndex: number) => ['timeline', phaseIndex, 'tasks', taskIndex];

/** Task ids are unique within a plan, so `after` lists are unambiguous. */
export function planTaskIdsAreUnique(content: ContentSet): Problem[] {
  return content.plans.flatMap((plan) => {
    const seen = new Set<string>();
    return tasksOf(plan.data.timeline).flatMap(({ task, phaseIndex, taskIndex }) => {
      if (!seen.has(task.id)) {
        seen.add(task.id);
        return [];
      }
      return [
        problemAt(plan, [...taskPath(phaseIndex, taskIndex), 'id'], 'plan/duplicate-task-id', `The task id "${task.id}" is used twice in this plan.`, 'Give each task and milestone its own id, and update any after lists that name it.'),
      ];
    });
  });
}

/** Every id in an `after` list names a task of the same plan. */
export function planDependenciesResolve(content: ContentSet): Problem[] {
  return content.plans.flatMap((plan) => {
    const ids = tasksOf(plan.data.timeline).map(({ task }) => task.id);
    return unknownPredecessors(plan.data.timeline).map(({ location, afterIndex, id }) => {
      const suggestion = closestMatch(id, ids);
      return problemAt(
        plan,
        [...taskPath(location.phaseIndex, location.taskIndex), 'after', afterIndex],
        'plan/unknown-dependency',
        `"${id}" is not a task of this plan.`,
        suggestion ? `Did you mean "${suggestion}"? after lists the ids of tasks in the same plan.` : `Use the id of a task in this plan (${ids.join(', ')}), or remove it from after.`,
      );
    });
  });
}

/** Dependencies never loop, or no task in the loop could ever start. */
export function planDependenciesHaveNoCycle(content: ContentSet): Problem[] {
  return content.plans.flatMap((plan) => {
    const locations = new Map(tasksOf(plan.data.timeline).map(({ task, phaseIndex, taskIndex }) => [task.id, taskPath(phaseIndex, taskIndex)]));
    return dependencyCycles(plan.data.timeline).map((cycle) =>
      problemAt(
        plan,
        [...locations.get(cycle[0])!, 'after'],
        'plan/dependency-cycle',
        `Tasks wait for each other in a loop: ${cycle.join(' → ')}.`,
        `Remove one of these ids from an after list (or give that task a start date instead) so the chain has a beginning.`,
      ),
    );
  });
}

/** A plan's budget is in one currency; totals cannot add pounds to euros. A line without one is in the organization's. */
export function planUsesOneCurrency(content: ContentSet): Problem[] {
  const organizationCurrency = content.organization[0]?.data.currency;
  return content.plans.flatMap((plan) => {
    const [first, ...rest] = plan.data.budget.lines.map((line) => line.currency ?? organizationCurrency);
    return rest.flatMap((currency, index) =>
      currency === first
        ? []
        : [
            problemAt(
              plan,
              ['budget', 'lines', index + 1, 'currency'],
              'plan/one-currency',
              `This line is in ${currency} but the plan's first budget line is in ${first}.`,
              `Convert the amount to ${first} and write currency: ${first}; a plan's totals are in one currency.`,
            ),
          ],
    );
  });
}

function hasDependencyProblems(plan: SourcedEntry<Plan>): boolean {
  const ids = tasksOf(plan.data.timeline).map(({ task }) => task.id);
  return new Set(ids).size !== ids.length || unknownPredecessors(plan.data.timeline).length > 0 || dependencyCycles(plan.data.timeline).length > 0;
}

/**
 * A task with an end date does not end before it starts, counting the start its
 * dependencies impose. Skipped for a plan whose dependencies are already reported broken.
 */
export function planTasksEndAfterStart(content: ContentSet): Problem[] {
  return content.plans.flatMap((plan) => {
    if (hasDependencyProblems(plan)) return [];
    const schedule = computeSchedule(plan.data.timeline, plan.data.holidays);
    return tasksOf(plan.data.timeline).flatMap(({ task, phaseIndex, taskIndex }, index) => {
      const { start } = schedule.tasks[index];
      if (task.end === undefined || task.end >= start) return [];
      const why = task.after ? ` (the first working day its after list allows)` : '';
      return [
        problemAt(
          plan,
          [...taskPath(phaseIndex, taskIndex), 'end'],
          'plan/task-ends-before-start',
          `Task "${task.id}" ends on ${task.end} but starts on ${start}${why}.`,
          `Set end to ${start} or later, or replace end with a duration in working days.`,
        ),
      ];
    });
  });
}

/** A resource does not leave before it arrives. */
export function planResourceDatesAreOrdered(content: ContentSet): Problem[] {
  return content.plans.flatMap((plan) =>
    plan.data.resources.flatMap((resource, index) =>
      resource.to === undefined || resource.to >= resource.from
        ? []
        : [
            problemAt(
              plan,
              ['resources', index, 'to'],
              'plan/resource-dates',
              `The resource ends on ${resource.to}, before it starts on ${resource.from}.`,
              'Swap from and to, or correct the year; leave out to for a permanent post.',
            ),
          ],
    ),
  );
}
