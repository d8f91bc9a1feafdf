import type { CommsEntry } from '../../schemas/index.ts';
import type { RaciTable } from '../governance/raci-matrix.ts';
import type { Entry } from '../playbook/playbook-model.ts';
import {
  budgetCategoryLabel,
  commsFrequencyLabel,
  costTypeLabel,
  engagementLabel,
  quadrantLabel,
  reportingFrequencyLabel,
  resourceSourceLabel,
  taskStatusLabel,
} from '../plans/labels.ts';
import type { MonthOfComms } from '../plans/comms-calendar.ts';
import type { PlanView } from '../plans/planning-model.ts';
import type { PublishedStakeholder } from '../plans/stakeholder-quadrants.ts';
import { defineTable, type Table } from './table.ts';

/** Names for the ids that tables print. */
export interface TableNames {
  roleTitle: (roleId: string) => string;
  stakeholderName: (stakeholderId: string) => string;
}

/** The plan's four tables and its computed budget summary, the same data as its page. */
export function planTables(plan: PlanView, names: TableNames): Table[] {
  const { currency } = plan.budget;
  return [
    defineTable({
      slug: 'timeline',
      sheet: 'Timeline',
      rows: plan.schedule.tasks,
      columns: [
        { header: 'Phase', width: 28, value: (task) => task.phase },
        { header: 'Task id', width: 24, value: (task) => task.id },
        { header: 'Task', width: 60, value: (task) => task.name },
        { header: 'Milestone', width: 10, value: (task) => (task.milestone ? 'Yes' : 'No') },
        { header: 'Start', width: 13, format: 'date', value: (task) => task.start },
        { header: 'End', width: 13, format: 'date', value: (task) => task.end },
        { header: 'Working days', width: 13, format: 'number', value: (task) => task.workingDays },
        { header: 'After', width: 30, value: (task) => task.after.join(' ') },
        { header: 'Status', width: 12, value: (task) => taskStatusLabel[task.status] },
      ],
    }),
    defineTable({
      slug: 'budget',
      sheet: 'Budget',
      currency,
      rows: plan.budget.lines,
      columns: [
        { header: 'Item', width: 60, value: ({ line }) => line.item },
        { header: 'Category', width: 16, value: ({ line }) => budgetCategoryLabel[line.category] },
        { header: 'Cost type', width: 10, value: ({ line }) => costTypeLabel[line.costType] },
        { header: 'Period', width: 34, value: ({ line }) => line.period },
        { header: 'Owner', width: 26, value: ({ line }) => names.roleTitle(line.owner) },
        { header: `Amount (${currency})`, width: 16, format: 'money', value: ({ line }) => line.amount },
        { header: 'Contingency (%)', width: 16, format: 'number', value: ({ line }) => line.contingency },
        { header: `Contingency (${currency})`, width: 18, format: 'money', value: ({ contingencyAmount }) => contingencyAmount },
        { header: `Total (${currency})`, width: 16, format: 'money', value: ({ total }) => total },
      ],
    }),
    defineTable({
      slug: 'budget-summary',
      sheet: 'Budget summary',
      currency,
      rows: [
        ...plan.budget.byCategory.map(({ category, sum }) => ({ by: 'Category', name: budgetCategoryLabel[category], sum })),
        ...plan.budget.byCostType.map(({ costType, sum }) => ({ by: 'Cost type', name: costTypeLabel[costType], sum })),
        { by: 'Total', name: 'All lines', sum: plan.budget.total },
      ],
      columns: [
        { header: 'Subtotal by', width: 14, value: (row) => row.by },
        { header: 'Name', width: 18, value: (row) => row.name },
        { header: `Amount (${currency})`, width: 16, format: 'money', value: (row) => row.sum.base },
        { header: `Contingency (${currency})`, width: 18, format: 'money', value: (row) => row.sum.contingency },
        { header: `Total (${currency})`, width: 16, format: 'money', value: (row) => row.sum.total },
      ],
    }),
    defineTable({
      slug: 'resources',
      sheet: 'Resources',
      rows: plan.data.resources,
      columns: [
        { header: 'Role or post', width: 40, value: (resource) => resource.title ?? names.roleTitle(resource.role!) },
        { header: 'Role id', width: 22, value: (resource) => resource.role },
        { header: 'FTE', width: 8, format: 'number', value: (resource) => resource.fte },
        { header: 'Source', width: 12, value: (resource) => resourceSourceLabel[resource.source] },
        { header: 'From', width: 13, format: 'date', value: (resource) => resource.from },
        { header: 'To', width: 13, format: 'date', value: (resource) => resource.to },
        { header: 'Note', width: 60, value: (resource) => resource.note },
      ],
    }),
    defineTable({
      slug: 'metrics',
      sheet: 'Success metrics',
      rows: plan.metrics,
      columns: [
        { header: 'KPI', width: 50, value: ({ metric }) => metric.data.name },
        { header: 'KPI id', width: 26, value: ({ metric }) => metric.id },
        { header: 'Unit', width: 20, value: ({ metric }) => metric.data.unit },
        { header: 'Baseline', width: 10, format: 'number', value: ({ baseline }) => baseline },
        { header: 'Baseline note', width: 50, value: ({ baselineNote }) => baselineNote },
        { header: 'Target', width: 10, format: 'number', value: ({ target }) => target },
        { header: 'Target date', width: 13, format: 'date', value: ({ targetDate }) => targetDate },
        { header: 'Reported', width: 14, value: ({ metric }) => reportingFrequencyLabel[metric.data.frequency] },
        { header: 'Owner', width: 26, value: ({ metric }) => names.roleTitle(metric.data.owner) },
      ],
    }),
  ];
}

/**
 * The stakeholder register. It is built from published stakeholders, so a sensitive
 * stakeholder's assessment cells are empty because the data never reached this function.
 */
export function stakeholderTables(stakeholders: PublishedStakeholder[], names: TableNames): Table[] {
  return [
    defineTable({
      slug: 'register',
      sheet: 'Stakeholder register',
      rows: stakeholders,
      columns: [
        { header: 'Stakeholder id', width: 26, value: (stakeholder) => stakeholder.id },
        { header: 'Stakeholder', width: 34, value: (stakeholder) => stakeholder.name },
        { header: 'Description', width: 60, value: (stakeholder) => stakeholder.description },
        { header: 'Relationship owner', width: 24, value: (stakeholder) => names.roleTitle(stakeholder.owner) },
        { header: 'Quadrant', width: 16, value: ({ assessment }) => assessment && quadrantLabel[assessment.quadrant] },
        { header: 'Power', width: 8, format: 'number', value: ({ assessment }) => assessment?.power },
        { header: 'Interest', width: 9, format: 'number', value: ({ assessment }) => assessment?.interest },
        { header: 'Engagement now', width: 16, value: ({ assessment }) => assessment && engagementLabel[assessment.current] },
        { header: 'Engagement needed', width: 18, value: ({ assessment }) => assessment && engagementLabel[assessment.desired] },
        { header: 'Concerns', width: 60, value: ({ assessment }) => assessment?.concerns },
        { header: 'Assessment', width: 26, value: ({ assessment }) => (assessment ? 'Published' : 'Withheld: sensitive') },
      ],
    }),
  ];
}

/** The communication plan: every entry, and what goes out when over the month-by-month view. */
export function commsTables(entries: Entry<CommsEntry>[], months: MonthOfComms<CommsEntry & { id: string }>[], names: TableNames): Table[] {
  const audience = (entry: CommsEntry) => entry.audience.map(names.stakeholderName).join('; ');
  return [
    defineTable({
      slug: 'entries',
      sheet: 'Communication plan',
      rows: entries,
      columns: [
        { header: 'Id', width: 28, value: ({ id }) => id },
        { header: 'Communication', width: 36, value: ({ data }) => data.title },
        { header: 'Audience', width: 40, value: ({ data }) => audience(data) },
        { header: 'Purpose', width: 50, value: ({ data }) => data.purpose },
        { header: 'Key message', width: 50, value: ({ data }) => data.message },
        { header: 'Channel', width: 34, value: ({ data }) => data.channel },
        { header: 'Format', width: 40, value: ({ data }) => data.format },
        { header: 'Frequency', width: 20, value: ({ data }) => commsFrequencyLabel[data.frequency] },
        { header: 'First', width: 13, format: 'date', value: ({ data }) => data.first },
        { header: 'Until', width: 13, format: 'date', value: ({ data }) => data.until },
        { header: 'Owner', width: 24, value: ({ data }) => names.roleTitle(data.owner) },
        { header: 'Stages', width: 40, value: ({ data }) => data.stages.join(' ') },
        { header: 'Feedback', width: 50, value: ({ data }) => data.feedback },
      ],
    }),
    defineTable({
      slug: 'calendar',
      sheet: 'Month by month',
      rows: months.flatMap(({ month, items }) =>
        items
          .flatMap(({ entry, dates }) => dates.map((date) => ({ month, entry, date })))
          .sort((a, b) => a.date.localeCompare(b.date) || a.entry.title.localeCompare(b.entry.title)),
      ),
      columns: [
        { header: 'Month', width: 10, value: ({ month }) => month },
        { header: 'Date', width: 13, format: 'date', value: ({ date }) => date },
        { header: 'Communication', width: 40, value: ({ entry }) => entry.title },
        { header: 'Id', width: 28, value: ({ entry }) => entry.id },
        { header: 'Audience', width: 40, value: ({ entry }) => audience(entry) },
        { header: 'Owner', width: 24, value: ({ entry }) => names.roleTitle(entry.owner) },
      ],
    }),
  ];
}

/** A RACI matrix as on its page: activities as rows, one column per role with its letter. */
export function raciDownloadTables(table: RaciTable, names: TableNames): Table[] {
  return [
    defineTable({
      slug: 'matrix',
      sheet: 'RACI matrix',
      rows: table.rows,
      columns: [
        { header: 'Activity id', width: 28, value: (row) => row.activity.id },
        { header: 'Activity', width: 60, value: (row) => row.activity.name },
        ...table.columns.map((roleId, index) => {
          const title = names.roleTitle(roleId);
          return { header: title, width: Math.max(12, title.length + 2), value: (row: RaciTable['rows'][number]) => row.cells[index] };
        }),
      ],
    }),
  ];
}
