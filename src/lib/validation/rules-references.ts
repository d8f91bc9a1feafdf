import type { ContentSet, SourcedEntry } from './content-set.ts';
import type { FieldPath, Problem } from './problem.ts';
import { problemAt } from './problem-at.ts';
import { planningRoleReferences } from './rules-planning-references.ts';
import { monitoringRoleReferences } from './rules-raid.ts';
import { closestMatch } from './suggest.ts';
import { improvementRoleReferences } from '../improvement/improvement-rules.ts';

interface RoleReference {
  entry: SourcedEntry<unknown>;
  path: FieldPath;
  roleId: string;
  /** Where in the file the role is named, for files where the field path alone is not enough. */
  context?: string;
}

/** Every place in the content that names a role. */
export function roleReferences(content: ContentSet): RoleReference[] {
  const references: RoleReference[] = [];
  const add = (entry: SourcedEntry<unknown>, path: FieldPath, roleId: string | undefined, context?: string) => {
    if (roleId !== undefined) references.push({ entry, path, roleId, context });
  };
  for (const role of content.roles) add(role, ['reportsTo'], role.data.reportsTo);
  for (const objective of content.objectives) add(objective, ['owner'], objective.data.owner);
  for (const scope of content.scope) add(scope, ['intake', 'owner'], scope.data.intake.owner);
  for (const playbook of content.playbooks) add(playbook, ['owner'], playbook.data.owner);
  for (const stage of content.stages) {
    add(stage, ['owner'], stage.data.owner);
    stage.data.roles.forEach((roleId, i) => add(stage, ['roles', i], roleId));
    stage.data.checklist.forEach((item, i) => add(stage, ['checklist', i, 'owner'], item.owner));
  }
  for (const matrix of content.raci) {
    matrix.data.activities.forEach((activity, i) => {
      for (const roleId of Object.keys(activity.assignments)) {
        add(matrix, ['activities', i, 'assignments', roleId], roleId, `matrix "${matrix.id}", activity "${activity.id}"`);
      }
    });
  }
  for (const forum of content.forums) {
    add(forum, ['chair'], forum.data.chair, `chair of the forum "${forum.id}"`);
    forum.data.members.forEach((roleId, i) => add(forum, ['members', i], roleId, `member of the forum "${forum.id}"`));
    forum.data.quorum.requires.forEach((roleId, i) => add(forum, ['quorum', 'requires', i], roleId, `quorum of the forum "${forum.id}"`));
  }
  for (const escalation of content.escalation) {
    escalation.data.levels.forEach((level, i) => add(escalation, ['levels', i, 'decidedBy', 'role'], level.decidedBy.role, `deciding at the escalation level "${level.id}"`));
  }
  for (const template of content.templates) add(template, ['review', 'owner'], template.data.review.owner, `owner of the template "${template.id}"`);
  references.push(...improvementRoleReferences(content));
  references.push(...planningRoleReferences(content), ...monitoringRoleReferences(content));
  return references;
}

/** Every role named anywhere exists in content/roles. */
export function rolesExist(content: ContentSet): Problem[] {
  const known = new Set([...content.declared.roles, ...content.roles.map((role) => role.data.id)]);
  return roleReferences(content)
    .filter((reference) => !known.has(reference.roleId))
    .map(({ entry, path, roleId, context }) => {
      const suggestion = closestMatch(roleId, known);
      return problemAt(
        entry,
        path,
        'reference/role',
        `Unknown role "${roleId}"${context ? ` (${context})` : ''}.`,
        suggestion
          ? `Did you mean "${suggestion}"? Role ids are the file names in content/roles/.`
          : `Use the id of a role in content/roles/ (${[...known].sort().join(', ')}), or add content/roles/${roleId}.yaml.`,
      );
    });
}

/** Reporting lines must end at the top of the structure, not loop back on themselves. */
export function reportingLinesHaveNoLoop(content: ContentSet): Problem[] {
  const manager = new Map(content.roles.map((role) => [role.data.id, role.data.reportsTo]));
  const problems: Problem[] = [];
  const reported = new Set<string>();
  for (const role of content.roles) {
    const chain = [role.data.id];
    let next = role.data.reportsTo;
    while (next !== undefined && manager.has(next) && !chain.includes(next)) {
      chain.push(next);
      next = manager.get(next);
    }
    if (next === undefined || !chain.includes(next) || next !== role.data.id) continue;
    const loopKey = [...chain].sort().join(',');
    if (reported.has(loopKey)) continue;
    reported.add(loopKey);
    problems.push(
      problemAt(
        role,
        ['reportsTo'],
        'reference/reporting-loop',
        `Reporting lines form a loop: ${[...chain, role.data.id].join(' → ')}.`,
        'Remove reportsTo from the role at the top of the structure, or point it at a role above it.',
      ),
    );
  }
  return problems;
}
