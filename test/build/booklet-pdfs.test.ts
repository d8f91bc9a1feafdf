import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countPdfPages } from '../../src/lib/booklets/pdf-pages.ts';
import { stageFile, validContentFiles } from '../helpers/content-fixture.ts';
import { attributeValues } from '../helpers/dist.ts';
import { buildSite, fixtureProject } from '../helpers/project.ts';

// Fixture builds of the booklet PDFs; the example build's checklists are in checklists.test.ts.
describe('a build without Chromium for PDFs', () => {
  it('says so, builds the HTML booklet, and links only to it', () => {
    const build = buildSite(fixtureProject(validContentFiles()), undefined, { env: { BOOKLET_PDF: 'off' } });
    expect(build.status, build.output).toBe(0);
    expect(build.output).toContain('Booklet PDFs skipped. BOOKLET_PDF=off: booklet PDFs are not written.');
    expect(existsSync(join(build.outDir, 'playbooks/setup/booklet/index.html'))).toBe(true);
    expect(existsSync(join(build.outDir, 'playbooks/setup/setup-checklists.pdf'))).toBe(false);
    const links = attributeValues(readFileSync(join(build.outDir, 'playbooks/setup/index.html'), 'utf8'), 'a', 'href');
    expect(links).toContain('/playbooks/setup/booklet/');
    expect(links.some((link) => link.endsWith('.pdf'))).toBe(false);
  });

  it('writes the PDF in the same build when Chromium is there, and reports its pages and size', () => {
    const files = validContentFiles();
    files['playbooks/setup/third.mdx'] = stageFile(3, 'third-item');
    const build = buildSite(fixtureProject(files));
    expect(build.status, build.output).toBe(0);
    const pdf = join(build.outDir, 'playbooks/setup/setup-checklists.pdf');
    expect(countPdfPages(readFileSync(pdf))).toBe(4);
    expect(build.output).toContain(`playbooks/setup/setup-checklists.pdf: 4 pages, ${Math.round(statSync(pdf).size / 1024)} KB (printed)`);
    // Astro's dead "use astro:head-inject" directive used to cost one Rolldown warning per MDX file.
    expect(build.output).not.toContain('MODULE_LEVEL_DIRECTIVE');
  });

  it('copies an unchanged booklet from the cache on the next build and prints a changed one again', () => {
    const root = fixtureProject(validContentFiles());
    // A fixture is no git checkout: the build's date comes from SOURCE_DATE_EPOCH or it would be the clock's.
    const build = () => buildSite(root, undefined, { env: { SOURCE_DATE_EPOCH: '1790000000' } });
    const first = build();
    expect(first.status, first.output).toBe(0);
    const pdfPath = 'playbooks/setup/setup-checklists.pdf';

    const again = build();
    expect(again.status, again.output).toBe(0);
    expect(again.output).toContain(`${pdfPath}: 3 pages`);
    expect(again.output).toContain('(unchanged, from the cache)');
    expect(readFileSync(join(again.outDir, pdfPath)).equals(readFileSync(join(first.outDir, pdfPath)))).toBe(true);

    writeFileSync(join(root, 'playbooks/setup/third.mdx'), stageFile(3, 'third-item'));
    const changed = build();
    expect(changed.status, changed.output).toBe(0);
    expect(changed.output).toContain(`${pdfPath}: 4 pages`);
    expect(changed.output).toMatch(/setup-checklists\.pdf: 4 pages, \d+ KB \(printed\)/);
  }, 240_000);
});
