import type { DocumentTemplate, Escalation, EscalationLevel, TemplateInsert } from '../../schemas/index.ts';
import { deciderOf, levelsFor } from '../governance/escalation.ts';
import type { Entry } from '../playbook/playbook-model.ts';
import { plural } from '../formats/format.ts';
import { nextReviewDate } from '../reviews/review-dates.ts';
import { documentHeader, type DocumentContext } from './document-context.ts';
import { blankTable, guidance, heading, paragraph, table, type DocumentBlock, type DocumentModel } from './document-model.ts';
import { toleranceRows } from './terms-of-reference.ts';

/** File-name stem of a template's Word document. */
export const templateSlug = (templateId: string) => `template-${templateId}`;

/** Who decides at a level: the forum's title or the role's. */
function deciderName(level: EscalationLevel, context: DocumentContext): string {
  const decider = deciderOf(level);
  return decider.kind === 'forum' ? context.forumTitle(decider.id) : context.roleTitle(decider.id);
}

/**
 * The RAG rules in force, one row per tolerance dimension: green within the lowest level's
 * tolerance, amber beyond it but within the next level's (the decision passes up), red
 * beyond that (an exception report goes further up the route).
 */
export function ragRules(escalation: Escalation, context: DocumentContext): string[][] {
  const [lowest, next] = levelsFor(escalation.levels, false);
  // A ladder whose only higher level is for programme work leaves standalone projects one level.
  if (!next) return toleranceRows(lowest).map(([dimension, tolerance]) => [dimension, `Forecast within the ${deciderName(lowest, context)}'s tolerance: ${tolerance}`, 'Forecast beyond it, with a recovery plan in hand', 'Forecast beyond it without a recovery plan: exception report']);
  const lowestRows = toleranceRows(lowest);
  const nextRows = toleranceRows(next);
  return lowestRows.map(([dimension, lowestTolerance], index) => [
    dimension,
    `Forecast within the ${deciderName(lowest, context)}'s tolerance: ${lowestTolerance}`,
    `Forecast beyond that but within the ${deciderName(next, context)}'s tolerance (${nextRows[index][1]}); recovery plan agreed by the ${deciderName(next, context)}`,
    `Forecast beyond the ${deciderName(next, context)}'s tolerance: exception report up the escalation route`,
  ]);
}

/** The escalation ladder: who decides at each level, within how long a breach goes up, and for which work. */
export function escalationRouteRows(escalation: Escalation, context: DocumentContext): string[][] {
  return escalation.levels.map((level) => [
    level.title,
    deciderName(level, context),
    level.escalateWithinWorkingDays === undefined ? 'Decides what no level below can' : `Passes a forecast breach up within ${plural(level.escalateWithinWorkingDays, 'working day')}`,
    level.programmeWorkOnly ? 'Projects inside a programme only' : 'All work',
  ]);
}

/** Every level's tolerances, one row per level, for deciding who takes a change. */
export function toleranceTableRows(escalation: Escalation, context: DocumentContext): string[][] {
  return escalation.levels.map((level) => [`${level.title} (${deciderName(level, context)})`, ...toleranceRows(level).map(([, tolerance]) => tolerance)]);
}

function insertBlocks(insert: TemplateInsert, escalation: Escalation | undefined, context: DocumentContext): DocumentBlock[] {
  if (!escalation) return [paragraph('No escalation tolerances are set in this playbook yet.')];
  switch (insert) {
    case 'rag-rules':
      return [table(['Dimension', 'Green', 'Amber', 'Red'], ragRules(escalation, context))];
    case 'escalation-route':
      return [paragraph(escalation.summary), table(['Level', 'Decided by', 'Time to escalate', 'Applies to'], escalationRouteRows(escalation, context))];
    case 'tolerances':
      return [table(['Level', 'Cost', 'Schedule', 'Scope and benefits', 'Risk'], toleranceTableRows(escalation, context))];
  }
}

/**
 * A template from the `templates` collection: each section's heading, its guidance in
 * italics, then blank space or a blank table for the author, or the governance rules the
 * section asks for. Stages that use it are named so a reader knows when it applies.
 */
export function templateDocument(template: Entry<DocumentTemplate>, escalation: Escalation | undefined, context: DocumentContext, stageTitle: (stageId: string) => string): DocumentModel {
  const { data } = template;
  const blocks: DocumentBlock[] = [
    paragraph(data.purpose),
    paragraph(`Used in: ${data.stages.map(stageTitle).join(', ')}.`),
    ...data.sections.flatMap((section) => [
      heading(section.heading),
      guidance(section.guidance),
      ...(section.insert ? insertBlocks(section.insert, escalation, context) : []),
      ...(section.table ? [blankTable(section.table.columns, section.table.rows)] : []),
    ]),
  ];
  return {
    ...documentHeader(context),
    slug: templateSlug(template.id),
    title: data.title,
    subtitle: `${context.pmoName} template`,
    reviewDate: nextReviewDate(data.review.lastReviewed, data.review.reviewEveryMonths),
    blocks,
  };
}
