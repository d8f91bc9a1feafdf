import ExcelJS from 'exceljs';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { downloadFiles, renderDownload, type DownloadSet } from '../../src/lib/downloads/catalogue.ts';
import { commsEvents, recurrenceRule } from '../../src/lib/downloads/comms-events.ts';
import { csvField, csvText, tableToCsv } from '../../src/lib/downloads/csv.ts';
import { raciDownloadTables, stakeholderTables } from '../../src/lib/downloads/download-tables.ts';
import { raciTable } from '../../src/lib/governance/raci-matrix.ts';
import { escapeText, foldLine, toICalendar } from '../../src/lib/downloads/icalendar.ts';
import { defineTable, tableCells } from '../../src/lib/downloads/table.ts';
import type { RaciMatrix } from '../../src/schemas/index.ts';
import { tablesToXlsx } from '../../src/lib/downloads/xlsx.ts';
import { publishStakeholder } from '../../src/lib/plans/stakeholder-quadrants.ts';

type BudgetRow = { item: string; amount: number; from?: string };
const table = defineTable<BudgetRow>({
  slug: 'budget',
  sheet: 'Budget',
  currency: 'GBP',
  columns: [
    { header: 'Item', width: 40, value: (row) => row.item },
    { header: 'Amount (GBP)', width: 14, format: 'money', value: (row) => row.amount },
    { header: 'From', width: 12, format: 'date', value: (row) => row.from },
  ],
  rows: [
    { item: 'Tool, licences and "set-up"', amount: 45000.5, from: '2027-01-11' },
    { item: '=SUM(A1:A9)', amount: 0 },
    { item: 'Line one\nline two', amount: 12, from: '2026-10-01' },
  ],
});

describe('CSV', () => {
  it('quotes a field only when it holds a comma, a quote or a line break, doubling quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "yes"')).toBe('"say ""yes"""');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField('line\r\nbreak')).toBe('"line\r\nbreak"');
    expect(csvField(12.5)).toBe('12.5');
    expect(csvField(-3)).toBe('-3');
    expect(csvField(undefined)).toBe('');
  });

  it('keeps text a spreadsheet would run as a formula as text, with a leading apostrophe', () => {
    expect(['=1+1', '+1', '-1', '@SUM(A1)', '\tx'].map(csvField)).toEqual(["'=1+1", "'+1", "'-1", "'@SUM(A1)", "'\tx"]);
    expect(csvField('\rx')).toBe(`"'\rx"`);
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('a=b')).toBe('a=b');
  });

  it('writes rows with a BOM and CRLF after every line, the last included', () => {
    expect(csvText([['Header'], ['a', 1], []])).toBe('\uFEFFHeader\r\na,1\r\n\r\n');
  });

  it('writes a BOM, a header row, CRLF line ends, and quotes only fields that need it', () => {
    expect(tableToCsv(table)).toBe(
      '\uFEFFItem,Amount (GBP),From\r\n' +
        '"Tool, licences and ""set-up""",45000.5,2027-01-11\r\n' +
        "'=SUM(A1:A9),0,\r\n" +
        '"Line one\nline two",12,2026-10-01\r\n',
    );
  });
});

describe('Excel workbook', () => {
  it('has one sheet per table with a bold frozen header, widths, real numbers and real dates', async () => {
    const bytes = await tablesToXlsx([table, { ...table, slug: 'other', sheet: 'Other', rows: [] }], { title: 'Test', creator: 'test', created: new Date('2026-11-01T00:00:00Z') });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Budget', 'Other']);
    const sheet = workbook.getWorksheet('Budget')!;
    expect(sheet.getRow(1).values).toEqual([undefined, 'Item', 'Amount (GBP)', 'From']);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect([1, 2, 3].map((index) => sheet.getColumn(index).width)).toEqual([40, 14, 12]);
    expect(sheet.getCell('B2').value).toBe(45000.5);
    expect(sheet.getCell('B2').numFmt).toBe('"£"#,##0.00');
    expect((sheet.getCell('C2').value as Date).toISOString()).toBe('2027-01-11T00:00:00.000Z');
    expect(sheet.getCell('A3').value).toBe('=SUM(A1:A9)');
    expect(sheet.getCell('C3').value).toBeNull();
    expect(sheet.rowCount).toBe(4);
    expect(workbook.getWorksheet('Other')!.rowCount).toBe(1);
  });
});

describe('iCalendar text', () => {
  it('escapes backslashes, semicolons, commas and line breaks', () => {
    expect(escapeText('a\\b; c, d\ne\r\nf')).toBe('a\\\\b\\; c\\, d\\ne\\nf');
  });

  it('folds lines at 75 octets without splitting a multi-byte character', () => {
    const folded = foldLine(`DESCRIPTION:${'£'.repeat(60)}`);
    const lines = folded.split('\r\n');
    expect(lines.every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    expect(lines.slice(1).every((line) => line.startsWith(' '))).toBe(true);
    expect(lines.map((line, index) => (index === 0 ? line : line.slice(1))).join('')).toBe(`DESCRIPTION:${'£'.repeat(60)}`);
    expect(foldLine('SHORT:line')).toBe('SHORT:line');
  });
});

describe('communication calendar', () => {
  it('maps each frequency to its recurrence rule', () => {
    expect(recurrenceRule('daily')).toBe('FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR');
    expect(recurrenceRule('weekly', '2027-03-08')).toBe('FREQ=WEEKLY;UNTIL=20270308');
    expect(recurrenceRule('fortnightly')).toBe('FREQ=WEEKLY;INTERVAL=2');
    expect(recurrenceRule('monthly')).toBe('FREQ=MONTHLY');
    expect(recurrenceRule('quarterly')).toBe('FREQ=MONTHLY;INTERVAL=3');
    expect(recurrenceRule('per-event')).toBeUndefined();
  });

  const events = commsEvents(
    [
      {
        id: 'forum',
        data: {
          id: 'forum',
          title: 'Forum; open, questions',
          audience: ['pms'],
          purpose: 'Hear project managers.',
          message: 'Tell us what slows you down.',
          channel: 'Video call',
          format: 'Forty-five minutes',
          frequency: 'fortnightly',
          first: '2026-10-22',
          until: '2026-12-03',
          owner: 'change-manager',
          stages: [],
          feedback: 'Logged, then answered in the bulletin.',
        },
      },
      {
        id: 'survey',
        data: {
          id: 'survey',
          title: 'Survey',
          audience: ['pms', 'sponsors'],
          purpose: 'Measure sentiment.',
          message: 'Five questions.',
          channel: 'Online',
          format: 'Survey',
          frequency: 'per-event',
          first: '2026-11-16',
          owner: 'change-manager',
          stages: [],
          feedback: 'Themes in the feedback log.',
        },
      },
    ],
    {
      audienceName: (id) => ({ pms: 'Project managers', sponsors: 'Project sponsors' })[id]!,
      roleTitle: () => 'Change Manager',
      uidDomain: 'example.com',
      pageUrl: (id) => `https://example.com/comms/#${id}`,
    },
  );
  const text = toICalendar({ productId: '-//Example//PMO//EN', name: 'PMO comms', events }, new Date('2026-11-01T09:30:00Z'));

  it('writes CRLF lines of at most 75 octets, all-day dates, stable UIDs and a DTSTAMP', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    expect(text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    expect(text).toContain('\r\nUID:comms-forum@example.com\r\n');
    expect(text).toContain('\r\nDTSTAMP:20261101T093000Z\r\n');
    expect(text).toContain('\r\nDTSTART;VALUE=DATE:20261022\r\nDTEND;VALUE=DATE:20261023\r\nRRULE:FREQ=WEEKLY;INTERVAL=2;UNTIL=20261203\r\n');
    expect(text).toContain('\r\nSUMMARY:Forum\\; open\\, questions\r\n');
  });

  it('parses with ical.js, which expands the recurrence to the dates the plan means', () => {
    const calendar = new ICAL.Component(ICAL.parse(text));
    const [forum, survey] = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
    expect(forum.summary).toBe('Forum; open, questions');
    expect(forum.startDate.isDate).toBe(true);
    const dates: string[] = [];
    const iterator = forum.iterator();
    for (let next = iterator.next(); next; next = iterator.next()) dates.push(next.toString());
    expect(dates).toEqual(['2026-10-22', '2026-11-05', '2026-11-19', '2026-12-03']);
    expect(survey.isRecurring()).toBe(false);
    expect(survey.description).toContain('Audience: Project managers, Project sponsors\nPurpose: Measure sentiment.');
  });
});

describe('download sets', () => {
  it('names one workbook, a CSV per table (just the set name for one table) and the calendar', () => {
    const twoTables: DownloadSet = { slug: 'plan-x', title: 'Plan X', tables: [table, { ...table, slug: 'timeline', sheet: 'Timeline' }] };
    expect(downloadFiles(twoTables).map((file) => [file.name, file.format])).toEqual([
      ['plan-x.xlsx', 'xlsx'],
      ['plan-x-budget.csv', 'csv'],
      ['plan-x-timeline.csv', 'csv'],
    ]);
    const withCalendar: DownloadSet = { slug: 'comms', title: 'Comms', tables: [table], calendar: { productId: 'x', name: 'x', events: [] } };
    expect(downloadFiles(withCalendar).map((file) => file.name)).toEqual(['comms.xlsx', 'comms.csv', 'comms.ics']);
  });

  it('renders a CSV file as UTF-8 bytes starting with the byte order mark', async () => {
    const [, csv] = downloadFiles({ slug: 'one', title: 'One', tables: [{ ...table, rows: [{ item: 'Café £5', amount: 5 }] }] });
    const bytes = await renderDownload(csv, new Date());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).toBe('\uFEFFItem,Amount (GBP),From\r\nCafé £5,5,\r\n');
  });

  it('leaves the assessment cells of a sensitive stakeholder empty in the register', () => {
    const stakeholder = (sensitive: boolean) => ({
      id: sensitive ? 'unions' : 'board',
      name: sensitive ? 'Unions' : 'Board',
      description: 'Who they are.',
      owner: 'pmo-lead',
      sensitive,
      assessment: { power: 0.6, interest: 0.7, current: 'neutral' as const, desired: 'supportive' as const, concerns: 'Private worries' },
    });
    const [register] = stakeholderTables([publishStakeholder('board', stakeholder(false)), publishStakeholder('unions', stakeholder(true))], { roleTitle: () => 'PMO Lead', stakeholderName: (id) => id });
    expect(tableCells(register)[0]).toEqual(['board', 'Board', 'Who they are.', 'PMO Lead', 'Manage closely', 0.6, 0.7, 'Neutral', 'Supportive', 'Private worries', 'Published']);
    expect(tableCells(register)[1]).toEqual(['unions', 'Unions', 'Who they are.', 'PMO Lead', undefined, undefined, undefined, undefined, undefined, undefined, 'Withheld: sensitive']);
  });

  it('writes a RACI matrix with a column per role in the order roles are first assigned', () => {
    const matrix: { id: string; data: RaciMatrix } = {
      id: 'change-control',
      data: {
        id: 'change-control',
        title: 'Change control',
        description: 'How changes to a baseline are decided.',
        order: 1,
        stages: ['setup/first'],
        forums: [],
        activities: [
          { id: 'raise', name: 'Raise a change request', assignments: { 'project-manager': 'R', 'project-sponsor': 'A' } },
          { id: 'decide', name: 'Decide the change', assignments: { 'project-sponsor': 'A', 'pmo-analyst': 'C', 'project-manager': 'I' } },
        ],
      },
    };
    const titles: Record<string, string> = { 'project-manager': 'Project Manager', 'project-sponsor': 'Project Sponsor', 'pmo-analyst': 'PMO Analyst' };
    const [sheet] = raciDownloadTables(raciTable(matrix), { roleTitle: (id) => titles[id], stakeholderName: (id) => id });
    expect(sheet.columns.map((column) => column.header)).toEqual(['Activity id', 'Activity', 'Project Manager', 'Project Sponsor', 'PMO Analyst']);
    expect(tableCells(sheet)).toEqual([
      ['raise', 'Raise a change request', 'R', 'A', undefined],
      ['decide', 'Decide the change', 'I', 'A', 'C'],
    ]);
    expect(downloadFiles({ slug: 'raci-change-control', title: 'RACI', tables: [sheet] }).map((file) => file.name)).toEqual(['raci-change-control.xlsx', 'raci-change-control.csv']);
  });
});
