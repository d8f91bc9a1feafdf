import { defaultMaxAccountablePerRole } from '../../schemas/index.ts';
import { accountableActivities, assignmentsByRole } from '../governance/role-assignments.ts';
import type { ContentSet } from './content-set.ts';
import type { Problem } from './problem.ts';
import { problemAt } from './problem-at.ts';

const where = (matrixId: string, activityId: string) => `Activity "${activityId}" in the matrix "${matrixId}"`;

/** Each activity has exactly one Accountable role: the one who answers for it. */
export function raciHasOneAccountable(content: ContentSet): Problem[] {
  const problems: Problem[] = [];
  for (const matrix of content.raci) {
    matrix.data.activities.forEach((activity, index) => {
      const accountable = Object.keys(activity.assignments).filter((roleId) => activity.assignments[roleId] === 'A');
      if (accountable.length === 0) {
        problems.push(
          problemAt(
            matrix,
            ['activities', index, 'assignments'],
            'raci/accountable',
            `${where(matrix.id, activity.id)} has no Accountable role.`,
            `Mark exactly one role A: the one who answers for "${activity.name}" and signs it off. Roles here: ${Object.keys(activity.assignments).join(', ')}.`,
          ),
        );
      } else if (accountable.length > 1) {
        const [keep, ...others] = accountable;
        problems.push(
          problemAt(
            matrix,
            ['activities', index, 'assignments', others[0]],
            'raci/accountable',
            `${where(matrix.id, activity.id)} has ${accountable.length} Accountable roles: ${accountable.join(', ')}.`,
            `Keep A for the one role that answers for the outcome (for example ${keep}) and change ${others.join(', ')} to R, C or I.`,
          ),
        );
      }
    });
  }
  return problems;
}

/** Each activity has at least one Responsible role: someone who does the work. */
export function raciHasResponsible(content: ContentSet): Problem[] {
  const problems: Problem[] = [];
  for (const matrix of content.raci) {
    matrix.data.activities.forEach((activity, index) => {
      if (Object.values(activity.assignments).includes('R')) return;
      problems.push(
        problemAt(
          matrix,
          ['activities', index, 'assignments'],
          'raci/responsible',
          `${where(matrix.id, activity.id)} has no Responsible role.`,
          'Mark at least one role R: the one who does the work or prepares the decision. The Accountable role keeps A; give R to the role that drafts, analyses or carries it out.',
        ),
      );
    });
  }
  return problems;
}

/** Activity ids are unique within their matrix: they are the anchors role pages link to. */
export function raciActivityIdsAreUnique(content: ContentSet): Problem[] {
  const problems: Problem[] = [];
  for (const matrix of content.raci) {
    const seen = new Set<string>();
    matrix.data.activities.forEach((activity, index) => {
      if (seen.has(activity.id)) {
        problems.push(
          problemAt(matrix, ['activities', index, 'id'], 'raci/duplicate-activity', `${where(matrix.id, activity.id)} appears twice.`, 'Give each activity of the matrix its own id; keep an existing id when you only reword the name.'),
        );
      }
      seen.add(activity.id);
    });
  }
  return problems;
}

/** A role that no matrix mentions is either missing from the matrices or not needed. */
export function rolesHaveAssignments(content: ContentSet): Problem[] {
  if (content.raci.length === 0) return [];
  const assigned = new Set(content.raci.flatMap((matrix) => matrix.data.activities.flatMap((activity) => Object.keys(activity.assignments))));
  return content.roles
    .filter((role) => !assigned.has(role.data.id))
    .map((role) =>
      problemAt(
        role,
        ['id'],
        'raci/unassigned-role',
        `The role "${role.data.id}" has no part (R, A, C or I) in any RACI matrix.`,
        'Add it to the activities it takes part in (content/raci/), or remove the role if nobody holds it.',
        'warning',
      ),
    );
}

/** A role accountable for too much cannot give each decision the attention it needs. */
export function accountableLoadIsBounded(content: ContentSet): Problem[] {
  const settings = content.governanceSettings[0];
  const limit = settings?.data.raci.maxAccountablePerRole ?? defaultMaxAccountablePerRole;
  const setting = settings
    ? `raise raci.maxAccountablePerRole in content/governance/settings.yaml (now ${limit})`
    : `set raci.maxAccountablePerRole in content/governance/settings.yaml (the default is ${limit})`;
  const assignments = assignmentsByRole(content.raci);
  return content.roles.flatMap((role) => {
    const accountable = accountableActivities(assignments, role.data.id);
    if (accountable.length <= limit) return [];
    const listed = accountable.map(({ matrix, activity }) => `${matrix.id}/${activity.id}`).join(', ');
    return [
      problemAt(
        role,
        ['id'],
        'raci/accountable-load',
        `The role "${role.data.id}" is Accountable for ${accountable.length} activities, more than the limit of ${limit}: ${listed}.`,
        `Give some of these to another role (the A can sit with whoever answers for the outcome day to day), or ${setting}.`,
        'warning',
      ),
    ];
  });
}
