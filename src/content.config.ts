import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { collectionSources, type CollectionSource } from './schemas/collections.ts';

function loaderFor(source: CollectionSource) {
  return glob({
    base: `./${source.base}`,
    pattern: source.pattern,
    generateId: ({ entry }) => source.idOf(entry),
  });
}

const { organization, objectives, scope, roles, playbooks, stages, raci, forums, escalation, governanceSettings } = collectionSources;
const { metrics, plans, stakeholders, comms } = collectionSources;
const { maturityModel, maturityAssessments, benefits, lessons, improvements } = collectionSources;

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
  maturityModel: defineCollection({ loader: loaderFor(maturityModel), schema: maturityModel.schema }),
  benefits: defineCollection({ loader: loaderFor(benefits), schema: benefits.schema }),
  lessons: defineCollection({ loader: loaderFor(lessons), schema: lessons.schema }),
  improvements: defineCollection({ loader: loaderFor(improvements), schema: improvements.schema }),
  maturityAssessments: defineCollection({ loader: loaderFor(maturityAssessments), schema: maturityAssessments.schema }),
};
