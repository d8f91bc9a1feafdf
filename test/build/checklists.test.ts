import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { countPdfPages } from '../../src/lib/booklets/pdf-pages.ts';
import { validateContent } from '../../src/lib/validation/validate-content.ts';
import { attributeValues, builtPages } from '../helpers/dist.ts';
import { projectRoot } from '../helpers/project.ts';
import { exampleSiteDir } from '../helpers/example-site.ts';

// Expected pages and items come from the content as the checker reads it, not from the site code.
const content = validateContent(projectRoot).content;
const outDir = await exampleSiteDir();
const pages = builtPages(outDir);
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&#39;|&#x27;/g, "'").replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/\s+/g, ' ');

describe('paper checklists in the example build', () => {
  it('builds a printable checklist per stage with every item, its owner, evidence and a sign-off, and no site navigation', () => {
    for (const stage of content.stages) {
      const html = pages.get(`/playbooks/${stage.id}/checklist/`);
      expect(html, stage.id).toBeDefined();
      const page = text(html!);
      for (const item of stage.data.checklist) {
        expect(page).toContain(item.text);
        expect(page).toContain(`Evidence: ${item.evidence}`);
      }
      expect(html!.match(/class="tick-box"/g)).toHaveLength(stage.data.checklist.length);
      expect(page).toMatch(/Completed by .*Date .*Approved by .*Date/);
      expect(html).not.toContain('class="site-nav"');
      expect(html).not.toMatch(/<script type="module"/);
    }
  });

  it('builds a booklet per playbook: a cover with organization, playbook and print date, then every stage', () => {
    for (const playbook of content.playbooks) {
      const html = pages.get(`/playbooks/${playbook.id}/booklet/`)!;
      const page = text(html);
      expect(page).toContain(content.organization[0].data.name);
      expect(page).toContain(playbook.data.title);
      expect(page).toMatch(/Print date: \d{1,2} [A-Z][a-z]+ \d{4} ?\. This is the date the playbook site was built/);
      const stages = content.stages.filter((stage) => stage.id.startsWith(`${playbook.id}/`));
      expect(html.match(/<section class="sheet"/g)).toHaveLength(stages.length);
      for (const stage of stages) expect(page).toContain(`${stage.data.title}: checklist`);
    }
  });

  it('writes each booklet as a PDF with a cover and one page per stage, linked from the playbook page', () => {
    for (const playbook of content.playbooks) {
      const pdfPath = `/playbooks/${playbook.id}/${playbook.id}-checklists.pdf`;
      expect(attributeValues(pages.get(`/playbooks/${playbook.id}/`)!, 'a', 'href')).toContain(pdfPath);
      const pdf = readFileSync(join(outDir, pdfPath));
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      const stageCount = content.stages.filter((stage) => stage.id.startsWith(`${playbook.id}/`)).length;
      expect(countPdfPages(pdf), playbook.id).toBe(1 + stageCount);
    }
  });

  it('shows item groups as headings and item links with the title of the page they lead to', () => {
    const html = pages.get('/playbooks/project-lifecycle/initiate/')!;
    expect(text(html)).toMatch(/People .*Records and controls .*Gate 1/);
    expect(html).toContain('<a href="/roles/project-sponsor/">Project Sponsor</a>');
    expect(html).toContain('<a href="/playbooks/pmo-setup/establish-governance/#4-define-the-stage-gates">Establish governance</a>');
    expect(pages.get('/playbooks/pmo-setup/establish-governance/')).toContain('id="4-define-the-stage-gates"');
  });
});

/** Bytes a page's module script costs gzipped, with every module it imports. */
function gzippedScriptBytes(html: string): number {
  const seen = new Set<string>();
  const visit = (sitePath: string) => {
    if (seen.has(sitePath)) return;
    seen.add(sitePath);
    const code = readFileSync(join(outDir, sitePath), 'utf8');
    for (const [, relative] of code.matchAll(/from\s*"(\.\/[^"]+)"/g)) visit(join(sitePath, '..', relative));
  };
  // The header's search element is on every page and has its own size test (example-site.test.ts).
  for (const source of attributeValues(html, 'script', 'src').filter((src) => !src.includes('SiteSearch'))) visit(source);
  return [...seen].reduce((sum, sitePath) => sum + gzipSync(readFileSync(join(outDir, sitePath))).length, 0);
}

describe('checklist script size', () => {
  it('stays under 4 KB gzipped on a stage page and under 2 KB on a playbook overview', () => {
    const stageBytes = gzippedScriptBytes(pages.get('/playbooks/pmo-setup/establish-governance/')!);
    const overviewBytes = gzippedScriptBytes(pages.get('/playbooks/pmo-setup/')!);
    expect(stageBytes).toBeGreaterThan(0);
    expect(stageBytes).toBeLessThan(4096);
    expect(overviewBytes).toBeGreaterThan(0);
    expect(overviewBytes).toBeLessThan(2048);
  });
});
