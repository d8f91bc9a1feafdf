import ExcelJS from 'exceljs';
import ICAL from 'ical.js';
import { globSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { attributeValues, builtPages } from '../helpers/dist.ts';
import { exampleOverlayFolder, projectRoot } from '../helpers/project.ts';
import { readCsv } from '../helpers/read-csv.ts';
import { exampleSiteDir } from '../helpers/example-site.ts';

// Everything expected here is read from the YAML by this test, not through the site's code.
function readYaml<T>(folder: string, root = projectRoot): Map<string, T> {
  return new Map(globSync('*.yaml', { cwd: join(root, folder) }).sort().map((file) => [basename(file, '.yaml'), parse(readFileSync(join(root, folder, file), 'utf8')) as T]));
}

interface PlanYaml {
  title: string;
  stages?: string[];
  timeline: { name: string; tasks: { id: string; name: string; start?: string; after?: string[]; end?: string; milestone?: boolean }[] }[];
  budget: { lines: { item: string; amount: number; currency: string; contingency?: number }[] };
  resources: { from: string; to?: string; fte: number }[];
  metrics?: { metric: string }[];
}
interface StakeholderYaml {
  name: string;
  sensitive?: boolean;
  assessment: { power: number; interest: number; concerns: string };
}
interface CommsYaml {
  title: string;
  audience: string[];
  frequency: string;
  first: string;
  until?: string;
}

const plans = readYaml<PlanYaml>('content/plans');
// The example site is built with the example private overlay (test/global-setup.ts), so the
// sensitive assessments are in the build's input and the leak checks below mean something.
const privateStakeholders = readYaml<Partial<StakeholderYaml>>('content/stakeholders', join(projectRoot, exampleOverlayFolder));
const stakeholders = new Map([...readYaml<StakeholderYaml>('content/stakeholders')].map(([id, stakeholder]) => [id, { ...stakeholder, ...privateStakeholders.get(id) }]));
const comms = readYaml<CommsYaml>('content/comms');
const objectives = readYaml<{ metrics?: string[] }>('content/objectives');
const roleTitles = new Map([...readYaml<{ title: string }>('content/roles')].map(([id, role]) => [id, role.title]));
const raci = readYaml<{ title: string; activities: { id: string; name: string; assignments: Record<string, string> }[] }>('content/raci');
const outDir = await exampleSiteDir();
const downloads = join(outDir, 'downloads');
let pages: Map<string, string>;

beforeAll(() => {
  pages = builtPages(outDir);
});

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&#39;|&#x27;/g, "'").replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/\s+/g, ' ');
const pounds = (amount: number) => new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', maximumFractionDigits: 0 }).format(amount);
const lineTotal = (line: PlanYaml['budget']['lines'][number]) => Math.round(line.amount * (100 + (line.contingency ?? 0))) / 100;
const isoOf = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : value);

async function workbook(file: string): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(join(downloads, file));
  return book;
}

/** Data rows of a sheet as arrays of cell values (column A first), dates as YYYY-MM-DD. */
function sheetRows(book: ExcelJS.Workbook, name: string): unknown[][] {
  const sheet = book.getWorksheet(name);
  if (!sheet) throw new Error(`No sheet "${name}"`);
  const rows: unknown[][] = [];
  sheet.eachRow((row, number) => {
    if (number > 1) rows.push((row.values as unknown[]).slice(1).map(isoOf));
  });
  return rows;
}

describe('plan pages', () => {
  it('builds an index and one page per plan with every task and budget line', () => {
    expect(plans.size).toBeGreaterThanOrEqual(2);
    const index = pages.get('/plans/')!;
    for (const [id, plan] of plans) {
      expect(attributeValues(index, 'a', 'href')).toContain(`/plans/${id}/`);
      const page = text(pages.get(`/plans/${id}/`)!);
      expect(page).toContain(plan.title);
      for (const task of plan.timeline.flatMap((phase) => phase.tasks)) expect(page).toContain(task.name);
      for (const line of plan.budget.lines) expect(page).toContain(line.item);
    }
  });

  it('shows budget totals worked out from the lines, in pounds', () => {
    for (const [id, plan] of plans) {
      const total = plan.budget.lines.reduce((sum, line) => sum + lineTotal(line), 0);
      expect(text(pages.get(`/plans/${id}/`)!)).toContain(`Total ${pounds(plan.budget.lines.reduce((sum, line) => sum + line.amount, 0))} ${pounds(total - plan.budget.lines.reduce((sum, line) => sum + line.amount, 0))} ${pounds(total)}`);
    }
    // The figures the stage pages quote: develop-the-plan's year-one budget and the scanner roll-out's baseline.
    expect(text(pages.get('/plans/pmo-implementation/')!)).toContain('£665,000, including £30,000 contingency');
    expect(text(pages.get('/plans/project-plan-template/')!)).toContain('£610,000, including £75,000 contingency');
  });

  it('draws each plan as a gantt chart whose accessible name lists every task', () => {
    for (const [id, plan] of plans) {
      const figure = pages.get(`/plans/${id}/`)!.match(/<figure class="diagram">[\s\S]*?<\/figure>/)?.[0];
      expect(figure, id).toBeDefined();
      const label = figure!.match(/<svg[^>]*aria-label="([^"]*)"/)![1].replace(/&#39;|&#x27;/g, "'").replace(/&amp;/g, '&');
      for (const task of plan.timeline.flatMap((phase) => phase.tasks)) expect(label, `${id} ${task.id}`).toContain(task.name);
    }
  });

  it('is linked from every stage it names, stage 4 included', () => {
    expect(plans.get('pmo-implementation')!.stages).toContain('pmo-setup/develop-the-plan');
    for (const [id, plan] of plans) {
      for (const stage of plan.stages ?? []) expect(attributeValues(pages.get(`/playbooks/${stage}/`)!, 'a', 'href'), stage).toContain(`/plans/${id}/`);
    }
  });

  it('links every plan download from its page', () => {
    for (const id of plans.keys()) {
      const links = attributeValues(pages.get(`/plans/${id}/`)!, 'a', 'href');
      for (const file of ['', '-timeline', '-budget', '-budget-summary', '-resources', '-metrics'].map((part) => `/downloads/plan-${id}${part}`)) {
        expect(links).toContain(file.endsWith(id) ? `${file}.xlsx` : `${file}.csv`);
      }
    }
  });
});

describe('KPI, stakeholder and comms pages', () => {
  it('links each objective to its KPIs, which the KPI page defines', () => {
    const links = attributeValues(pages.get('/objectives/')!, 'a', 'href');
    const metricsPage = pages.get('/metrics/')!;
    for (const objective of objectives.values()) {
      for (const metric of objective.metrics ?? []) {
        expect(links).toContain(`/metrics/#${metric}`);
        expect(metricsPage).toContain(`id="${metric}"`);
      }
    }
  });

  it('lists every stakeholder and every communication, and links the calendar', () => {
    const register = text(pages.get('/stakeholders/')!);
    for (const stakeholder of stakeholders.values()) expect(register).toContain(stakeholder.name);
    const plan = pages.get('/comms/')!;
    for (const [id, entry] of comms) {
      expect(plan).toContain(`id="${id}"`);
      expect(text(plan)).toContain(entry.title);
    }
    expect(attributeValues(plan, 'a', 'href')).toEqual(expect.arrayContaining(['/downloads/communication-plan.ics', '/downloads/communication-plan.xlsx']));
  });

  it('has example content of the size the issue asks for', () => {
    expect(stakeholders.size).toBeGreaterThanOrEqual(10);
    expect([...stakeholders.values()].filter((stakeholder) => stakeholder.sensitive).length).toBeGreaterThanOrEqual(1);
    // Every sensitive assessment comes from the overlay; none is left in the repository's content/.
    const publicFiles = readYaml<Partial<StakeholderYaml>>('content/stakeholders');
    for (const [id, stakeholder] of stakeholders) {
      if (!stakeholder.sensitive) continue;
      expect(publicFiles.get(id)!.assessment, id).toBeUndefined();
      expect(privateStakeholders.get(id)?.assessment?.concerns, id).toBeTruthy();
    }
    expect(comms.size).toBeGreaterThanOrEqual(12);
  });
});

describe('Excel downloads', () => {
  it('has one sheet per plan table, with headers, widths and the YAML values', async () => {
    for (const [id, plan] of plans) {
      const book = await workbook(`plan-${id}.xlsx`);
      expect(book.worksheets.map((sheet) => sheet.name)).toEqual(['Timeline', 'Budget', 'Budget summary', 'Resources', 'Success metrics']);
      for (const sheet of book.worksheets) {
        expect(sheet.getRow(1).font?.bold, sheet.name).toBe(true);
        expect(sheet.columns.every((column) => (column.width ?? 0) >= 8), sheet.name).toBe(true);
      }
      const tasks = plan.timeline.flatMap((phase) => phase.tasks.map((task) => ({ ...task, phase: phase.name })));
      const timeline = sheetRows(book, 'Timeline');
      expect(timeline.map((row) => [row[0], row[1], row[2], row[3]])).toEqual(tasks.map((task) => [task.phase, task.id, task.name, task.milestone ? 'Yes' : 'No']));
      tasks.forEach((task, index) => {
        if (task.start && !task.after) expect(timeline[index][4], task.id).toBe(task.start);
        if (task.end) expect(timeline[index][5], task.id).toBe(task.end);
      });
      const budget = sheetRows(book, 'Budget');
      expect(budget.map((row) => [row[0], row[5], row[6]])).toEqual(plan.budget.lines.map((line) => [line.item, line.amount, line.contingency ?? 0]));
      const summary = sheetRows(book, 'Budget summary');
      expect(summary.at(-1)![4]).toBeCloseTo(plan.budget.lines.reduce((sum, line) => sum + lineTotal(line), 0), 2);
      expect(sheetRows(book, 'Resources').map((row) => [row[2], row[4], row[5] ?? undefined])).toEqual(plan.resources.map((resource) => [resource.fte, resource.from, resource.to]));
      expect(sheetRows(book, 'Success metrics').map((row) => row[1])).toEqual((plan.metrics ?? []).map((metric) => metric.metric));
    }
  });

  it('works out dependent dates in working days', async () => {
    // Approved on Thursday 1 October 2026; ten working days from Friday 2 October end on Thursday 15 October.
    const timeline = sheetRows(await workbook('plan-pmo-implementation.xlsx'), 'Timeline');
    expect(timeline.find((row) => row[1] === 'intake-live')!.slice(4, 7)).toEqual(['2026-10-02', '2026-10-15', 10]);
  });

  it('writes the stakeholder register, leaving a sensitive assessment out', async () => {
    const rows = sheetRows(await workbook('stakeholder-register.xlsx'), 'Stakeholder register');
    expect(rows.map((row) => row[0])).toEqual([...stakeholders.keys()].sort((a, b) => stakeholders.get(a)!.name.localeCompare(stakeholders.get(b)!.name)));
    for (const row of rows) {
      const yaml = stakeholders.get(row[0] as string)!;
      if (yaml.sensitive) expect(row.slice(4, 10).filter((cell) => cell !== null && cell !== undefined)).toEqual([]);
      else expect([row[5], row[6], row[9]]).toEqual([yaml.assessment.power, yaml.assessment.interest, yaml.assessment.concerns]);
    }
  });

  it('writes the comms plan and its month-by-month calendar', async () => {
    const book = await workbook('communication-plan.xlsx');
    const entries = sheetRows(book, 'Communication plan');
    expect(new Set(entries.map((row) => row[0]))).toEqual(new Set(comms.keys()));
    for (const row of entries) {
      const yaml = comms.get(row[0] as string)!;
      expect([row[1], row[8], row[9] ?? undefined]).toEqual([yaml.title, yaml.first, yaml.until]);
    }
    // The bulletin goes out monthly from 25 November 2026; the view covers the twelve months from
    // the earliest first date (October 2026), so it shows the bulletin from November to September.
    expect(comms.get('pmo-bulletin')).toMatchObject({ frequency: 'monthly', first: '2026-11-25' });
    const bulletin = sheetRows(book, 'Month by month').filter((row) => row[3] === 'pmo-bulletin').map((row) => row[1]);
    expect(bulletin).toEqual(['2026-11-25', '2026-12-25', '2027-01-25', '2027-02-25', '2027-03-25', '2027-04-25', '2027-05-25', '2027-06-25', '2027-07-25', '2027-08-25', '2027-09-25']);
  });
});

describe('RACI downloads', () => {
  it('has a workbook and a CSV per RACI matrix, linked from its page, with the YAML letters', async () => {
    expect(raci.size).toBeGreaterThan(0);
    for (const [id, matrix] of raci) {
      expect(attributeValues(pages.get(`/governance/raci/${id}/`)!, 'a', 'href')).toEqual(expect.arrayContaining([`/downloads/raci-${id}.xlsx`, `/downloads/raci-${id}.csv`]));
      const sheet = (await workbook(`raci-${id}.xlsx`)).getWorksheet('RACI matrix')!;
      const headers = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
      const roleColumns = headers.slice(2);
      matrix.activities.forEach((activity, index) => {
        const row = (sheet.getRow(index + 2).values as unknown[]).slice(1);
        expect(row.slice(0, 2)).toEqual([activity.id, activity.name]);
        const letters = Object.fromEntries(roleColumns.flatMap((title, column) => (row[column + 2] ? [[title, row[column + 2]]] : [])));
        expect(letters, `${id} ${activity.id}`).toEqual(Object.fromEntries(Object.entries(activity.assignments).map(([roleId, letter]) => [roleTitles.get(roleId), letter])));
      });
      const [header, ...rows] = readCsv(readFileSync(join(downloads, `raci-${id}.csv`), 'utf8').slice(1));
      expect(header).toEqual(headers);
      expect(rows.map((row) => row[0])).toEqual(matrix.activities.map((activity) => activity.id));
    }
  });
});

describe('CSV downloads', () => {
  it('holds the same rows as the YAML, with a BOM and CRLF line ends', () => {
    for (const [id, plan] of plans) {
      const raw = readFileSync(join(downloads, `plan-${id}-budget.csv`), 'utf8');
      expect(raw.startsWith('\uFEFF')).toBe(true);
      const [header, ...rows] = readCsv(raw.slice(1));
      expect(header).toEqual(['Item', 'Category', 'Cost type', 'Period', 'Owner', 'Amount (GBP)', 'Contingency (%)', 'Contingency (GBP)', 'Total (GBP)']);
      expect(rows.map((row) => [row[0], Number(row[5]), Number(row[8])])).toEqual(plan.budget.lines.map((line) => [line.item, line.amount, lineTotal(line)]));
    }
    const [, ...register] = readCsv(readFileSync(join(downloads, 'stakeholder-register.csv'), 'utf8').slice(1));
    expect(register).toHaveLength(stakeholders.size);
    const [, ...entries] = readCsv(readFileSync(join(downloads, 'communication-plan-entries.csv'), 'utf8').slice(1));
    expect(entries.map((row) => row[0]).sort()).toEqual([...comms.keys()].sort());
  });
});

describe('iCalendar download', () => {
  const raw = () => readFileSync(join(downloads, 'communication-plan.ics'), 'utf8');

  it('uses CRLF line ends and lines of at most 75 octets', () => {
    const lines = raw().split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(lines.every((line) => !line.includes('\n') && Buffer.byteLength(line) <= 75)).toBe(true);
    expect(lines.filter((line) => line.startsWith('DTSTAMP:')).every((line) => /^DTSTAMP:\d{8}T\d{6}Z$/.test(line))).toBe(true);
  });

  it('has one all-day event per comms entry, repeating as its frequency says', () => {
    const calendar = new ICAL.Component(ICAL.parse(raw()));
    const events = calendar.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
    expect(events.map((event) => event.uid).sort()).toEqual([...comms.keys()].map((id) => `comms-${id}@northwind-logistics.example`).sort());
    const stepDays: Record<string, number> = { weekly: 7, fortnightly: 14 };
    const stepMonths: Record<string, number> = { monthly: 1, quarterly: 3 };
    for (const event of events) {
      const id = event.uid.replace(/^comms-|@.*$/g, '');
      const yaml = comms.get(id)!;
      expect(event.summary).toBe(yaml.title);
      expect(event.startDate.isDate).toBe(true);
      expect(event.startDate.toString()).toBe(yaml.first);
      const dates: string[] = [];
      const iterator = event.iterator();
      // Fifteen months from the plan's first comms, so an entry that starts late still repeats often enough to check.
      for (let next = iterator.next(); next && next.toString() < '2028-01-01'; next = iterator.next()) dates.push(next.toString());
      expect(dates[0], id).toBe(yaml.first);
      if (yaml.until) expect(dates.at(-1)! <= yaml.until, id).toBe(true);
      const days = dates.map((date) => Date.parse(`${date}T00:00:00Z`) / 86_400_000);
      if (yaml.frequency === 'per-event') expect(dates, id).toEqual([yaml.first]);
      if (stepDays[yaml.frequency]) expect(days.slice(1).every((day, i) => day - days[i] === stepDays[yaml.frequency]), id).toBe(true);
      if (stepMonths[yaml.frequency]) {
        expect(dates.every((date) => date.slice(8) === yaml.first.slice(8)), id).toBe(true);
        const months = dates.map((date) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)));
        expect(months.slice(1).every((month, i) => month - months[i] === stepMonths[yaml.frequency]), id).toBe(true);
        expect(dates.length, id).toBeGreaterThanOrEqual(yaml.frequency === 'monthly' ? 10 : 3);
      }
      if (yaml.frequency === 'daily') {
        expect(dates.every((date) => ![0, 6].includes(new Date(`${date}T00:00:00Z`).getUTCDay())), id).toBe(true);
        expect(days.slice(1).every((day, i) => day - days[i] === 1 || day - days[i] === 3), id).toBe(true);
      }
    }
  });
});

describe('sensitive stakeholders', () => {
  const sensitive = [...stakeholders].filter(([, stakeholder]) => stakeholder.sensitive);
  const open = [...stakeholders].filter(([, stakeholder]) => !stakeholder.sensitive);

  it('keep their assessment out of every built file, pages, downloads and workbooks alike', async () => {
    const concerns = sensitive.map(([, stakeholder]) => stakeholder.assessment.concerns.replace(/\s+/g, ' ').trim());
    const leaks: string[] = [];
    for (const file of globSync('**/*', { cwd: outDir, withFileTypes: true }).filter((entry) => entry.isFile())) {
      const path = join(file.parentPath, file.name);
      const contents = path.endsWith('.xlsx') ? await workbookText(path) : fileText(path).replace(/\r\n /g, '').replace(/\\,/g, ',');
      const flat = contents.replace(/&#39;|&#x27;/g, "'").replace(/\s+/g, ' ');
      for (const phrase of concerns) if (flat.includes(phrase) || flat.includes(phrase.slice(0, 40))) leaks.push(`${path}: ${phrase.slice(0, 40)}`);
    }
    expect(leaks).toEqual([]);
  });

  it('are searched for in the search index, which does hold the published register (so the check above can see into it)', () => {
    const fragments = globSync('pagefind/fragment/*', { cwd: outDir }).map((file) => fileText(join(outDir, file)));
    const register = fragments.find((fragment) => fragment.includes('"url":"/stakeholders/"'));
    expect(register).toBeDefined();
    for (const [, stakeholder] of open) expect(register!.replace(/\s+/g, ' ')).toContain(stakeholder.assessment.concerns.replace(/\s+/g, ' ').trim().slice(0, 40));
    for (const path of ['/plans/pmo-implementation/', '/metrics/', '/comms/']) expect(fragments.some((fragment) => fragment.includes(`"url":"${path}"`)), path).toBe(true);
  });

  it('are not plotted on the power and interest grid, while every other group is', () => {
    const figure = pages.get('/stakeholders/')!.match(/<figure class="diagram">[\s\S]*?<\/figure>/)![0].replace(/&#39;|&#x27;/g, "'");
    for (const [, stakeholder] of sensitive) expect(figure).not.toContain(stakeholder.name);
    for (const [, stakeholder] of open) expect(figure).toContain(stakeholder.name);
  });

  it('are listed by name without scores, while the others show theirs (so the check above can see text)', () => {
    const page = pages.get('/stakeholders/')!;
    for (const [id, stakeholder] of sensitive) {
      expect(page).toContain(`<li id="${id}">`);
      expect(page).not.toContain(`<tr id="${id}">`);
      expect(text(page)).toContain(stakeholder.name);
    }
    for (const [id, stakeholder] of open) {
      expect(page).toContain(`<tr id="${id}">`);
      expect(text(page)).toContain(stakeholder.assessment.concerns.replace(/\s+/g, ' ').trim());
    }
  });
});

/** A built file as text; Pagefind's index files are gzip-compressed and are read uncompressed. */
function fileText(path: string): string {
  const bytes = readFileSync(path);
  return (bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes).toString('utf8');
}

async function workbookText(path: string): Promise<string> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  const cells: string[] = [];
  book.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value)))));
  return cells.join('\n');
}
