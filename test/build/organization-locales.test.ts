import ExcelJS from 'exceljs';
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixtureReviewDate } from '../helpers/content-fixture.ts';
import { builtPages } from '../helpers/dist.ts';
import { localeFixtureFiles, type OrganizationLocale } from '../helpers/locale-fixture.ts';
import { buildSiteWarm, fixtureProject } from '../helpers/project.ts';

interface Expected {
  organization: OrganizationLocale;
  /** The plan's total, 1,200,000, written as people in that locale write it. */
  planTotal: string;
  /** The working group's 50,000 cost cap. */
  cap: string;
  planRuns: string;
  /** Excel number format of money cells. */
  moneyFormat: string;
  /** Width and height of a PDF page in points. */
  pdfPage: [number, number];
}

// Written out by hand from how people in each country write these amounts and dates.
const organizations: Expected[] = [
  {
    organization: { currency: 'USD', locale: 'en-US' },
    planTotal: '$1,200,000',
    cap: 'up to $50,000',
    planRuns: 'October 1, 2026 to October 30, 2026',
    moneyFormat: '"$"#,##0.00',
    pdfPage: [612, 792],
  },
  {
    organization: { currency: 'EUR', locale: 'de-DE' },
    planTotal: '1.200.000 €',
    cap: 'up to 50.000 €',
    planRuns: '1. Oktober 2026 to 30. Oktober 2026',
    moneyFormat: '#,##0.00 "€"',
    pdfPage: [595, 842],
  },
];

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&#39;|&#x27;/g, "'").replace(/&amp;/g, '&').replace(/\u00a0|&nbsp;/g, ' ').replace(/\s+/g, ' ');
const textFiles = '**/*.{html,css,js,json,csv,ics,svg,txt,xml}';

describe.each(organizations)('an organization in $organization.currency and $organization.locale', (expected) => {
  let outDir: string;
  let pages: Map<string, string>;
  let output: string;

  beforeAll(async () => {
    const result = await buildSiteWarm(fixtureProject(localeFixtureFiles(expected.organization)));
    output = result.output;
    expect(result.status, result.output.slice(-3000)).toBe(0);
    outDir = result.outDir;
    pages = builtPages(outDir);
    console.log(`${expected.organization.locale} fixture: ${pages.size} pages`);
  });

  it('writes amounts and dates on the plan pages in its currency and locale', () => {
    expect(text(pages.get('/plans/')!)).toContain(expected.planTotal);
    const plan = text(pages.get('/plans/setup-plan/')!);
    expect(plan).toContain(`Budget ${expected.planTotal}`);
    expect(plan).toContain(expected.planRuns);
  });

  it('writes tolerances on the governance page in its currency', () => {
    expect(text(pages.get('/governance/')!)).toContain(expected.cap);
  });

  it('writes review dates on stage pages and the print date in the booklet in its locale', () => {
    const longDate = (iso: string) => new Intl.DateTimeFormat(expected.organization.locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
    expect(text(pages.get('/playbooks/setup/first/')!)).toContain(longDate(fixtureReviewDate));
    expect(text(pages.get('/playbooks/setup/booklet/')!)).toMatch(/Print date: \S/);
  });

  it('names its currency in the downloads and formats money in the workbook its way', async () => {
    const csv = readFileSync(join(outDir, 'downloads/plan-setup-plan-budget.csv'), 'utf8');
    expect(csv.split('\r\n')[0]).toContain(`Amount (${expected.organization.currency})`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(outDir, 'downloads/plan-setup-plan.xlsx'));
    const budget = book.worksheets.find((sheet) => sheet.getRow(1).values.toString().includes('Amount'))!;
    expect(budget.getCell(2, 6).numFmt).toBe(expected.moneyFormat);
  });

  it('has no pound sign in any page, download or workbook', async () => {
    const offenders = globSync(textFiles, { cwd: outDir }).filter((file) => readFileSync(join(outDir, file), 'utf8').includes('£'));
    expect(offenders).toEqual([]);
    for (const file of globSync('downloads/*.xlsx', { cwd: outDir })) {
      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(join(outDir, file));
      for (const sheet of book.worksheets) {
        sheet.eachRow((row) => row.eachCell((cell) => expect(`${cell.numFmt ?? ''} ${cell.text}`, `${file} ${sheet.name} ${cell.address}`).not.toContain('£')));
      }
    }
  });

  it("prints the booklet PDF on the locale's paper", () => {
    expect(output).toContain('setup-checklists.pdf');
    const pdf = readFileSync(join(outDir, 'playbooks/setup/setup-checklists.pdf')).toString('latin1');
    const boxes = [...pdf.matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)].map((match) => [Math.round(Number(match[1])), Math.round(Number(match[2]))]);
    expect(boxes.length).toBeGreaterThan(0);
    for (const box of boxes) expect(box).toEqual(expected.pdfPage);
  });
});
