import type { EscalationLevel, Forum } from '../../schemas/index.ts';
import { describeCadence } from '../governance/cadence.ts';
import { forumRoleIds } from '../governance/forum-roles.ts';
import { describeCost, describeRisk, describeSchedule, describeScope } from '../governance/tolerance-text.ts';
import type { Entry } from '../playbook/playbook-model.ts';
import { plural } from '../formats/format.ts';
import { documentHeader, type DocumentContext } from './document-context.ts';
import { earliestReview, heading, list, paragraph, table, type DocumentBlock, type DocumentModel } from './document-model.ts';

export const termsOfReferenceSlug = (forumId: string) => `terms-of-reference-${forumId}`;

/** What a decision right says when the forum's YAML sets no limit. */
export const noStatedLimit = "Within the forum's remit; no further limit";

/** The forums a forum's escalations pass through, nearest first; a loop stops the walk. */
export function escalationRoute(forum: Entry<Forum>, forumById: Map<string, Entry<Forum>>): Entry<Forum>[] {
  const route: Entry<Forum>[] = [];
  const seen = new Set([forum.id]);
  let next = forum.data.escalatesTo === undefined ? undefined : forumById.get(forum.data.escalatesTo);
  while (next !== undefined && !seen.has(next.id)) {
    route.push(next);
    seen.add(next.id);
    next = next.data.escalatesTo === undefined ? undefined : forumById.get(next.data.escalatesTo);
  }
  return route;
}

/** The tolerances a level decides within, one row per dimension. */
export function toleranceRows(level: EscalationLevel): string[][] {
  const { cost, schedule, scope, risk } = level.tolerances;
  return [
    ['Cost', describeCost(cost)],
    ['Schedule', describeSchedule(schedule)],
    ['Scope and benefits', describeScope(scope)],
    ['Risk', describeRisk(risk)],
  ];
}

/**
 * Terms of reference of one forum, from its YAML: purpose, membership, quorum, meetings and
 * papers, decisions with their limits, and where it escalates. Its review date is the
 * earliest next review of the stage pages that show the forum.
 */
export function termsOfReference(
  forum: Entry<Forum>,
  forumById: Map<string, Entry<Forum>>,
  level: EscalationLevel | undefined,
  context: DocumentContext,
): DocumentModel {
  const { data } = forum;
  const roleTitle = context.roleTitle;
  const route = escalationRoute(forum, forumById);
  const blocks: DocumentBlock[] = [
    heading('Purpose'),
    paragraph(data.purpose),
    heading('Membership'),
    table(
      ['Member', 'Seat'],
      [
        [roleTitle(data.chair), 'Chair'],
        ...forumRoleIds(data).filter((roleId) => roleId !== data.chair).map((roleId) => [roleTitle(roleId), 'Member']),
        ...data.otherMembers.map((member) => [member, 'Member from outside the playbook roles']),
      ],
    ),
    heading('Quorum'),
    paragraph(data.quorum.description),
    ...(data.quorum.requires.length > 0 ? [paragraph(`Not quorate without: ${data.quorum.requires.map(roleTitle).join(', ')}.`)] : []),
    heading('Meetings and papers'),
    table(
      ['Item', 'Arrangement'],
      [
        ['Frequency', describeCadence(data.cadence)],
        ['Papers due', data.papersDueWorkingDays === undefined ? 'No fixed deadline' : `${plural(data.papersDueWorkingDays, 'working day')} before the meeting`],
      ],
    ),
    heading('Papers it receives', 2),
    list(data.inputs),
    heading('What it produces', 2),
    list(data.outputs),
    heading('Decisions and limits'),
    table(['Decision', 'Limit'], data.decisionRights.map((right) => [right.decision, right.limit ?? noStatedLimit])),
    ...(level ? [heading(`Tolerances at the ${level.title.toLowerCase()} level`, 2), table(['Dimension', 'Tolerance'], toleranceRows(level))] : []),
    heading('Escalation route'),
    route.length > 0
      ? table(['Step', 'Forum', 'Chair'], route.map((next, index) => [String(index + 1), next.data.title, roleTitle(next.data.chair)]))
      : paragraph('This is the top forum: nothing is escalated beyond it.'),
  ];
  return {
    ...documentHeader(context),
    slug: termsOfReferenceSlug(forum.id),
    title: `Terms of reference: ${data.title}`,
    subtitle: `Chaired by the ${roleTitle(data.chair)}`,
    reviewDate: earliestReview(data.stages.map(context.stageReview)),
    blocks,
  };
}
