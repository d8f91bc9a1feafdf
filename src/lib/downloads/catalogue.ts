import type { RaciTable } from '../governance/raci-matrix.ts';
import type { PlanningModel } from '../plans/planning-model.ts';
import { commsEvents, type CommsEventContext } from './comms-events.ts';
import { tableToCsv } from './csv.ts';
import { commsTables, planTables, raciDownloadTables, stakeholderTables, type TableNames } from './download-tables.ts';
import { toICalendar, type Calendar } from './icalendar.ts';
import type { Table } from './table.ts';
import type { Benefit } from '../../schemas/index.ts';
import { benefitRegisterTables, type BenefitNames } from '../improvement/benefits-register.ts';
import type { Entry } from '../playbook/playbook-model.ts';
import { tablesToXlsx } from './xlsx.ts';
import type { DocumentModel } from '../templates/document-model.ts';
import { documentToDocx } from '../templates/docx.ts';

/** A downloadable set: a workbook with a sheet per table and one CSV per table (when it has tables), and maybe a calendar and a Word document. */
export interface DownloadSet {
  /** File-name stem, for example "plan-pmo-implementation". */
  slug: string;
  title: string;
  tables: Table[];
  calendar?: Calendar;
  document?: DocumentModel;
}

export interface DownloadSources {
  planning: PlanningModel;
  /** RACI matrices in their configured order. */
  raci: RaciTable[];
  names: TableNames;
  organizationName: string;
  pmoName: string;
  calendar: Omit<CommsEventContext, 'audienceName' | 'roleTitle'>;
  /** Stage 8's benefits register, when the content has benefits. */
  benefits?: { entries: Entry<Benefit>[]; names: BenefitNames };
  /** Sets a feature builds itself (the RAID logs), listed after the others as they are. */
  featureSets?: DownloadSet[];
}

export const planDownloadSlug = (planId: string) => `plan-${planId}`;
export const raciDownloadSlug = (matrixId: string) => `raci-${matrixId}`;
export const STAKEHOLDER_REGISTER = 'stakeholder-register';
export const COMMUNICATION_PLAN = 'communication-plan';
export const BENEFITS_REGISTER = 'benefits-register';

/**
 * What can be downloaded, one builder per kind of content. Everything else (file names,
 * formats, the endpoint, the links on pages) follows from this list, so a new kind of
 * download is one more builder here, as the RACI matrices are.
 */
const downloadBuilders: ReadonlyArray<(sources: DownloadSources) => DownloadSet[]> = [
  ({ planning, names }) => planning.plans.map((plan) => ({ slug: planDownloadSlug(plan.id), title: plan.data.title, tables: planTables(plan, names) })),
  // A register or plan with no entries is not offered at all.
  ({ planning, names }) => (planning.stakeholders.length === 0 ? [] : [{ slug: STAKEHOLDER_REGISTER, title: 'Stakeholder register', tables: stakeholderTables(planning.stakeholders, names) }]),
  ({ raci, names }) => raci.map((table) => ({ slug: raciDownloadSlug(table.matrix.id), title: `RACI matrix: ${table.matrix.data.title}`, tables: raciDownloadTables(table, names) })),
  ({ planning, names, organizationName, pmoName, calendar }) =>
    planning.comms.length === 0
      ? []
      : [
          {
            slug: COMMUNICATION_PLAN,
            title: 'Communication plan',
            tables: commsTables(planning.comms, planning.commsMonths, names),
            calendar: {
              productId: `-//${organizationName}//${pmoName} playbook//EN`,
              name: `${pmoName} communication plan`,
              events: commsEvents(planning.comms, { ...calendar, audienceName: names.stakeholderName, roleTitle: names.roleTitle }),
            },
          },
        ],
  ({ benefits }) => (benefits && benefits.entries.length > 0 ? [{ slug: BENEFITS_REGISTER, title: 'Benefits register', tables: benefitRegisterTables(benefits.entries, benefits.names) }] : []),
  ({ featureSets = [] }) => featureSets,
];

export function downloadSets(sources: DownloadSources): DownloadSet[] {
  return downloadBuilders.flatMap((build) => build(sources));
}

export type DownloadFormat = 'xlsx' | 'csv' | 'ics' | 'docx';

export interface DownloadFile {
  /** File name under /downloads/. */
  name: string;
  format: DownloadFormat;
  /** What a link to it says, for example "Budget (CSV)". */
  label: string;
  set: DownloadSet;
  table?: Table;
}

export const contentTypes: Record<DownloadFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  ics: 'text/calendar; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** Every file of a set: the workbook, a CSV per table (named after the set when it has one table), the calendar and the Word document if any. */
export function downloadFiles(set: DownloadSet): DownloadFile[] {
  const csvName = (table: Table) => (set.tables.length === 1 ? `${set.slug}.csv` : `${set.slug}-${table.slug}.csv`);
  return [
    ...(set.document ? [{ name: `${set.slug}.docx`, format: 'docx' as const, label: `${set.title} (Word document)`, set }] : []),
    ...(set.tables.length > 0 ? [{ name: `${set.slug}.xlsx`, format: 'xlsx' as const, label: `${set.title} (Excel workbook, one sheet per table)`, set }] : []),
    ...set.tables.map((table): DownloadFile => ({ name: csvName(table), format: 'csv', label: `${table.sheet} (CSV)`, set, table })),
    ...(set.calendar ? [{ name: `${set.slug}.ics`, format: 'ics' as const, label: `${set.title} (calendar, iCalendar .ics)`, set }] : []),
  ];
}

/** The bytes of one file; `stamp` is when the build made it (workbook date, calendar DTSTAMP). */
export async function renderDownload(file: DownloadFile, stamp: Date): Promise<Uint8Array<ArrayBuffer>> {
  if (file.format === 'xlsx') return tablesToXlsx(file.set.tables, { title: file.set.title, creator: 'pmo-playbook', created: stamp });
  // A document carries its own date from the build-date helper, so it never depends on the clock.
  if (file.format === 'docx') return documentToDocx(file.set.document!);
  const text = file.format === 'csv' ? tableToCsv(file.table!) : toICalendar(file.set.calendar!, stamp);
  return new TextEncoder().encode(text);
}
