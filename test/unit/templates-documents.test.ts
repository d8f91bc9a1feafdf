import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadFiles, renderDownload } from '../../src/lib/downloads/catalogue.ts';
import type { Entry } from '../../src/lib/playbook/playbook-model.ts';
import type { DocumentContext } from '../../src/lib/templates/document-context.ts';
import { documentToDocx } from '../../src/lib/templates/docx.ts';
import { ragRules, templateDocument } from '../../src/lib/templates/template-document.ts';
import { termsOfReference } from '../../src/lib/templates/terms-of-reference.ts';
import { documentTemplateSchema, escalationSchema, forumSchema, type DocumentTemplate, type Forum } from '../../src/schemas/index.ts';
import { docxPartTexts, headingsOf, readDocx, tableAfter } from '../helpers/read-docx.ts';

const roles: Record<string, string> = { sponsor: 'Sponsor', 'pmo-lead': 'PMO Lead', analyst: 'Analyst' };
const context: DocumentContext = {
  organizationName: 'Example Ltd',
  pmoName: 'Change Office',
  documentDate: '2026-11-02',
  roleTitle: (id) => roles[id] ?? id,
  forumTitle: (id) => ({ board: 'Board', group: 'Working group' })[id] ?? id,
  stageReview: (id) => ({ 'setup/second': '2027-03-31', 'setup/first': '2027-01-15' })[id],
};

const board: Entry<Forum> = {
  id: 'board',
  data: forumSchema.parse({
    id: 'board',
    title: 'Board',
    purpose: 'Decides what the working group cannot.',
    chair: 'sponsor',
    members: ['pmo-lead', 'analyst'],
    otherMembers: ['Two non-executive directors'],
    cadence: { frequency: 'quarterly', weeks: [4], day: 'thursday', months: ['january', 'april', 'july', 'october'], durationMinutes: 120 },
    quorum: { description: 'The chair and two members.', requires: ['sponsor', 'pmo-lead'] },
    papersDueWorkingDays: 5,
    decisionRights: [{ decision: 'Approve investments', limit: 'up to £2m each' }, { decision: 'Stop work that has lost its case' }],
    inputs: ['Quarterly report', 'Business cases'],
    outputs: ['Decision log'],
    stages: ['setup/second', 'setup/first'],
  }),
};
const group: Entry<Forum> = {
  id: 'group',
  data: forumSchema.parse({ ...board.data, id: 'group', title: 'Working group', chair: 'pmo-lead', members: ['analyst'], escalatesTo: 'board', stages: [] }),
};
const forumById = new Map([board, group].map((forum) => [forum.id, forum]));

const escalation = escalationSchema.parse({
  summary: 'Each level decides within its tolerances and passes the rest up.',
  levels: [
    { id: 'lead', title: 'Lead', decidedBy: { role: 'pmo-lead' }, escalateWithinWorkingDays: 2, tolerances: { cost: { percent: 5, of: 'stage-budget' }, schedule: { weeks: 2, on: 'stage-end' }, risk: { maxScore: 8 } } },
    { id: 'group', title: 'Group', decidedBy: { forum: 'group' }, escalateWithinWorkingDays: 5, tolerances: { cost: { percent: 10, of: 'total-budget' }, schedule: { weeks: 4, on: 'end-date' }, risk: { maxScore: 12 } } },
    { id: 'top', title: 'Top', decidedBy: { forum: 'board' }, tolerances: {} },
  ],
});

const statusTemplate: Entry<DocumentTemplate> = {
  id: 'status-report',
  data: documentTemplateSchema.parse({
    id: 'status-report',
    title: 'Status report',
    purpose: 'The monthly report every project sends.',
    stages: ['setup/first'],
    sections: [
      { heading: 'Project details', guidance: 'Name, sponsor and month.', table: { columns: ['Field', 'Value'], rows: 2 } },
      { heading: 'RAG rules', guidance: 'Rate each dimension against these rules.', insert: 'rag-rules' },
      { heading: 'Escalation route', guidance: 'Who takes what.', insert: 'escalation-route' },
      { heading: 'Progress', guidance: 'Milestones met or missed.' },
    ],
    review: { owner: 'pmo-lead', lastReviewed: '2026-10-05', reviewEveryMonths: 6 },
  }),
};

afterEach(() => {
  vi.useRealTimers();
});

describe('terms of reference as a Word document', () => {
  it('reads back with Word heading styles and tables that match the forum YAML', async () => {
    const bytes = await documentToDocx(termsOfReference(board, forumById, escalation.levels[2], context));
    const { blocks } = await readDocx(bytes);
    expect(blocks[0]).toMatchObject({ kind: 'paragraph', style: 'Title', text: 'Terms of reference: Board' });
    expect(headingsOf(blocks)).toEqual([
      'Heading 1: Purpose',
      'Heading 1: Membership',
      'Heading 1: Quorum',
      'Heading 1: Meetings and papers',
      'Heading 2: Papers it receives',
      'Heading 2: What it produces',
      'Heading 1: Decisions and limits',
      'Heading 2: Tolerances at the top level',
      'Heading 1: Escalation route',
    ]);
    expect(tableAfter(blocks, 'Membership')).toEqual({
      kind: 'table',
      headerRowMarked: true,
      header: ['Member', 'Seat'],
      rows: [['Sponsor', 'Chair'], ['PMO Lead', 'Member'], ['Analyst', 'Member'], ['Two non-executive directors', 'Member from outside the playbook roles']],
    });
    const decisions = tableAfter(blocks, 'Decisions and limits')!;
    expect(decisions.rows.map(([decision]) => decision)).toEqual(['Approve investments', 'Stop work that has lost its case']);
    expect(decisions.rows[0][1]).toBe('up to £2m each');
    const meetings = tableAfter(blocks, 'Meetings and papers')!;
    expect(meetings.rows[0]).toEqual(['Frequency', 'Fourth Thursday of January, April, July and October, for 2 hours']);
    expect(meetings.rows[1]).toEqual(['Papers due', '5 working days before the meeting']);
    const texts = blocks.flatMap((block) => (block.kind === 'paragraph' ? [block.text] : []));
    expect(texts).toContain('Decides what the working group cannot.');
    expect(texts).toContain('Not quorate without: Sponsor, PMO Lead.');
    expect(texts).toEqual(expect.arrayContaining(['Quarterly report', 'Business cases', 'Decision log']));
    expect(texts).toContain('This is the top forum: nothing is escalated beyond it.');
  });

  it('lists the escalation route of a lower forum up to the top', async () => {
    const { blocks } = await readDocx(await documentToDocx(termsOfReference(group, forumById, escalation.levels[1], context)));
    expect(tableAfter(blocks, 'Escalation route')).toMatchObject({ header: ['Step', 'Forum', 'Chair'], rows: [['1', 'Board', 'Sponsor']] });
  });

  it('puts the organization and PMO in the header, page numbers and the review date in the footer', async () => {
    const model = termsOfReference(board, forumById, undefined, context);
    expect(model.reviewDate).toBe('2027-01-15');
    const files = await docxPartTexts(await documentToDocx(model));
    const headerPath = Object.keys(files).find((path) => /^word\/header\d*\.xml$/.test(path))!;
    const footerPath = Object.keys(files).find((path) => /^word\/footer\d*\.xml$/.test(path))!;
    expect(files[headerPath]).toContain('Example Ltd · Change Office');
    expect(files[footerPath]).toContain('Next review due 15 January 2027');
    expect(files[footerPath]).toMatch(/PAGE/);
    expect(files[footerPath]).toMatch(/NUMPAGES/);
  });
});

describe('templates from the templates collection', () => {
  it('has each section as a heading with its guidance in italics, blank tables and the RAG rules from the tolerances', async () => {
    const { blocks } = await readDocx(await documentToDocx(templateDocument(statusTemplate, escalation, context, (id) => `Stage ${id}`)));
    expect(headingsOf(blocks)).toEqual(statusTemplate.data.sections.map((section) => `Heading 1: ${section.heading}`));
    for (const section of statusTemplate.data.sections) {
      const index = blocks.findIndex((block) => block.kind === 'paragraph' && block.text === section.heading);
      expect(blocks[index + 1]).toMatchObject({ kind: 'paragraph', text: section.guidance, italic: true });
    }
    expect(tableAfter(blocks, 'Project details')).toEqual({ kind: 'table', headerRowMarked: true, header: ['Field', 'Value'], rows: [['', ''], ['', '']] });
    const rag = tableAfter(blocks, 'RAG rules')!;
    expect(rag.header).toEqual(['Dimension', 'Green', 'Amber', 'Red']);
    expect(rag.rows.map(([dimension]) => dimension)).toEqual(['Cost', 'Schedule', 'Scope and benefits', 'Risk']);
    // Green is the lowest level's tolerance, amber the next level's, read from the escalation fixture above.
    expect(rag.rows[0][1]).toContain('PMO Lead');
    expect(rag.rows[0][1]).toContain('5% of the current stage budget');
    expect(rag.rows[0][2]).toContain('10% of the total budget');
    expect(rag.rows[3][1]).toContain('Risks scoring up to 8');
    expect(rag.rows[3][2]).toContain('Risks scoring up to 12');
    const route = tableAfter(blocks, 'Escalation route')!;
    expect(route.rows.map(([level, decider]) => [level, decider])).toEqual([['Lead', 'PMO Lead'], ['Group', 'Working group'], ['Top', 'Board']]);
    expect(route.rows[0][2]).toBe('Passes a forecast breach up within 2 working days');
    expect(blocks.some((block) => block.kind === 'paragraph' && block.text === 'Used in: Stage setup/first.')).toBe(true);
  });
});

describe('RAG rules', () => {
  it('still rate every dimension when the only level above the lowest is for programme work', () => {
    const programmeOnly = escalationSchema.parse({
      summary: 'Two levels.',
      levels: [escalation.levels[0], { ...escalation.levels[2], programmeWorkOnly: true }],
    });
    const rows = ragRules(programmeOnly, context);
    expect(rows.map(([dimension]) => dimension)).toEqual(['Cost', 'Schedule', 'Scope and benefits', 'Risk']);
    expect(rows[3][1]).toBe("Forecast within the PMO Lead's tolerance: Risks scoring up to 8");
  });
});

describe('reproducible documents', () => {
  it('are byte-identical whatever the clock says, with created and modified dates from the build date', async () => {
    const model = templateDocument(statusTemplate, escalation, context, (id) => id);
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2030-05-06T07:08:09Z'));
    const first = await documentToDocx(model);
    vi.setSystemTime(new Date('2031-01-01T23:59:58Z'));
    const second = await documentToDocx(model);
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
    const core = (await docxPartTexts(first))['docProps/core.xml'];
    expect(core).toContain('>2026-11-02T00:00:00Z</dcterms:created>');
    expect(core).toContain('>2026-11-02T00:00:00Z</dcterms:modified>');
    expect(core).not.toContain('2030');
  });

  it('comes out of the download catalogue as a .docx with its Word label', async () => {
    const document = termsOfReference(group, forumById, undefined, context);
    const [file] = downloadFiles({ slug: document.slug, title: document.title, tables: [], document });
    expect(file).toMatchObject({ name: 'terms-of-reference-group.docx', format: 'docx', label: 'Terms of reference: Working group (Word document)' });
    const bytes = await renderDownload(file, new Date('2040-01-01T00:00:00Z'));
    expect(Buffer.from(bytes).equals(Buffer.from(await documentToDocx(document)))).toBe(true);
  });
});
