import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { collectionSources, type CollectionName, type CollectionSource } from './schemas/collections.ts';
import { withPrivateOverlay } from './site/private-overlay-loader.ts';

function loaderFor(source: CollectionSource) {
  const name = (Object.keys(collectionSources) as CollectionName[]).find((key) => collectionSources[key] === source)!;
  const loader = glob({
    base: `./${source.base}`,
    pattern: source.pattern,
    generateId: ({ entry }) => source.idOf(entry),
  });
  return source.format === 'yaml' ? withPrivateOverlay(name, loader) : loader;
}

const { organization, objectives, scope, roles, playbooks, stages, raci, forums, escalation, governanceSettings } = collectionSources;
const { metrics, plans, stakeholders, comms } = collectionSources;
const { glossary, gates, prioritisation, services } = collectionSources;

export const collections = {
  organization: defineCollection({ loader: loaderFor(organization), schema: organization.schema }),
  objectives: defineCollection({ loader: loaderFor(objectives), schema: objectives.schema }),
  scope: defineCollection({ loader: loaderFor(scope), schema: scope.schema }),
  roles: defineCollection({ loader: loaderFor(roles), schema: roles.schema }),
  playbooks: defineCollection({ loader: loaderFor(playbooks), schema: playbooks.schema }),
  stages: defineCollection({ loader: loaderFor(stages), schema: stages.schema }),
  raci: defineCollection({ loader: loaderFor(raci), schema: raci.schema }),
  forums: defineCollection({ loader: loaderFor(forums), schema: forums.schema }),
  escalation: defineCollection({ loader: loaderFor(escalation), schema: escalation.schema }),
  governanceSettings: defineCollection({ loader: loaderFor(governanceSettings), schema: governanceSettings.schema }),
  metrics: defineCollection({ loader: loaderFor(metrics), schema: metrics.schema }),
  plans: defineCollection({ loader: loaderFor(plans), schema: plans.schema }),
  stakeholders: defineCollection({ loader: loaderFor(stakeholders), schema: stakeholders.schema }),
  comms: defineCollection({ loader: loaderFor(comms), schema: comms.schema }),
  glossary: defineCollection({ loader: loaderFor(glossary), schema: glossary.schema }),
  gates: defineCollection({ loader: loaderFor(gates), schema: gates.schema }),
  prioritisation: defineCollection({ loader: loaderFor(prioritisation), schema: prioritisation.schema }),
  services: defineCollection({ loader: loaderFor(services), schema: services.schema }),
};
