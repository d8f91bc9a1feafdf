import type { CommsEntry } from '../../schemas/index.ts';
import type { RaciTable } from '../governance/raci-matrix.ts';
import type { Entry } from '../playbook-model.ts';
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
import type { Table } from './table.ts';

/** Names for the ids that tables print. */
export interface TableNames {
  roleTitle: (roleId: string) => string;
  stakeholderName: (stakeholderId: string) => string;
}

/** The plan's four tables and its computed budget summary, the same data as its page. */
export function planTables(plan: PlanView, names: TableNames): Table[] {
  const { currency } = plan.budget;
  return [
    {
      slug: 'timeline',
      sheet: 'Timeline',
      columns: [
        { header: 'Phase', width: 28 },
        { header: 'Task id', width: 24 },
        { header: 'Task', width: 60 },
        { header: 'Milestone', width: 10 },
        { header: 'Start', width: 13, format: 'date' },
        { header: 'End', width: 13, format: 'date' },
        { header: 'Working days', width: 13, format: 'number' },
        { header: 'After', width: 30 },
        { header: 'Status', width: 12 },
      ],
      rows: plan.schedule.tasks.map((task) => [
        task.phase,
        task.id,
        task.name,
        task.milestone ? 'Yes' : 'No',
        task.start,
        task.end,
        task.workingDays,
        task.after.join(' '),
        taskStatusLabel[task.status],
      ]),
    },
    {
      slug: 'budget',
      sheet: 'Budget',
      currency,
      columns: [
        { header: 'Item', width: 60 },
        { header: 'Category', width: 16 },
        { header: 'Cost type', width: 10 },
        { header: 'Period', width: 34 },
        { header: 'Owner', width: 26 },
        { header: `Amount (${currency})`, width: 16, format: 'money' },
        { header: 'Contingency (%)', width: 16, format: 'number' },
        { header: `Contingency (${currency})`, width: 18, format: 'money' },
        { header: `Total (${currency})`, width: 16, format: 'money' },
      ],
      rows: plan.budget.lines.map(({ line, contingencyAmount, total }) => [
        line.item,
        budgetCategoryLabel[line.category],
        costTypeLabel[line.costType],
        line.period,
        names.roleTitle(line.owner),
        line.amount,
        line.contingency,
        contingencyAmount,
        total,
      ]),
    },
    {
      slug: 'budget-summary',
      sheet: 'Budget summary',
      currency,
      columns: [
        { header: 'Subtotal by', width: 14 },
        { header: 'Name', width: 18 },
        { header: `Amount (${currency})`, width: 16, format: 'money' },
        { header: `Contingency (${currency})`, width: 18, format: 'money' },
        { header: `Total (${currency})`, width: 16, format: 'money' },
      ],
      rows: [
        ...plan.budget.byCategory.map(({ category, sum }) => ['Category', budgetCategoryLabel[category], sum.base, sum.contingency, sum.total]),
        ...plan.budget.byCostType.map(({ costType, sum }) => ['Cost type', costTypeLabel[costType], sum.base, sum.contingency, sum.total]),
        ['Total', 'All lines', plan.budget.total.base, plan.budget.total.contingency, plan.budget.total.total],
      ],
    },
    {
      slug: 'resources',
      sheet: 'Resources',
      columns: [
        { header: 'Role or post', width: 40 },
        { header: 'Role id', width: 22 },
        { header: 'FTE', width: 8, format: 'number' },
        { header: 'Source', width: 12 },
        { header: 'From', width: 13, format: 'date' },
        { header: 'To', width: 13, format: 'date' },
        { header: 'Note', width: 60 },
      ],
      rows: plan.data.resources.map((resource) => [
        resource.title ?? names.roleTitle(resource.role!),
        resource.role,
        resource.fte,
        resourceSourceLabel[resource.source],
        resource.from,
        resource.to,
        resource.note,
      ]),
    },
    {
      slug: 'metrics',
      sheet: 'Success metrics',
      columns: [
        { header: 'KPI', width: 50 },
        { header: 'KPI id', width: 26 },
        { header: 'Unit', width: 20 },
        { header: 'Baseline', width: 10, format: 'number' },
        { header: 'Baseline note', width: 50 },
        { header: 'Target', width: 10, format: 'number' },
        { header: 'Target date', width: 13, format: 'date' },
        { header: 'Reported', width: 14 },
        { header: 'Owner', width: 26 },
      ],
      rows: plan.metrics.map(({ metric, baseline, baselineNote, target, targetDate }) => [
        metric.data.name,
        metric.id,
        metric.data.unit,
        baseline,
        baselineNote,
        target,
        targetDate,
        reportingFrequencyLabel[metric.data.frequency],
        names.roleTitle(metric.data.owner),
      ]),
    },
  ];
}

/**
 * The stakeholder register. It is built from published stakeholders, so a sensitive
 * stakeholder's assessment cells are empty because the data never reached this function.
 */
export function stakeholderTables(stakeholders: PublishedStakeholder[], names: TableNames): Table[] {
  return [
    {
      slug: 'register',
      sheet: 'Stakeholder register',
      columns: [
        { header: 'Stakeholder id', width: 26 },
        { header: 'Stakeholder', width: 34 },
        { header: 'Description', width: 60 },
        { header: 'Relationship owner', width: 24 },
        { header: 'Quadrant', width: 16 },
        { header: 'Power', width: 8, format: 'number' },
        { header: 'Interest', width: 9, format: 'number' },
        { header: 'Engagement now', width: 16 },
        { header: 'Engagement needed', width: 18 },
        { header: 'Concerns', width: 60 },
        { header: 'Assessment', width: 26 },
      ],
      rows: stakeholders.map((stakeholder) => {
        const assessment = stakeholder.assessment;
        return [
          stakeholder.id,
          stakeholder.name,
          stakeholder.description,
          names.roleTitle(stakeholder.owner),
          assessment && quadrantLabel[assessment.quadrant],
          assessment?.power,
          assessment?.interest,
          assessment && engagementLabel[assessment.current],
          assessment && engagementLabel[assessment.desired],
          assessment?.concerns,
          assessment ? 'Published' : 'Withheld: sensitive',
        ];
      }),
    },
  ];
}

/** The communication plan: every entry, and what goes out when over the month-by-month view. */
export function commsTables(entries: Entry<CommsEntry>[], months: MonthOfComms<CommsEntry & { id: string }>[], names: TableNames): Table[] {
  return [
    {
      slug: 'entries',
      sheet: 'Communication plan',
      columns: [
        { header: 'Id', width: 28 },
        { header: 'Communication', width: 36 },
        { header: 'Audience', width: 40 },
        { header: 'Purpose', width: 50 },
        { header: 'Key message', width: 50 },
        { header: 'Channel', width: 34 },
        { header: 'Format', width: 40 },
        { header: 'Frequency', width: 20 },
        { header: 'First', width: 13, format: 'date' },
        { header: 'Until', width: 13, format: 'date' },
        { header: 'Owner', width: 24 },
        { header: 'Stages', width: 40 },
        { header: 'Feedback', width: 50 },
      ],
      rows: entries.map(({ id, data }) => [
        id,
        data.title,
        data.audience.map(names.stakeholderName).join('; '),
        data.purpose,
        data.message,
        data.channel,
        data.format,
        commsFrequencyLabel[data.frequency],
        data.first,
        data.until,
        names.roleTitle(data.owner),
        data.stages.join(' '),
        data.feedback,
      ]),
    },
    {
      slug: 'calendar',
      sheet: 'Month by month',
      columns: [
        { header: 'Month', width: 10 },
        { header: 'Date', width: 13, format: 'date' },
        { header: 'Communication', width: 40 },
        { header: 'Id', width: 28 },
        { header: 'Audience', width: 40 },
        { header: 'Owner', width: 24 },
      ],
      rows: months.flatMap(({ month, items }) =>
        items
          .flatMap(({ entry, dates }) => dates.map((date) => ({ entry, date })))
          .sort((a, b) => a.date.localeCompare(b.date) || a.entry.title.localeCompare(b.entry.title))
          .map(({ entry, date }) => [month, date, entry.title, entry.id, entry.audience.map(names.stakeholderName).join('; '), names.roleTitle(entry.owner)]),
      ),
    },
  ];
}

/** A RACI matrix as on its page: activities as rows, one column per role with its letter. */
export function raciDownloadTables(table: RaciTable, names: TableNames): Table[] {
  const roleTitles = table.columns.map(names.roleTitle);
  return [
    {
      slug: 'matrix',
      sheet: 'RACI matrix',
      columns: [
        { header: 'Activity id', width: 28 },
        { header: 'Activity', width: 60 },
        ...roleTitles.map((title) => ({ header: title, width: Math.max(12, title.length + 2) })),
      ],
      rows: table.rows.map((row) => [row.activity.id, row.activity.name, ...row.cells]),
    },
  ];
}
