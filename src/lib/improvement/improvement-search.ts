import type { Benefit, Improvement, Lesson, MaturityModel } from '../../schemas/index.ts';
import type { Entry } from '../playbook-model.ts';
import { stageFilterValue, type SearchPageType, type SearchSources } from '../search/page-search-data.ts';
import { improvementRoutes } from './improvement-pages.ts';

/** Role titles for role ids, once each; ids are checked before a build. */
const titlesOf = (site: SearchSources, roleIds: string[]) => [...new Set(roleIds)].map((roleId) => site.roleById.get(roleId)?.data.title ?? roleId);

/** Stage filter values and playbook titles of the stages with these ids, in navigation order. */
function stageFilters(site: SearchSources, stageIds: string[]) {
  const stages = site.playbooks.flatMap((playbook) => playbook.stages.filter((stage) => stageIds.includes(stage.id)).map((stage) => ({ playbook, stage })));
  return { playbooks: [...new Set(stages.map(({ playbook }) => playbook.data.title))], stages: stages.map(({ playbook, stage }) => stageFilterValue(playbook, stage)) };
}

/** Stage 8's searchable pages: the maturity assessment, each benefit, the lessons and the backlog. */
export interface ImprovementSearchSources {
  maturity: Entry<MaturityModel>;
  benefit: Entry<Benefit>;
  lessons: Entry<Lesson>[];
  backlog: Entry<Improvement>[];
}

export const improvementSearchPageTypes: { [K in keyof ImprovementSearchSources]: SearchPageType<ImprovementSearchSources[K]> } = {
  maturity: {
    label: 'Maturity assessment',
    groupHeading: 'Maturity assessment',
    pages: (site) => site.improvement?.maturityModel ?? [],
    describe: (model, site) => ({
      path: improvementRoutes.maturity(),
      title: model.data.title,
      ...stageFilters(site, model.data.stage ? [model.data.stage] : []),
      roles: titlesOf(site, [model.data.review.owner, ...(site.improvement?.maturityAssessments.map((assessment) => assessment.data.assessor) ?? [])]),
    }),
  },
  benefit: {
    label: 'Benefit',
    groupHeading: 'Benefits register',
    pages: (site) => site.improvement?.benefits ?? [],
    describe: (benefit, site) => ({ path: improvementRoutes.benefit(benefit.id), title: benefit.data.title, playbooks: [], stages: [], roles: titlesOf(site, [benefit.data.owner]) }),
  },
  lessons: {
    label: 'Lessons learned',
    groupHeading: 'Lessons learned',
    pages: (site) => (site.improvement && site.improvement.lessons.length > 0 ? [site.improvement.lessons] : []),
    describe: (lessons, site) => ({
      path: improvementRoutes.lessons(),
      title: 'Lessons learned',
      ...stageFilters(site, lessons.flatMap((lesson) => lesson.data.stages)),
      roles: titlesOf(site, lessons.flatMap((lesson) => lesson.data.roles)),
    }),
  },
  backlog: {
    label: 'Improvement backlog',
    groupHeading: 'Improvement backlog',
    pages: (site) => (site.improvement && site.improvement.improvements.length > 0 ? [site.improvement.improvements] : []),
    describe: (items, site) => ({ path: improvementRoutes.backlog(), title: 'Improvement backlog', playbooks: [], stages: [], roles: titlesOf(site, items.map((item) => item.data.owner)) }),
  },
};
