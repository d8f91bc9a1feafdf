import type { RaciActivity, RaciLetter, RaciMatrix } from '../../schemas/index.ts';
import type { Entry } from '../playbook/playbook-model.ts';
import { lettersByWeight, orderMatrices } from './raci-matrix.ts';

/** One role's part in one activity. */
export interface RoleAssignment {
  matrix: Entry<RaciMatrix>;
  activity: RaciActivity;
  letter: RaciLetter;
}

export type RaciCounts = Record<RaciLetter, number>;

/** How much of the governance work one role carries, per matrix and in total. */
export interface RoleLoad {
  byMatrix: Map<string, RaciCounts>;
  total: RaciCounts;
}

const noCounts = (): RaciCounts => ({ R: 0, A: 0, C: 0, I: 0 });

/**
 * Every activity each role takes part in, A first, then R, C and I; within a letter, in
 * matrix order and then activity order.
 */
export function assignmentsByRole(matrices: Entry<RaciMatrix>[]): Map<string, RoleAssignment[]> {
  const byRole = new Map<string, RoleAssignment[]>();
  for (const matrix of orderMatrices(matrices)) {
    for (const activity of matrix.data.activities) {
      for (const [roleId, letter] of Object.entries(activity.assignments)) {
        const list = byRole.get(roleId) ?? [];
        list.push({ matrix, activity, letter });
        byRole.set(roleId, list);
      }
    }
  }
  for (const list of byRole.values()) {
    // Array.prototype.sort is stable, so matrix and activity order survive within a letter.
    list.sort((a, b) => lettersByWeight.indexOf(a.letter) - lettersByWeight.indexOf(b.letter));
  }
  return byRole;
}

/** Counts of R, A, C and I for each role, per matrix and in total. */
export function roleLoads(assignments: Map<string, RoleAssignment[]>): Map<string, RoleLoad> {
  const loads = new Map<string, RoleLoad>();
  for (const [roleId, list] of assignments) {
    const load: RoleLoad = { byMatrix: new Map(), total: noCounts() };
    for (const { matrix, letter } of list) {
      const counts = load.byMatrix.get(matrix.id) ?? noCounts();
      counts[letter] += 1;
      load.byMatrix.set(matrix.id, counts);
      load.total[letter] += 1;
    }
    loads.set(roleId, load);
  }
  return loads;
}

/** The activities a role is Accountable for, across all matrices. */
export function accountableActivities(assignments: Map<string, RoleAssignment[]>, roleId: string): RoleAssignment[] {
  return (assignments.get(roleId) ?? []).filter((assignment) => assignment.letter === 'A');
}
