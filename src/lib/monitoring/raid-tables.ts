import { assumptionStatuses, dependencyStatuses, issuePriorities, issueStatuses, riskResponses, riskStatuses } from '../../schemas/index.ts';
import type { RaidAction } from '../../schemas/index.ts';
import { defineTable, type Table } from '../downloads/table.ts';
import type { RaidItemView, RaidLogView } from './raid-log.ts';

export interface RaidTableNames {
  roleTitle: (roleId: string) => string;
}

type ItemOf<T extends RaidItemView['type']> = Extract<RaidItemView, { type: T }>;

/** The columns every type starts with, read from the item's summary: reference, title, what it belongs to, owner, raised. */
const leadingColumns = (names: RaidTableNames) => [
  { header: 'Ref', width: 7, value: (item: RaidItemView) => item.summary.ref },
  { header: 'Title', width: 40, value: (item: RaidItemView) => item.summary.title },
  { header: 'Plan', width: 22, value: (item: RaidItemView) => item.summary.belongsTo.plan },
  { header: 'Stage', width: 30, value: (item: RaidItemView) => item.summary.belongsTo.stage },
  { header: 'Objective', width: 24, value: (item: RaidItemView) => item.summary.belongsTo.objective },
  { header: 'Owner', width: 24, value: (item: RaidItemView) => names.roleTitle(item.summary.owner) },
  { header: 'Raised', width: 13, format: 'date' as const, value: (item: RaidItemView) => item.summary.raised },
];
/** The closed date and why, under the header each type's YAML uses for the reason. */
const closingColumns = (reasonHeader: string) => [
  { header: 'Closed', width: 13, format: 'date' as const, value: (item: RaidItemView) => item.summary.closed },
  { header: reasonHeader, width: 50, value: (item: RaidItemView) => item.summary.closedReason },
];
const actionsText = (actions: RaidAction[], names: RaidTableNames) =>
  actions.map((action) => `${action.done ? '[done] ' : ''}${action.action} (${names.roleTitle(action.owner)}, due ${action.due})`).join('\n') || undefined;

const scale = (count: number) => Array.from({ length: count }, (_, i) => String(i + 1));

/**
 * The RAID log as four tables, one per type, with the same values editors write in the
 * YAML; columns with a fixed set of values carry it, so the workbook offers a drop-down.
 */
export function raidTables(log: RaidLogView, names: RaidTableNames, matrix: { probability: number; impact: number } | undefined, levelIds: string[]): Table[] {
  const of = <T extends RaidItemView['type']>(type: T) => (log.byType.get(type) ?? []) as ItemOf<T>[];
  return [
    defineTable<ItemOf<'risk'>>({
      slug: 'risks',
      sheet: 'Risks',
      rows: of('risk'),
      columns: [
        ...leadingColumns(names),
        { header: 'Cause', width: 50, value: (item) => item.risk.data.cause },
        { header: 'Event', width: 50, value: (item) => item.risk.data.event },
        { header: 'Effect', width: 50, value: (item) => item.risk.data.effect },
        { header: 'Probability', width: 12, format: 'number', allowed: matrix ? scale(matrix.probability) : undefined, value: (item) => item.risk.data.probability },
        { header: 'Impact', width: 10, format: 'number', allowed: matrix ? scale(matrix.impact) : undefined, value: (item) => item.risk.data.impact },
        { header: 'Score', width: 8, format: 'number', value: (item) => item.risk.score },
        { header: 'Band', width: 10, value: (item) => item.risk.band?.label },
        { header: 'Escalation level', width: 18, allowed: levelIds, value: (item) => item.risk.heldAt?.id ?? item.risk.data.escalationLevel },
        { header: 'Proximity', width: 13, format: 'date', value: (item) => item.risk.data.proximity },
        { header: 'Response', width: 11, allowed: riskResponses, value: (item) => item.risk.data.response },
        { header: 'Actions', width: 60, value: (item) => actionsText(item.risk.data.actions, names) },
        { header: 'Status', width: 9, allowed: riskStatuses, value: (item) => item.risk.data.status },
        ...closingColumns('Closed reason'),
      ],
    }),
    defineTable<ItemOf<'issue'>>({
      slug: 'issues',
      sheet: 'Issues',
      rows: of('issue'),
      columns: [
        ...leadingColumns(names),
        { header: 'Description', width: 60, value: (item) => item.data.description },
        { header: 'Priority', width: 10, allowed: issuePriorities, value: (item) => item.data.priority },
        { header: 'Due', width: 13, format: 'date', value: (item) => item.data.due },
        { header: 'Actions', width: 60, value: (item) => actionsText(item.data.actions, names) },
        { header: 'Status', width: 12, allowed: issueStatuses, value: (item) => item.data.status },
        ...closingColumns('Resolution'),
      ],
    }),
    defineTable<ItemOf<'assumption'>>({
      slug: 'assumptions',
      sheet: 'Assumptions',
      rows: of('assumption'),
      columns: [
        ...leadingColumns(names),
        { header: 'Statement', width: 60, value: (item) => item.data.statement },
        { header: 'If wrong', width: 50, value: (item) => item.data.ifWrong },
        { header: 'Validate by', width: 13, format: 'date', value: (item) => item.data.validateBy },
        { header: 'Status', width: 12, allowed: assumptionStatuses, value: (item) => item.data.status },
        ...closingColumns('Closed reason'),
      ],
    }),
    defineTable<ItemOf<'dependency'>>({
      slug: 'dependencies',
      sheet: 'Dependencies',
      rows: of('dependency'),
      columns: [
        ...leadingColumns(names),
        { header: 'Dependent', width: 44, value: (item) => item.data.dependent.description },
        { header: 'Dependent task', width: 20, value: (item) => item.data.dependent.task },
        { header: 'Depends on', width: 44, value: (item) => item.data.dependsOn.description },
        { header: 'Depends on task', width: 20, value: (item) => item.data.dependsOn.task },
        { header: 'Need by', width: 13, format: 'date', value: (item) => item.data.needBy },
        { header: 'Status', width: 11, allowed: dependencyStatuses, value: (item) => item.data.status },
        ...closingColumns('Closed reason'),
      ],
    }),
  ];
}
