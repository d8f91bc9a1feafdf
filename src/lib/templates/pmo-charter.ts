import type { Escalation, Forum, Metric, Objective, Organization, Role, Scope } from '../../schemas/index.ts';
import { formatShortDate } from '../formats/format.ts';
import { describeCadence } from '../governance/cadence.ts';
import type { Entry } from '../playbook/playbook-model.ts';
import { formatMetricValue, reportingFrequencyLabel } from '../plans/labels.ts';
import { nextReviewDate } from '../reviews/review-dates.ts';
import { thresholdLabel, workCategoryLabel } from '../scope/scope-labels.ts';
import { documentHeader, type DocumentContext } from './document-context.ts';
import { earliestReview, heading, list, paragraph, table, type DocumentBlock, type DocumentModel } from './document-model.ts';

export const PMO_CHARTER = 'pmo-charter';

export interface CharterSources {
  organization: Organization;
  /** In priority order. */
  objectives: Entry<Objective>[];
  metricById: Map<string, Entry<Metric>>;
  scope: Entry<Scope>[];
  escalation?: Escalation;
  /** From the top of the escalation structure down. */
  forums: Entry<Forum>[];
  roles: Entry<Role>[];
}

function objectiveBlocks({ data }: Entry<Objective>, metricById: Map<string, Entry<Metric>>, roleTitle: (roleId: string) => string): DocumentBlock[] {
  const kpis = (data.metrics ?? []).flatMap((metricId) => metricById.get(metricId) ?? []);
  return [
    heading(data.title, 2),
    paragraph(data.statement),
    paragraph(`Owner: ${roleTitle(data.owner)}. Supports: ${data.strategicGoal}`),
    table(['Measure', 'Baseline', 'Target', 'By'], data.measures.map((measure) => [measure.name, measure.baseline, measure.target, formatShortDate(measure.by)])),
    ...(kpis.length > 0
      ? [
          table(
            ['KPI', 'Target', 'By', 'Reported'],
            kpis.map(({ data: kpi }) => [kpi.name, formatMetricValue(kpi.target, kpi.unit), formatShortDate(kpi.targetDate), reportingFrequencyLabel[kpi.frequency]]),
          ),
        ]
      : []),
  ];
}

/**
 * The PMO charter: mission, objectives with their measures and KPIs, scope, the services the
 * PMO gives each kind of work, a governance summary and the roles. Its review date is the
 * earliest next review among the objectives and the scope it is built from.
 */
export function pmoCharter(sources: CharterSources, context: DocumentContext): DocumentModel {
  const { organization, objectives, metricById, scope, escalation, forums, roles } = sources;
  const roleTitle = context.roleTitle;
  const blocks: DocumentBlock[] = [
    heading('Mission'),
    paragraph(organization.mission),
    heading('Objectives'),
    ...objectives.flatMap((objective) => objectiveBlocks(objective, metricById, roleTitle)),
    heading('Scope'),
    ...scope.flatMap(({ data }) => [
      paragraph(data.summary),
      heading('Thresholds: any one brings work in scope', 2),
      table(['Dimension', 'At least', 'Why'], data.thresholds.map((threshold) => [thresholdLabel(threshold.dimension), formatMetricValue(threshold.atLeast, threshold.unit), threshold.rationale])),
      ...(data.exclusions.length > 0 ? [heading('Outside the PMO', 2), table(['Work', 'Reason'], data.exclusions.map((exclusion) => [exclusion.item, exclusion.reason]))] : []),
      heading('How work comes in', 2),
      paragraph(`${data.intake.route} Run by the ${roleTitle(data.intake.owner)}; requesters hear back within ${data.intake.responseDays} working days.`),
      list(data.intake.steps),
    ]),
    heading('Services'),
    table(['Kind of work', 'What it means', 'What the PMO does'], scope.flatMap(({ data }) => data.categories.map((category) => [workCategoryLabel(category.kind), category.description, category.pmoRole]))),
    heading('Governance'),
    ...(escalation ? [paragraph(escalation.summary)] : []),
    table(
      ['Forum', 'Chair', 'Meets', 'Escalates to'],
      forums.map(({ data }) => [data.title, roleTitle(data.chair), describeCadence(data.cadence), data.escalatesTo === undefined ? 'Top forum' : context.forumTitle(data.escalatesTo)]),
    ),
    heading('Roles'),
    table(
      ['Role', 'What it is for', 'Reports to', 'Time'],
      roles.map(({ data }) => [data.title, data.summary, data.reportsTo === undefined ? 'Top of the structure' : roleTitle(data.reportsTo), data.timeCommitment]),
    ),
  ];
  const reviews = [...objectives.map(({ data }) => data.review), ...scope.map(({ data }) => data.review)];
  return {
    ...documentHeader(context),
    slug: PMO_CHARTER,
    title: `${organization.pmoName} charter`,
    subtitle: organization.name,
    reviewDate: earliestReview(reviews.map((review) => nextReviewDate(review.lastReviewed, review.reviewEveryMonths))),
    blocks,
  };
}
