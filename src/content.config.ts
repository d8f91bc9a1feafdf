import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { fileURLToPath } from 'node:url';
import { collectionHasFiles } from './lib/optional/content-presence.ts';
import { collectionSources, type CollectionName, type CollectionSource } from './schemas/collections.ts';
import { withPrivateOverlay } from './site/private-overlay-loader.ts';

const root = fileURLToPath(new URL('..', import.meta.url));

/** An optional collection with no files loads nothing, instead of warning that its folder is missing (an overlay only merges over existing entries). */
const noFiles = { name: 'pmo-playbook:no-files', load: async () => {} };

function loaderFor(source: CollectionSource) {
  const name = (Object.keys(collectionSources) as CollectionName[]).find((key) => collectionSources[key] === source)!;
  if (!collectionHasFiles(root, name)) return noFiles;
  const loader = glob({
    base: `./${source.base}`,
    pattern: source.pattern,
    generateId: ({ entry }) => source.idOf(entry),
  });
  return source.format === 'yaml' ? withPrivateOverlay(name, loader) : loader;
}

const { organization, objectives, scope, roles, playbooks, stages, raci, forums, escalation, governanceSettings } = collectionSources;
const { metrics, plans, stakeholders, comms } = collectionSources;

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
};
