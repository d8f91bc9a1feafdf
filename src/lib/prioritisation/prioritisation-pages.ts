import type { PrioritisationModel } from '../../schemas/index.ts';
import type { Entry } from '../playbook-model.ts';
import { routes } from '../routes.ts';

/**
 * The prioritisation page with the element ids a link may point at, mirroring
 * src/pages/prioritisation/index.astro; the link checker's table of site pages includes it.
 */
export function prioritisationPages(models: readonly Entry<PrioritisationModel>[]): [path: string, anchors: string[]][] {
  if (models.length === 0) return [];
  return [
    [
      routes.prioritisation(),
      models.flatMap((model) => [model.id, `${model.id}-criteria`, `${model.id}-worked-example`, `${model.id}-worksheet`, ...model.data.criteria.map((criterion) => `${model.id}-${criterion.id}`)]),
    ],
  ];
}
