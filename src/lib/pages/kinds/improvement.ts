import { formatMonthYear } from '../../formats/format.ts';
import { lessonFilters, lessonMatches, lessonsByStage, type LessonFilter } from '../../improvement/lessons-backlog.ts';
import { perspectiveAnchor, statementAnchor } from '../../improvement/maturity-anchors.ts';
import { maturityTrendChart } from '../../improvement/maturity-chart.ts';
import { maturityTrend } from '../../improvement/maturity-view.ts';
import { realisationChart } from '../../improvement/realisation-chart.ts';
import type { Entry } from '../../playbook/playbook-model.ts';
import type { Benefit, Improvement, Lesson, MaturityModel } from '../../../schemas/index.ts';
import { pageKind, type Section } from '../page-kind.ts';
import { nonEmpty, roleTitles, stageFacets } from '../search-facets.ts';
import type { SiteModel } from '../site-model.ts';

/** One benefit's realisation chart, exactly as its page and the register draw it. */
export const benefitRealisationChart = (benefit: Entry<Benefit>) => realisationChart(benefit.data, benefit.id, formatMonthYear);

export const maturity = pageKind({
  route: '/improve/maturity/',
  // Optional content: no maturity model, no page.
  pages: (site) => site.content.maturityModel.slice(0, 1),
  menu: { label: 'Maturity assessment', order: 86 },
  title: (model: Entry<MaturityModel>) => model.data.title,
  sections: (_, site) => [
    ...(site.content.maturityAssessments.length > 0 ? [{ id: 'past-assessments', heading: 'Past assessments' }] : []),
    { id: 'take-the-assessment', heading: 'Take the assessment' },
  ],
  anchors: (model, site) => [
    ...(site.content.maturityAssessments.length > 0 ? ['trend', ...site.content.maturityAssessments.map((assessment) => `assessment-${assessment.id}`)] : []),
    'results',
    'results-heading',
    ...model.data.perspectives.flatMap((perspective) => [
      perspectiveAnchor(perspective.id),
      ...perspective.levels.flatMap((level) => level.statements.map((statement) => statementAnchor(perspective.id, statement.id))),
    ]),
  ],
  diagrams: (model, site) => {
    const chart = maturityTrendChart(maturityTrend(model.data, site.content.maturityAssessments), formatMonthYear);
    return chart ? { trend: chart } : {};
  },
  search: {
    label: 'Maturity assessment',
    groupHeading: 'Maturity assessment',
    describe: (model, site) => ({
      ...stageFacets(site, model.data.stage ? [model.data.stage] : []),
      roles: roleTitles(site, [model.data.review.owner, ...site.content.maturityAssessments.map((assessment) => assessment.data.assessor)]),
    }),
  },
});

export const benefits = pageKind({
  route: '/improve/benefits/',
  pages: (site) => nonEmpty(site.content.benefits),
  menu: { label: 'Benefits register', order: 87 },
  title: () => 'Benefits register',
  sections: () => [
    { id: 'register', heading: 'The register' },
    { id: 'realisation', heading: 'Realisation against the expected profile' },
    { id: 'downloads', heading: 'Downloads' },
  ],
  anchors: (entries: Entry<Benefit>[]) => entries.map((benefit) => benefit.id),
  diagrams: (entries) => Object.fromEntries(entries.map((benefit) => [benefit.id, benefitRealisationChart(benefit)])),
});

export const benefit = pageKind({
  route: '/improve/benefits/[benefit]/',
  pages: (site) => site.content.benefits,
  params: (entry: Entry<Benefit>) => ({ benefit: entry.id }),
  title: (entry) => entry.data.title,
  sections: (entry) => [
    { id: 'realisation', heading: 'Realisation' },
    { id: 'values', heading: 'Expected and realised values' },
    ...(entry.data.disBenefits.length > 0 ? [{ id: 'dis-benefits', heading: 'Dis-benefits' }] : []),
  ],
  diagrams: (entry) => ({ realisation: benefitRealisationChart(entry) }),
  search: {
    label: 'Benefit',
    groupHeading: 'Benefits register',
    describe: (entry, site) => ({ playbooks: [], stages: [], roles: roleTitles(site, [entry.data.owner]) }),
  },
});

/** The lessons page, or one of its filter pages: every lesson, the filters, and the one shown (if any). */
export interface LessonsView {
  lessons: Entry<Lesson>[];
  filters: LessonFilter[];
  current?: LessonFilter;
}

function lessonsView(site: SiteModel): LessonsView | undefined {
  const lessons = site.content.lessons;
  if (lessons.length === 0) return undefined;
  const stages = site.playbooks.flatMap((playbook) => playbook.stages.map((stage) => ({ id: stage.id, title: `${playbook.data.title}: ${stage.data.title}` })));
  return { lessons, filters: lessonFilters(lessons, stages) };
}

const shownLessons = ({ lessons, current }: LessonsView) => (current ? lessons.filter((lesson) => lessonMatches(lesson.data, current.facet, current.value)) : lessons);

const lessonSections = () => [{ id: 'filters', heading: 'Filter the lessons' }];
const lessonAnchors = (view: LessonsView) => shownLessons(view).map((lesson) => `lesson-${lesson.id}`);

export const lessons = pageKind({
  route: '/improve/lessons/',
  pages: (site) => {
    const view = lessonsView(site);
    return view ? [view] : [];
  },
  tableOfContents: false,
  menu: { label: 'Lessons learned', order: 88 },
  title: () => 'Lessons learned',
  sections: lessonSections,
  anchors: lessonAnchors,
  search: {
    label: 'Lessons learned',
    groupHeading: 'Lessons learned',
    describe: ({ lessons: all }, site) => ({
      ...stageFacets(site, all.flatMap((lesson) => lesson.data.stages)),
      roles: roleTitles(site, all.flatMap((lesson) => lesson.data.roles)),
    }),
  },
});

/** One page per filter, so filtering works without JavaScript; search indexes only the page of all lessons. */
export const lessonFilter = pageKind({
  route: '/improve/lessons/[facet]/[value]/',
  pages: (site) => {
    const view = lessonsView(site);
    return view ? view.filters.map((current) => ({ ...view, current })) : [];
  },
  params: (view: LessonsView) => ({ facet: view.current!.facet, value: view.current!.value }),
  tableOfContents: false,
  title: (view) => `Lessons learned: ${view.current!.label}`,
  sections: lessonSections,
  anchors: lessonAnchors,
});

export const backlog = pageKind({
  route: '/improve/backlog/',
  pages: (site) => nonEmpty(site.content.improvements),
  menu: { label: 'Improvement backlog', order: 89 },
  title: () => 'Improvement backlog',
  sections: () => [
    { id: 'backlog', heading: 'The backlog' },
    { id: 'items', heading: 'Each improvement' },
  ],
  anchors: (items: Entry<Improvement>[]) => items.map((item) => item.id),
  search: {
    label: 'Improvement backlog',
    groupHeading: 'Improvement backlog',
    describe: (items, site) => ({ playbooks: [], stages: [], roles: roleTitles(site, items.map((item) => item.data.owner)) }),
  },
});

/** The sections stage 8's content adds to a stage page: lessons that concern it; on the model's stage, the backlog and the value review. */
export function improvementStageSections(site: SiteModel, stageId: string): Section[] {
  const [model] = site.content.maturityModel;
  return [
    ...(lessonsByStage(site.content.lessons).has(stageId) ? [{ id: 'lessons', heading: 'Lessons from past work' }] : []),
    ...(model?.data.stage === stageId
      ? [
          { id: 'improvement', heading: 'Maturity and improvement backlog' },
          { id: 'value-review', heading: 'Value review' },
        ]
      : []),
  ];
}

/** What a role owns or is named in across stage 8's content, for its role page. */
export function roleImprovementWork(content: Pick<SiteModel['content'], 'benefits' | 'lessons' | 'improvements' | 'maturityAssessments'>, roleId: string) {
  return {
    benefits: content.benefits.filter((entry) => entry.data.owner === roleId),
    improvements: content.improvements.filter((item) => item.data.owner === roleId),
    lessons: content.lessons.filter((lesson) => lesson.data.roles.includes(roleId)),
    assessments: content.maturityAssessments.filter((assessment) => assessment.data.assessor === roleId),
  };
}

/** The section a role page gains when the role owns or is named in stage 8's content. */
export function improvementRoleSections(site: SiteModel, roleId: string): Section[] {
  const work = roleImprovementWork(site.content, roleId);
  return Object.values(work).some((list) => list.length > 0) ? [{ id: 'improvement', heading: 'Benefits and improvement' }] : [];
}
