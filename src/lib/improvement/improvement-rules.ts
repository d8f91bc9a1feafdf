import type { ContentSet } from '../validation/content-set.ts';
import type { Rule } from '../validation/rule.ts';
import type { FieldPath } from '../validation/problem.ts';
import type { SourcedEntry } from '../validation/content-set.ts';
import { benefitReferencesResolve, benefitTargetsDifferFromBaselines, benefitValuesAreInDateOrder, dueBenefitsHaveRealisedValues } from './rules-benefits.ts';
import { improvementDatesAreOrdered, improvementSourcesResolve, improvementStagesExist } from './rules-lessons.ts';
import { assessmentDatesAreUnique, assessmentsAreInThePast, assessmentsCoverModel, maturityIdsAreUnique, maturityLevelsAreInOrder } from './rules-maturity.ts';

/** The cross-file rules of stage 8's content, run with every other rule by the content checker. */
export const improvementRules: ReadonlyArray<Rule> = [
  maturityLevelsAreInOrder,
  maturityIdsAreUnique,
  assessmentsCoverModel,
  assessmentDatesAreUnique,
  assessmentsAreInThePast,
  benefitReferencesResolve,
  benefitTargetsDifferFromBaselines,
  benefitValuesAreInDateOrder,
  dueBenefitsHaveRealisedValues,
  improvementStagesExist,
  improvementSourcesResolve,
  improvementDatesAreOrdered,
];

/** Every role named by stage 8's content, for the shared "role exists" rule. */
export function improvementRoleReferences(content: ContentSet): { entry: SourcedEntry<unknown>; path: FieldPath; roleId: string; context?: string }[] {
  return [
    ...content.maturityModel.map((model) => ({ entry: model, path: ['review', 'owner'], roleId: model.data.review.owner })),
    ...content.maturityAssessments.map((assessment) => ({ entry: assessment, path: ['assessor'], roleId: assessment.data.assessor })),
    ...content.benefits.flatMap((benefit) => [
      { entry: benefit, path: ['owner'], roleId: benefit.data.owner },
      { entry: benefit, path: ['review', 'owner'], roleId: benefit.data.review.owner },
    ]),
    ...content.lessons.flatMap((lesson) => lesson.data.roles.map((roleId, i) => ({ entry: lesson, path: ['roles', i], roleId }))),
    ...content.improvements.map((item) => ({ entry: item, path: ['owner'], roleId: item.data.owner })),
  ];
}
