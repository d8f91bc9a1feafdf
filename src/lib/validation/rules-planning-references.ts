import type { CollectionName } from '../../schemas/collections.ts';
import type { ContentSet, SourcedEntry } from './content-set.ts';
import type { FieldPath, Problem } from './problem.ts';
import { problemAt } from './problem-at.ts';
import { closestMatch } from './suggest.ts';

interface Reference {
  entry: SourcedEntry<unknown>;
  path: FieldPath;
  id: string;
}

/** Every place in plans, KPIs, stakeholders and comms that names a role. */
export function planningRoleReferences(content: ContentSet): { entry: SourcedEntry<unknown>; path: FieldPath; roleId: string }[] {
  const references: { entry: SourcedEntry<unknown>; path: FieldPath; roleId: string }[] = [];
  const add = (entry: SourcedEntry<unknown>, path: FieldPath, roleId: string | undefined) => {
    if (roleId !== undefined) references.push({ entry, path, roleId });
  };
  for (const plan of content.plans) {
    add(plan, ['owner'], plan.data.owner);
    plan.data.budget.lines.forEach((line, i) => add(plan, ['budget', 'lines', i, 'owner'], line.owner));
    plan.data.resources.forEach((resource, i) => add(plan, ['resources', i, 'role'], resource.role));
  }
  for (const metric of content.metrics) add(metric, ['owner'], metric.data.owner);
  for (const stakeholder of content.stakeholders) {
    add(stakeholder, ['owner'], stakeholder.data.owner);
    add(stakeholder, ['role'], stakeholder.data.role);
  }
  for (const entry of content.comms) add(entry, ['owner'], entry.data.owner);
  return references;
}

function unresolved(references: Reference[], known: Set<string>, rule: string, kind: string, where: string): Problem[] {
  return references
    .filter((reference) => !known.has(reference.id))
    .map(({ entry, path, id }) => {
      const suggestion = closestMatch(id, known);
      return problemAt(
        entry,
        path,
        rule,
        `Unknown ${kind} "${id}".`,
        suggestion ? `Did you mean "${suggestion}"? ${where}` : `${where} Known: ${[...known].sort().join(', ') || 'none yet'}.`,
      );
    });
}

function knownIds(content: ContentSet, collection: CollectionName): Set<string> {
  return new Set(content.declared[collection]);
}

/** Objectives and plans name KPIs that exist in content/metrics/. */
export function metricsExist(content: ContentSet): Problem[] {
  const references: Reference[] = [
    ...content.objectives.flatMap((objective) => (objective.data.metrics ?? []).map((id, i) => ({ entry: objective, path: ['metrics', i], id }))),
    ...content.plans.flatMap((plan) => plan.data.metrics.map((reference, i) => ({ entry: plan, path: ['metrics', i, 'metric'], id: reference.metric }))),
  ];
  return unresolved(references, knownIds(content, 'metrics'), 'reference/metric', 'KPI', 'KPI ids are the file names in content/metrics/.');
}

/** Comms audiences name stakeholders that exist in content/stakeholders/. */
export function stakeholdersExist(content: ContentSet): Problem[] {
  const references: Reference[] = content.comms.flatMap((entry) => entry.data.audience.map((id, i) => ({ entry, path: ['audience', i], id })));
  return unresolved(references, knownIds(content, 'stakeholders'), 'reference/stakeholder', 'stakeholder', 'Stakeholder ids are the file names in content/stakeholders/.');
}
