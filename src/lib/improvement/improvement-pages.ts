import type { Benefit, Improvement, Lesson, MaturityAssessment, MaturityModel, Objective } from '../../schemas/index.ts';
import { lessonFilters, lessonMatches, type LessonFacet } from './lessons-backlog.ts';
import type { Entry } from '../playbook-model.ts';

/** Site paths of stage 8's pages; kept together so they move into a page catalogue as one declaration. */
export const improvementRoutes = {
  maturity: () => '/improve/maturity/',
  maturityStatement: (perspectiveId: string, statementId: string) => `/improve/maturity/#${statementAnchor(perspectiveId, statementId)}`,
  maturityAssessment: (assessmentId: string) => `/improve/maturity/#assessment-${assessmentId}`,
  benefits: () => '/improve/benefits/',
  benefit: (benefitId: string) => `/improve/benefits/${benefitId}/`,
  lessons: () => '/improve/lessons/',
  lesson: (lessonId: string) => `/improve/lessons/#lesson-${lessonId}`,
  lessonFilter: (facet: LessonFacet, value: string) => `/improve/lessons/${facet}/${value}/`,
  backlog: () => '/improve/backlog/',
  backlogItem: (itemId: string) => `/improve/backlog/#${itemId}`,
};

/** Element id of a statement's question on the assessment form. */
export const statementAnchor = (perspectiveId: string, statementId: string) => `statement-${perspectiveId}-${statementId}`;

export const perspectiveAnchor = (perspectiveId: string) => `perspective-${perspectiveId}`;

export interface ImprovementContent {
  maturityModel: Entry<MaturityModel>[];
  maturityAssessments: Entry<MaturityAssessment>[];
  benefits: Entry<Benefit>[];
  /** The objectives benefits serve, for titles and links. */
  objectives: Entry<Objective>[];
  lessons: Entry<Lesson>[];
  improvements: Entry<Improvement>[];
}

/** The stage sections stage 8's content adds to a stage page, by element id. */
export function improvementStageAnchors(content: Pick<ImprovementContent, 'lessons' | 'improvements' | 'maturityModel'>, stageId: string): string[] {
  const [model] = content.maturityModel;
  return [
    ...(content.lessons.some((lesson) => lesson.data.stages.includes(stageId)) ? ['lessons'] : []),
    ...(model?.data.stage === stageId ? ['improvement', 'value-review'] : []),
  ];
}

/** Title of every stage 8 page, by site path; none when its content is absent. */
export function improvementPageTitles(content: ImprovementContent): [path: string, title: string][] {
  const [model] = content.maturityModel;
  return [
    ...(model ? [[improvementRoutes.maturity(), model.data.title] as [string, string]] : []),
    ...(content.benefits.length > 0 ? [[improvementRoutes.benefits(), 'Benefits register'] as [string, string]] : []),
    ...content.benefits.map((benefit): [string, string] => [improvementRoutes.benefit(benefit.id), benefit.data.title]),
    ...(content.lessons.length > 0 ? [[improvementRoutes.lessons(), 'Lessons learned'] as [string, string]] : []),
    ...(content.improvements.length > 0 ? [[improvementRoutes.backlog(), 'Improvement backlog'] as [string, string]] : []),
  ];
}

/**
 * Stage 8's pages with the element ids a link may point at, mirroring src/pages/improve/;
 * the link checker's table of site pages includes them.
 */
export function improvementPages(content: ImprovementContent): [path: string, anchors: string[]][] {
  return [...maturityPages(content), ...benefitPages(content), ...lessonPages(content), ...backlogPages(content)];
}

function lessonPages(content: ImprovementContent): [path: string, anchors: string[]][] {
  if (content.lessons.length === 0) return [];
  const anchors = (lessons: Entry<Lesson>[]) => ['filters', ...lessons.map((lesson) => `lesson-${lesson.id}`)];
  // Stage titles do not change which filters exist, only their labels.
  const stageIds = [...new Set(content.lessons.flatMap((lesson) => lesson.data.stages))].map((id) => ({ id, title: id }));
  return [
    [improvementRoutes.lessons(), anchors(content.lessons)],
    ...lessonFilters(content.lessons, stageIds).map((filter): [string, string[]] => [
      improvementRoutes.lessonFilter(filter.facet, filter.value),
      anchors(content.lessons.filter((lesson) => lessonMatches(lesson.data, filter.facet, filter.value))),
    ]),
  ];
}

function backlogPages(content: ImprovementContent): [path: string, anchors: string[]][] {
  if (content.improvements.length === 0) return [];
  return [[improvementRoutes.backlog(), ['backlog', 'items', ...content.improvements.map((item) => item.id)]]];
}

function benefitPages(content: ImprovementContent): [path: string, anchors: string[]][] {
  if (content.benefits.length === 0) return [];
  return [
    [improvementRoutes.benefits(), ['register', 'realisation', 'downloads', ...content.benefits.map((benefit) => benefit.id)]],
    ...content.benefits.map((benefit): [string, string[]] => [improvementRoutes.benefit(benefit.id), ['realisation', 'values', ...(benefit.data.disBenefits.length > 0 ? ['dis-benefits'] : [])]]),
  ];
}

function maturityPages(content: ImprovementContent): [path: string, anchors: string[]][] {
  const [model] = content.maturityModel;
  if (!model) return [];
  return [
    [
      improvementRoutes.maturity(),
      [
        ...(content.maturityAssessments.length > 0 ? ['past-assessments', 'trend', ...content.maturityAssessments.map((assessment) => `assessment-${assessment.id}`)] : []),
        'take-the-assessment',
        'results',
        'results-heading',
        ...model.data.perspectives.flatMap((perspective) => [
          perspectiveAnchor(perspective.id),
          ...perspective.levels.flatMap((level) => level.statements.map((statement) => statementAnchor(perspective.id, statement.id))),
        ]),
      ],
    ],
  ];
}

/** What a role owns or is named in across stage 8's content, for its role page. */
export function roleImprovementWork(content: Pick<ImprovementContent, 'benefits' | 'lessons' | 'improvements' | 'maturityAssessments'>, roleId: string) {
  return {
    benefits: content.benefits.filter((benefit) => benefit.data.owner === roleId),
    improvements: content.improvements.filter((item) => item.data.owner === roleId),
    lessons: content.lessons.filter((lesson) => lesson.data.roles.includes(roleId)),
    assessments: content.maturityAssessments.filter((assessment) => assessment.data.assessor === roleId),
  };
}

/** The section a role page gains when the role owns or is named in stage 8's content. */
export function improvementRoleAnchors(content: Pick<ImprovementContent, 'benefits' | 'lessons' | 'improvements' | 'maturityAssessments'>, roleId: string): string[] {
  const work = roleImprovementWork(content, roleId);
  return Object.values(work).some((list) => list.length > 0) ? ['improvement'] : [];
}
