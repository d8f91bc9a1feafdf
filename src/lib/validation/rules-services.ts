import type { CollectionName } from '../../schemas/collections.ts';
import type { ContentSet } from './content-set.ts';
import type { FieldPath, Problem } from './problem.ts';
import { problemAt } from './problem-at.ts';
import { closestMatch } from './suggest.ts';

/** The stakeholders, objectives, KPIs and owner role a service names exist. */
export function serviceReferencesResolve(content: ContentSet): Problem[] {
  return content.services.flatMap((service) => {
    const problems: Problem[] = [];
    const check = (collection: CollectionName, id: string, path: FieldPath, kind: string, folder: string) => {
      const known = content.declared[collection];
      if (known.has(id)) return;
      const suggestion = closestMatch(id, known);
      problems.push(problemAt(service, path, `reference/${kind}`, `Unknown ${kind} "${id}".`, suggestion ? `Did you mean "${suggestion}"?` : `Ids are the file names in ${folder}.`));
    };
    service.data.audience.forEach((id, index) => check('stakeholders', id, ['audience', index], 'stakeholder', 'content/stakeholders/'));
    service.data.objectives.forEach((id, index) => check('objectives', id, ['objectives', index], 'objective', 'content/objectives/'));
    service.data.serviceLevels.forEach((level, index) => level.metric !== undefined && check('metrics', level.metric, ['serviceLevels', index, 'metric'], 'metric', 'content/metrics/'));
    check('roles', service.data.owner, ['owner'], 'role', 'content/roles/');
    return problems;
  });
}

/** Once there is a catalogue, every objective is served by at least one service: an objective no service works towards is a wish. */
export function objectivesHaveServices(content: ContentSet): Problem[] {
  if (content.services.length === 0) return [];
  const served = new Set(content.services.flatMap((service) => service.data.objectives));
  return content.objectives
    .filter((objective) => !served.has(objective.id))
    .map((objective) =>
      problemAt(objective, ['id'], 'service/objective-unserved', `No PMO service serves the objective "${objective.data.title}".`, `Add ${objective.id} to the objectives of the service that works towards it (content/services/), or add a service.`, 'warning'),
    );
}
