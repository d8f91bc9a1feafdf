import { assumptionStatuses, dependencyStatuses, issuePriorities, issueStatuses, riskResponses, riskStatuses } from '../../schemas/index.ts';
import type { RaidAction } from '../../schemas/index.ts';
import type { Table } from '../downloads/table.ts';
import type { RaidItemView, RaidLogView } from './raid-log.ts';

export interface RaidTableNames {
  roleTitle: (roleId: string) => string;
}

const belongsColumns = [
  { header: 'Plan', width: 22 },
  { header: 'Stage', width: 30 },
  { header: 'Objective', width: 24 },
];
const belongsCells = (item: RaidItemView) => [item.summary.belongsTo.plan, item.summary.belongsTo.stage, item.summary.belongsTo.objective];
const actionsText = (actions: RaidAction[], names: RaidTableNames) =>
  actions.map((action) => `${action.done ? '[done] ' : ''}${action.action} (${names.roleTitle(action.owner)}, due ${action.due})`).join('\n') || undefined;

const scale = (count: number) => Array.from({ length: count }, (_, i) => String(i + 1));

/**
 * The RAID log as four tables, one per type, with the same values editors write in the
 * YAML; columns with a fixed set of values carry it, so the workbook offers a drop-down.
 */
export function raidTables(log: RaidLogView, names: RaidTableNames, matrix: { probability: number; impact: number } | undefined, levelIds: string[]): Table[] {
  const of = <T extends RaidItemView['type']>(type: T) => (log.byType.get(type) ?? []) as Extract<RaidItemView, { type: T }>[];
  return [
    {
      slug: 'risks',
      sheet: 'Risks',
      columns: [
        { header: 'Ref', width: 7 },
        { header: 'Title', width: 40 },
        ...belongsColumns,
        { header: 'Owner', width: 24 },
        { header: 'Raised', width: 13, format: 'date' },
        { header: 'Cause', width: 50 },
        { header: 'Event', width: 50 },
        { header: 'Effect', width: 50 },
        { header: 'Probability', width: 12, format: 'number', allowed: matrix ? scale(matrix.probability) : undefined },
        { header: 'Impact', width: 10, format: 'number', allowed: matrix ? scale(matrix.impact) : undefined },
        { header: 'Score', width: 8, format: 'number' },
        { header: 'Band', width: 10 },
        { header: 'Escalation level', width: 18, allowed: levelIds },
        { header: 'Proximity', width: 13, format: 'date' },
        { header: 'Response', width: 11, allowed: riskResponses },
        { header: 'Actions', width: 60 },
        { header: 'Status', width: 9, allowed: riskStatuses },
        { header: 'Closed', width: 13, format: 'date' },
        { header: 'Closed reason', width: 50 },
      ],
      rows: of('risk').map((item) => {
        const { data, score, band, heldAt } = item.risk;
        return [item.summary.ref, data.title, ...belongsCells(item), names.roleTitle(data.owner), data.raised, data.cause, data.event, data.effect, data.probability, data.impact, score, band?.label, heldAt?.id ?? data.escalationLevel, data.proximity, data.response, actionsText(data.actions, names), data.status, data.closed, data.closedReason];
      }),
    },
    {
      slug: 'issues',
      sheet: 'Issues',
      columns: [
        { header: 'Ref', width: 7 },
        { header: 'Title', width: 40 },
        ...belongsColumns,
        { header: 'Owner', width: 24 },
        { header: 'Raised', width: 13, format: 'date' },
        { header: 'Description', width: 60 },
        { header: 'Priority', width: 10, allowed: issuePriorities },
        { header: 'Due', width: 13, format: 'date' },
        { header: 'Actions', width: 60 },
        { header: 'Status', width: 12, allowed: issueStatuses },
        { header: 'Closed', width: 13, format: 'date' },
        { header: 'Resolution', width: 50 },
      ],
      rows: of('issue').map((item) => {
        const { data } = item;
        return [item.summary.ref, data.title, ...belongsCells(item), names.roleTitle(data.owner), data.raised, data.description, data.priority, data.due, actionsText(data.actions, names), data.status, data.closed, data.resolution];
      }),
    },
    {
      slug: 'assumptions',
      sheet: 'Assumptions',
      columns: [
        { header: 'Ref', width: 7 },
        { header: 'Title', width: 40 },
        ...belongsColumns,
        { header: 'Owner', width: 24 },
        { header: 'Raised', width: 13, format: 'date' },
        { header: 'Statement', width: 60 },
        { header: 'If wrong', width: 50 },
        { header: 'Validate by', width: 13, format: 'date' },
        { header: 'Status', width: 12, allowed: assumptionStatuses },
        { header: 'Closed', width: 13, format: 'date' },
        { header: 'Closed reason', width: 50 },
      ],
      rows: of('assumption').map((item) => {
        const { data } = item;
        return [item.summary.ref, data.title, ...belongsCells(item), names.roleTitle(data.owner), data.raised, data.statement, data.ifWrong, data.validateBy, data.status, data.closed, data.closedReason];
      }),
    },
    {
      slug: 'dependencies',
      sheet: 'Dependencies',
      columns: [
        { header: 'Ref', width: 7 },
        { header: 'Title', width: 40 },
        ...belongsColumns,
        { header: 'Owner', width: 24 },
        { header: 'Raised', width: 13, format: 'date' },
        { header: 'Dependent', width: 44 },
        { header: 'Dependent task', width: 20 },
        { header: 'Depends on', width: 44 },
        { header: 'Depends on task', width: 20 },
        { header: 'Need by', width: 13, format: 'date' },
        { header: 'Status', width: 11, allowed: dependencyStatuses },
        { header: 'Closed', width: 13, format: 'date' },
        { header: 'Closed reason', width: 50 },
      ],
      rows: of('dependency').map((item) => {
        const { data } = item;
        return [item.summary.ref, data.title, ...belongsCells(item), names.roleTitle(data.owner), data.raised, data.dependent.description, data.dependent.task, data.dependsOn.description, data.dependsOn.task, data.needBy, data.status, data.closed, data.closedReason];
      }),
    },
  ];
}
