import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleContent } from '../helpers/example-content.ts';
import { countPdfPages } from '../../src/lib/booklets/pdf-pages.ts';
import { launchChromium } from '../helpers/browser.ts';
import { validContentFiles } from '../helpers/content-fixture.ts';
import { type BuildResult, buildSiteWarm, fixtureProject } from '../helpers/project.ts';
import { attributeValues } from '../helpers/dist.ts';
import { type ReusedPages, reusedPages } from '../helpers/reused-pages.ts';
import { serveDirectory, type StaticSite } from '../helpers/serve.ts';
import { exampleSiteDir } from '../helpers/example-site.ts';

const content = exampleContent;

// Paper sizes and the printable width left by the site's @page margins (14 mm each side), in CSS pixels.
const mm = 96 / 25.4;
const paper = {
  A4: { format: 'A4', printableWidth: Math.floor((210 - 28) * mm) },
  Letter: { format: 'Letter', printableWidth: Math.floor((215.9 - 28) * mm) },
} as const;

/** Twelve items of realistic length (longer than any in the example), in three groups, three optional. */
function twelveItemStage(): string {
  const items = [
    ['business-case', 'The business case states the problem, the options considered, the preferred option and why, with costs and benefits over five years.', 'Business case version 1.0 or later in the PMO library'],
    ['benefits-owned', 'Every benefit in the business case has a named owner in the business who has agreed to measure and report it after go-live.', 'Benefit profiles signed by each benefit owner'],
    ['funding-confirmed', 'Funding for the next stage is confirmed by finance against the right cost code, with capital and operating spend split.', 'Finance business partner email confirming the budget line'],
    ['plan-baselined', 'The plan has a baseline with milestones, dependencies on other projects and a critical path reviewed by the PMO.', 'Baselined plan and the PMO review note'],
    ['risks-logged', 'The top ten risks are logged with owners, scores on the corporate 5 by 5 matrix and actions that have due dates.', 'Risk log extract attached to the gate paper'],
    ['resources-agreed', 'Line managers have agreed in writing to release the named people for the time the plan assumes, month by month.', 'Resource requests approved in the capacity plan'],
    ['suppliers-engaged', 'Any supplier work above the procurement threshold has a route to market agreed with procurement before the next gate.', 'Procurement strategy note signed by the category manager'],
    ['stakeholders-mapped', 'Stakeholders are mapped by interest and influence, and the communication plan names who hears what, when and from whom.', 'Stakeholder map and communication plan in the project folder'],
    ['lessons-applied', 'Lessons from at least two similar past projects have been read and the plan shows what is being done differently.', 'Lessons review section of the project brief'],
    ['assurance-booked', 'An independent assurance review is booked for the next gate if the project is Tier 1, with reviewers from outside the programme.', 'Assurance review booking confirmed by the PMO'],
    ['team-charter', 'The project team has agreed ways of working, decision rights within the team and how it escalates to the project board.', 'Team charter on the project site'],
    ['board-briefed', 'The project board members have been briefed on their role, the tolerances delegated to them and the dates of their meetings.', 'Board briefing pack and the calendar invitations'],
  ];
  const groups = ['Case and funding', 'Case and funding', 'Case and funding', 'Plan and control', 'Plan and control', 'Plan and control', 'Plan and control', 'People', 'People', 'People', 'People', 'People'];
  const optional = new Set(['lessons-applied', 'team-charter', 'assurance-booked']);
  const checklist = items
    .map(([id, text, evidence], index) =>
      [`  - id: ${id}`, `    text: ${text}`, `    owner: ${index % 2 ? 'pmo-lead' : 'sponsor'}`, `    evidence: ${evidence}`, `    group: ${groups[index]}`, optional.has(id) ? '    required: false' : '', index === 0 ? '    link: /roles/sponsor/' : '']
        .filter(Boolean)
        .join('\n'),
    )
    .join('\n');
  return `---
stage: 1
title: Prepare the gate review
summary: Bring the evidence together for Gate 2.
purpose: The board decides on evidence, not on confidence.
owner: pmo-lead
lastReviewed: 2026-06-01
reviewEveryMonths: 12
inputs:
  - The approved project brief
outputs:
  - name: Gate paper
    description: The evidence pack the board reads.
roles:
  - sponsor
checklist:
${checklist}
---

## Steps

Collect the evidence.
`;
}

/** A stage whose text holds a RACI table with twelve role columns and a diagram wider than any paper. */
function wideContentStage(): string {
  const roles = ['PMO Director', 'Portfolio Board Chair', 'Executive Sponsor', 'Finance Business Partner', 'Portfolio Manager', 'Programme Manager', 'Project Manager', 'Project Sponsor', 'Resource Manager', 'Change Manager', 'Communications Lead', 'PMO Analyst'];
  const row = (decision: string, letters: string) => `| ${decision} | ${letters.split('').join(' | ')} |`;
  return `---
stage: 2
title: Decide
summary: Take the gate decision.
purpose: A clear decision with conditions.
owner: pmo-lead
lastReviewed: 2026-06-01
reviewEveryMonths: 12
inputs:
  - The gate paper
outputs:
  - name: Decision
    description: Recorded in the decision log.
roles:
  - sponsor
checklist:
  - id: decision-recorded
    text: The decision and its conditions are recorded.
    owner: pmo-lead
    evidence: Decision log entry
---

## Who decides

| Decision | ${roles.join(' | ')} |
| --- | ${roles.map(() => '---').join(' | ')} |
${row('Approve a project over £1m at Gate 1 (approve to plan)', 'CAICRCRCIIIR')}
${row('Change the tolerances delegated to a project board', 'RACCIIIIIIII')}
${row('Stop a project that is forecast to breach its tolerances', 'CAICRCRAIIIR')}

## How the decision flows

<figure>
  <svg viewBox="0 0 2400 600" width="2400" height="600" role="img" aria-label="Decision flow from gate paper to decision log">
    <rect x="10" y="10" width="2380" height="580" fill="none" stroke="currentColor" stroke-width="8" />
  </svg>
  <figcaption>From gate paper to decision log.</figcaption>
</figure>
`;
}

let browser: Browser;
let pages: ReusedPages;
let example: StaticSite;
let fixture: StaticSite;
let fixtureBuild: BuildResult;

beforeAll(async () => {
  const files = validContentFiles();
  files['playbooks/setup/first.mdx'] = twelveItemStage();
  files['playbooks/setup/second.mdx'] = wideContentStage();
  // PDFs are not needed from this build: the tests print the pages themselves. The build is also
  // the check of a build told to write none.
  fixtureBuild = await buildSiteWarm(fixtureProject(files), undefined, { env: { BOOKLET_PDF: 'off' } });
  if (fixtureBuild.status !== 0) throw new Error(`The print fixture did not build:\n${fixtureBuild.output}`);
  fixture = await serveDirectory(fixtureBuild.outDir);
  example = await serveDirectory(await exampleSiteDir());
  browser = await launchChromium();
  pages = reusedPages(browser);
});

afterAll(async () => {
  await browser?.close();
  await example?.close();
  await fixture?.close();
});

/** `url` in the file's page for `options`, shown as printed. */
async function printPage(url: string, options: BrowserContextOptions = {}): Promise<Page> {
  const page = await pages.page(options);
  await page.goto(url);
  await page.emulateMedia({ media: 'print' });
  return page;
}

async function pdfPages(url: string, format: 'A4' | 'Letter'): Promise<number> {
  const page = await printPage(url);
  return countPdfPages(await page.pdf({ format }));
}

describe('a printed stage checklist', () => {
  it('fits one A4 page with twelve long items in three groups', async () => {
    expect(await pdfPages(`${fixture.origin}/playbooks/setup/first/checklist/`, 'A4')).toBe(1);
  });

  it('fits one page on A4 and on US Letter for every example stage', { timeout: 120_000 }, async () => {
    const page = await printPage('about:blank');
    for (const stage of content.stages) {
      await page.goto(`${example.origin}/playbooks/${stage.id}/checklist/`);
      for (const format of ['A4', 'Letter'] as const) {
        expect(countPdfPages(await page.pdf({ format })), `${stage.id} on ${format}`).toBe(1);
      }
    }
  });

  it('never breaks a page inside an item row, the header or the sign-off', async () => {
    const page = await printPage(`${example.origin}/playbooks/pmo-setup/establish-governance/checklist/`);
    const breaks = await page.$$eval('.sheet__table tbody tr, .sheet__header, .sheet__signoff', (elements) => [...new Set(elements.map((element) => getComputedStyle(element).breakInside))]);
    expect(breaks).toEqual(['avoid']);
    expect(await page.locator('.print-toolbar').isVisible()).toBe(false);
  });
});

describe('a printed booklet', () => {
  it('has a cover and then one stage per page', { timeout: 60_000 }, async () => {
    for (const playbook of content.playbooks) {
      const stageCount = content.stages.filter((stage) => stage.id.startsWith(`${playbook.id}/`)).length;
      const url = `${example.origin}/playbooks/${playbook.id}/booklet/`;
      const page = await printPage(url);
      const sheetBreaks = await page.$$eval('.sheet', (sheets) => sheets.map((sheet) => getComputedStyle(sheet).breakBefore));
      expect(sheetBreaks).toEqual(Array(stageCount).fill('page'));
      // Each stage starts a page and none runs over: exactly one page per stage after the cover.
      expect(countPdfPages(await page.pdf({ format: 'A4' })), playbook.id).toBe(1 + stageCount);
    }
  });
});

describe('every page in print', () => {
  it('drops navigation and the on-screen checklist tools, and does not underline links', async () => {
    const page = await printPage(`${example.origin}/playbooks/pmo-setup/establish-governance/`, { viewport: { width: 1280, height: 900 } });
    for (const selector of ['.sidebar', '.site-header .mobile-menu', '.breadcrumbs', '.pager', '.site-footer', '[data-checklist-tools]', '.content-aside']) {
      expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
    }
    const underlined = await page.$$eval('main a', (links) => links.filter((link) => getComputedStyle(link).textDecorationLine.includes('underline')).length);
    expect(underlined).toBe(0);
  });

  for (const [name, size] of Object.entries(paper)) {
    it(`fits a twelve-role RACI table and a wide diagram to the width of ${name}`, async () => {
      const page = await printPage(`${fixture.origin}/playbooks/setup/second/`, { viewport: { width: size.printableWidth, height: 1000 } });
      const overflow = await page.evaluate(() => {
        const right = (selector: string) => Math.max(...[...document.querySelectorAll(selector)].map((element) => element.getBoundingClientRect().right));
        return { table: right('main table'), diagram: right('main figure svg'), page: document.documentElement.scrollWidth };
      });
      expect(overflow.table).toBeLessThanOrEqual(size.printableWidth);
      expect(overflow.diagram).toBeLessThanOrEqual(size.printableWidth);
      expect(overflow.page).toBeLessThanOrEqual(size.printableWidth);
      expect(countPdfPages(await page.pdf({ format: size.format }))).toBeGreaterThan(0);
    });
  }
});

describe('a build without Chromium for PDFs (BOOKLET_PDF=off)', () => {
  it('says so, builds the HTML booklet, and links only to it', () => {
    expect(fixtureBuild.output).toContain('Booklet PDFs skipped. BOOKLET_PDF=off: booklet PDFs are not written.');
    expect(existsSync(join(fixtureBuild.outDir, 'playbooks/setup/booklet/index.html'))).toBe(true);
    expect(existsSync(join(fixtureBuild.outDir, 'playbooks/setup/setup-checklists.pdf'))).toBe(false);
    const links = attributeValues(readFileSync(join(fixtureBuild.outDir, 'playbooks/setup/index.html'), 'utf8'), 'a', 'href');
    expect(links).toContain('/playbooks/setup/booklet/');
    expect(links.some((link) => link.endsWith('.pdf'))).toBe(false);
  });
});
