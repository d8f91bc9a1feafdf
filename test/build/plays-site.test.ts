import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checklistCsv, checklistMarkdown } from '../../src/lib/checklist/export.ts';
import type { ChecklistSheet } from '../../src/lib/checklist/sheet.ts';
import { validateContent } from '../../src/lib/validation/validate-content.ts';
import { builtPages } from '../helpers/dist.ts';
import { playQuestions, playsFixtureFiles } from '../helpers/plays-fixture.ts';
import { buildSiteWarm, fixtureProject } from '../helpers/project.ts';

/** The words of the page's main content, without the navigation (which lists other playbooks too). */
const text = (html: string) => (html.match(/<main[\s\S]*<\/main>/)?.[0] ?? html).replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, ' ').replace(/<[^>]+>/g, ' ').replace(/&#39;|&#x27;/g, "'").replace(/&amp;/g, '&').replace(/\s+/g, ' ');
const playPages = Object.keys(playQuestions).map((slug) => [slug, `/playbooks/digital-services/${slug}/`] as const);

/** The checklist data a stage page hands to its custom element, as the browser reads it. */
function sheetOf(html: string): ChecklistSheet {
  const island = html.match(/<stage-checklist[^>]*>[\s\S]*?<script type="application\/json">([\s\S]*?)<\/script>/)!;
  return JSON.parse(island[1]) as ChecklistSheet;
}

describe('a playbook of unordered plays with key questions and no owners or evidence', () => {
  let root: string;
  let pages: Map<string, string>;
  let outDir: string;

  beforeAll(async () => {
    root = fixtureProject(playsFixtureFiles());
    const result = await buildSiteWarm(root);
    expect(result.status, result.output.slice(-3000)).toBe(0);
    outDir = result.outDir;
    pages = builtPages(outDir);
  });

  it('passes the content check although no item has an owner or evidence', () => {
    expect(validateContent(root).problems).toEqual([]);
  });

  it('calls the parts plays, without numbers, previous/next or a flow diagram', () => {
    const playbook = text(pages.get('/playbooks/digital-services/')!);
    expect(playbook).toContain('Plays');
    expect(playbook).toContain('3 plays');
    expect(pages.get('/playbooks/digital-services/')!).not.toContain('<figure');
    for (const [, path] of playPages) {
      const html = pages.get(path)!;
      expect(text(html)).toContain('Play · Digital services playbook');
      expect(text(html)).toContain('Play owner');
      expect(text(html)).not.toMatch(/\b[Ss]tages?\b|Next play|Previous play|\d of 3/);
      expect(html).not.toContain('class="pager');
    }
    expect(text(pages.get('/')!)).toContain('Digital services playbook: the plays');
  });

  it('shows the key questions on each page, print sheet and in the booklet', () => {
    const booklet = text(pages.get('/playbooks/digital-services/booklet/')!);
    expect(booklet).toContain('Play checklists');
    expect(booklet).not.toMatch(/\bstages?\b|gate review/i);
    for (const [slug, path] of playPages) {
      const sheet = text(pages.get(`${path}checklist/`)!);
      for (const question of playQuestions[slug]) {
        expect(text(pages.get(path)!)).toContain(question);
        expect(sheet).toContain(question);
        expect(booklet).toContain(question);
      }
      expect(sheet).not.toMatch(/\bstage\b|Evidence:|Owner/);
    }
  });

  it('puts the key questions into the checklist exports', () => {
    for (const [slug, path] of playPages) {
      const sheet = sheetOf(pages.get(path)!);
      const markdown = checklistMarkdown(sheet, { ticked: new Set(), origin: 'https://pmo.example', date: '2026-11-30' });
      const csv = checklistCsv(sheet, new Set());
      for (const question of playQuestions[slug]) {
        expect(markdown).toContain(question.replace('?', '?'));
        expect(csv).toContain(question);
      }
      expect(csv.split('\r\n')[0]).toContain('Playbook,Play,');
      expect(markdown).not.toMatch(/Owner:|Evidence:|stage/);
    }
  });

  it('writes the booklet PDF', () => {
    expect(readFileSync(join(outDir, 'playbooks/digital-services/digital-services-checklists.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  });
});
