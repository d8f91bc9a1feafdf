import ICAL from 'ical.js';
import { spawnSync } from 'node:child_process';
import { existsSync, globSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { attributeValues, builtPages } from '../helpers/dist.ts';
import { projectRoot } from '../helpers/project.ts';
import { headingsOf, readDocx, tableAfter, type ReadBlock } from '../helpers/read-docx.ts';
import { exampleSiteDir } from '../helpers/example-site.ts';

// Everything expected here is read from the YAML by this test, not through the site's code.
function readYaml<T>(folder: string): Map<string, T> {
  return new Map(globSync('*.yaml', { cwd: join(projectRoot, folder) }).sort().map((file) => [basename(file, '.yaml'), parse(readFileSync(join(projectRoot, folder, file), 'utf8')) as T]));
}

interface ForumYaml {
  title: string;
  purpose: string;
  chair: string;
  members: string[];
  otherMembers?: string[];
  cadence: { frequency: string; weeks?: number[]; day?: string; months?: string[] };
  quorum: { description: string };
  papersDueWorkingDays?: number;
  decisionRights: { decision: string; limit?: string }[];
  inputs: string[];
  outputs: string[];
}
interface TemplateYaml {
  title: string;
  sections: { heading: string; guidance: string; table?: { columns: string[]; rows?: number }; insert?: string }[];
  stages: string[];
}

const forums = readYaml<ForumYaml>('content/governance/forums');
const templates = readYaml<TemplateYaml>('content/templates');
const objectives = readYaml<{ title: string; measures: { name: string; baseline: string; target: string }[] }>('content/objectives');
const roles = readYaml<{ title: string }>('content/roles');
const organization = parse(readFileSync(join(projectRoot, 'content/organization.yaml'), 'utf8')) as { name: string; pmoName: string };
const roleTitle = (id: string) => roles.get(id)!.title;
const outDir = await exampleSiteDir();
const downloads = join(outDir, 'downloads');
const read = async (name: string) => readDocx(readFileSync(join(downloads, name)));
const paragraphs = (blocks: ReadBlock[]) => blocks.flatMap((block) => (block.kind === 'paragraph' ? [block.text] : []));
let pages: Map<string, string>;

beforeAll(() => {
  pages = builtPages(outDir);
});

describe('Word documents of the example site', () => {
  it('has terms of reference for every forum whose headings, members and decisions match its YAML', async () => {
    expect(forums.size).toBeGreaterThan(0);
    for (const [id, forum] of forums) {
      const { blocks } = await read(`terms-of-reference-${id}.docx`);
      expect(blocks[0], id).toMatchObject({ style: 'Title', text: `Terms of reference: ${forum.title}` });
      expect(headingsOf(blocks).filter((heading) => heading.startsWith('Heading 1')), id).toEqual([
        'Heading 1: Purpose',
        'Heading 1: Membership',
        'Heading 1: Quorum',
        'Heading 1: Meetings and papers',
        'Heading 1: Decisions and limits',
        'Heading 1: Escalation route',
      ]);
      const members = tableAfter(blocks, 'Membership')!;
      expect(members.headerRowMarked).toBe(true);
      expect(members.rows.map(([name]) => name)).toEqual([...new Set([forum.chair, ...forum.members])].map(roleTitle).concat(forum.otherMembers ?? []));
      const decisions = tableAfter(blocks, 'Decisions and limits')!;
      expect(decisions.rows.map(([decision]) => decision), id).toEqual(forum.decisionRights.map((right) => right.decision));
      forum.decisionRights.forEach((right, index) => {
        if (right.limit) expect(decisions.rows[index][1]).toBe(right.limit);
      });
      const meetings = tableAfter(blocks, 'Meetings and papers')!;
      expect(meetings.rows[1][1]).toBe(forum.papersDueWorkingDays === undefined ? 'No fixed deadline' : `${forum.papersDueWorkingDays} working days before the meeting`);
      const texts = paragraphs(blocks);
      expect(texts).toContain(forum.purpose.trim());
      expect(texts).toContain(forum.quorum.description.trim());
      expect(texts).toEqual(expect.arrayContaining([...forum.inputs, ...forum.outputs]));
    }
  });

  it('has a template per templates YAML with its sections, guidance and blank tables', async () => {
    expect(templates.size).toBeGreaterThanOrEqual(3);
    for (const [id, template] of templates) {
      const { blocks } = await read(`template-${id}.docx`);
      expect(blocks[0]).toMatchObject({ style: 'Title', text: template.title });
      expect(headingsOf(blocks), id).toEqual(template.sections.map((section) => `Heading 1: ${section.heading}`));
      for (const section of template.sections) {
        const index = blocks.findIndex((block) => block.kind === 'paragraph' && block.text === section.heading);
        expect(blocks[index + 1], `${id}: ${section.heading}`).toMatchObject({ kind: 'paragraph', text: section.guidance.trim(), italic: true });
        if (section.table && !section.insert) {
          const table = tableAfter(blocks, section.heading)!;
          expect(table.header).toEqual(section.table.columns);
          expect(table.rows).toEqual(Array.from({ length: section.table.rows ?? 3 }, () => section.table!.columns.map(() => '')));
        }
      }
    }
  });

  it('fills the status report with a RAG row per tolerance dimension of the lowest escalation level', async () => {
    const escalation = parse(readFileSync(join(projectRoot, 'content/governance/escalation.yaml'), 'utf8')) as { levels: { tolerances: Record<string, unknown> }[] };
    const { blocks } = await read('template-status-report.docx');
    const rag = tableAfter(blocks, 'RAG rules')!;
    expect(rag.header).toEqual(['Dimension', 'Green', 'Amber', 'Red']);
    expect(rag.rows).toHaveLength(Object.keys(escalation.levels[0].tolerances).length);
    const route = tableAfter((await read('template-exception-report.docx')).blocks, 'Escalation route')!;
    expect(route.rows).toHaveLength(escalation.levels.length);
  });

  it('has a PMO charter with every objective and its measures', async () => {
    const { blocks } = await read('pmo-charter.docx');
    expect(blocks[0]).toMatchObject({ style: 'Title', text: `${organization.pmoName} charter` });
    const headings = headingsOf(blocks);
    for (const section of ['Mission', 'Objectives', 'Scope', 'Services', 'Governance', 'Roles']) expect(headings).toContain(`Heading 1: ${section}`);
    for (const objective of objectives.values()) {
      expect(headings).toContain(`Heading 2: ${objective.title}`);
      expect(tableAfter(blocks, objective.title)!.rows.map(([name, baseline, target]) => [name, baseline, target])).toEqual(objective.measures.map((measure) => [measure.name, String(measure.baseline), String(measure.target)]));
    }
    expect(tableAfter(blocks, 'Roles')!.rows.map(([title]) => title).sort()).toEqual([...roles.values()].map((role) => role.title).sort());
  });

  it('converts each document to PDF with LibreOffice when it is installed, and says so when it is not', () => {
    const documents = globSync('*.docx', { cwd: downloads }).sort();
    expect(documents.length).toBe(1 + forums.size + templates.size);
    for (const name of documents) expect(readFileSync(join(downloads, name)).subarray(0, 2).toString()).toBe('PK');
    const soffice = ['soffice', 'libreoffice'].find((command) => spawnSync('sh', ['-c', `command -v ${command}`]).status === 0);
    if (!soffice) {
      console.info(`LibreOffice is not installed: skipped converting ${documents.length} Word documents to PDF.`);
      return;
    }
    const target = mkdtempSync(join(tmpdir(), 'docx-pdf-'));
    const result = spawnSync(soffice, ['--headless', '--convert-to', 'pdf', '--outdir', target, ...documents.map((name) => join(downloads, name))], { encoding: 'utf8', timeout: 300_000 });
    expect(result.status, result.stderr).toBe(0);
    for (const name of documents) {
      const pdf = join(target, name.replace(/\.docx$/, '.pdf'));
      expect(existsSync(pdf), pdf).toBe(true);
      expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    }
  });
});

/** Every occurrence of every event in a calendar file, expanded by ical.js up to `until`. */
function occurrences(file: string, until: string) {
  const calendar = new ICAL.Component(ICAL.parse(readFileSync(join(downloads, file), 'utf8')));
  return calendar.getAllSubcomponents('vevent').flatMap((component) => {
    const event = new ICAL.Event(component);
    const dates: string[] = [];
    const iterator = event.iterator();
    for (let next = iterator.next(); next && next.toString() <= until; next = iterator.next()) dates.push(next.toString());
    return dates.map((date) => ({ uid: event.uid, summary: event.summary, date }));
  });
}

const weekdayNames = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const monthNames = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

describe('calendars of the example site', () => {
  it('has every forum meeting on its day, week and month for twelve months, with its paper deadlines', () => {
    const all = occurrences('forum-calendar.ics', '9999-12-31');
    for (const [id, forum] of forums) {
      const meetings = all.filter((event) => event.uid.startsWith(`forum-${id}@`)).map((event) => new Date(`${event.date}T00:00:00Z`));
      const expectedCount = { weekly: 52, fortnightly: 24, monthly: 12, quarterly: 4 }[forum.cadence.frequency]!;
      expect(meetings.length, id).toBeGreaterThanOrEqual(expectedCount);
      expect(meetings.length, id).toBeLessThanOrEqual(forum.cadence.frequency === 'weekly' ? 53 : expectedCount);
      for (const date of meetings) {
        if (forum.cadence.day) expect(weekdayNames[date.getUTCDay()], `${id} ${date.toISOString()}`).toBe(forum.cadence.day);
        if (forum.cadence.weeks) expect(forum.cadence.weeks, `${id} ${date.toISOString()}`).toContain(Math.ceil(date.getUTCDate() / 7));
        if (forum.cadence.months) expect(forum.cadence.months).toContain(monthNames[date.getUTCMonth()]);
      }
      const deadlines = all.filter((event) => event.uid.startsWith(`papers-${id}-`));
      expect(deadlines.length, id).toBe(forum.papersDueWorkingDays ? meetings.length : 0);
      const own = occurrences(`forum-calendar-${id}.ics`, '9999-12-31');
      expect(own.length, id).toBe(meetings.length + deadlines.length);
    }
  });

  it('gives every role page its calendar and a "this month" list with the same events', () => {
    for (const id of roles.keys()) {
      const html = pages.get(`/roles/${id}/`)!;
      expect(html, id).toContain('id="my-calendar"');
      expect(attributeValues(html, 'a', 'href'), id).toContain(`/downloads/role-calendar-${id}.ics`);
      const month = html.slice(html.indexOf('id="this-month"'));
      const listed = attributeValues(month.slice(0, month.indexOf('</section>')), 'time', 'datetime');
      const thisMonth = listed[0]?.slice(0, 7);
      if (thisMonth === undefined) continue;
      const fromCalendar = occurrences(`role-calendar-${id}.ics`, `${thisMonth}-31`).filter((event) => event.date.startsWith(thisMonth));
      expect(listed.sort(), id).toEqual(fromCalendar.map((event) => event.date).sort());
    }
  });

  it('links the templates from the templates page and from the stages that use them', () => {
    const hrefs = attributeValues(pages.get('/templates/')!, 'a', 'href');
    for (const id of templates.keys()) expect(hrefs).toContain(`/downloads/template-${id}.docx`);
    for (const id of forums.keys()) expect(hrefs).toContain(`/downloads/terms-of-reference-${id}.docx`);
    expect(hrefs).toContain('/downloads/pmo-charter.docx');
    expect(hrefs).toContain('/downloads/forum-calendar.ics');
    for (const [id, template] of templates) {
      for (const stage of template.stages) expect(attributeValues(pages.get(`/playbooks/${stage}/`)!, 'a', 'href'), `${stage} links ${id}`).toContain(`/downloads/template-${id}.docx`);
    }
    expect(attributeValues(pages.get('/governance/')!, 'a', 'href')).toEqual(expect.arrayContaining([...forums.keys()].map((id) => `/downloads/terms-of-reference-${id}.docx`)));
  });
});
