import type { ContentSet, SourcedEntry } from './content-set.ts';
import type { FieldPath, Problem } from './problem.ts';
import { problemAt } from './problem-at.ts';
import { planningRoleReferences } from './rules-planning-references.ts';
import { closestMatch } from './suggest.ts';

interface RoleReference {
  entry: SourcedEntry<unknown>;
  path: FieldPath;
  roleId: string;
}

/** Every place in the content that names a role. */
export function roleReferences(content: ContentSet): RoleReference[] {
  const references: RoleReference[] = [];
  const add = (entry: SourcedEntry<unknown>, path: FieldPath, roleId: string | undefined) => {
    if (roleId !== undefined) references.push({ entry, path, roleId });
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
  references.push(...planningRoleReferences(content));
  return references;
}

/** Every role named anywhere exists in content/roles. */
export function rolesExist(content: ContentSet): Problem[] {
  const known = new Set([...content.declared.roles, ...content.roles.map((role) => role.data.id)]);
  return roleReferences(content)
    .filter((reference) => !known.has(reference.roleId))
    .map(({ entry, path, roleId }) => {
      const suggestion = closestMatch(roleId, known);
      return problemAt(
        entry,
        path,
        'reference/role',
        `Unknown role "${roleId}".`,
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
