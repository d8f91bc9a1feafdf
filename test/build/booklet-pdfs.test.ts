import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { countPdfPages } from '../../src/lib/booklets/pdf-pages.ts';
import { stageFile, validContentFiles } from '../helpers/content-fixture.ts';
import { attributeValues, resolvesInBuild } from '../helpers/dist.ts';
import { buildSite, buildSiteWarm, type BuildResult, fixtureProject } from '../helpers/project.ts';

// Fixture builds of the booklet PDFs; the example build's checklists are in checklists.test.ts, and
// a build with BOOKLET_PDF=off is print.test.ts's fixture.

// One fixture built three times: printed, then unchanged (from the cache), then with a stage more
// (printed again). The first and last builds are also the checks of a build that prints.
describe('a build with Chromium for PDFs', () => {
  const pdfPath = 'playbooks/setup/setup-checklists.pdf';
  let first: BuildResult;
  let again: BuildResult;
  let changed: BuildResult;
  beforeAll(async () => {
    const root = fixtureProject(validContentFiles());
    // A fixture is no git checkout: the build's date comes from SOURCE_DATE_EPOCH or it would be the clock's.
    const options = { env: { SOURCE_DATE_EPOCH: '1790000000' } };
    first = await buildSiteWarm(root, undefined, options);
    again = buildSite(root, undefined, options);
    writeFileSync(join(root, 'playbooks/setup/third.mdx'), stageFile(3, 'third-item'));
    changed = buildSite(root, undefined, options);
  }, 240_000);

  it('builds the valid fixture (bad-content.test.ts breaks it) styled like the real site', () => {
    expect(first.status, first.output).toBe(0);
    expect(existsSync(join(first.outDir, 'playbooks/setup/second/index.html'))).toBe(true);
    // A linked src once lost its CSS: a fixture project is copied, and gets the site's one stylesheet.
    const stylesheets = attributeValues(readFileSync(join(first.outDir, 'playbooks/setup/second/index.html'), 'utf8'), 'link', 'href').filter((href) => href.endsWith('.css'));
    expect(stylesheets).toHaveLength(1);
    expect(resolvesInBuild(first.outDir, stylesheets[0])).toBe(true);
  });

  it('writes the PDF in the same build, and reports its pages and size', () => {
    for (const [result, pages] of [[first, 3], [changed, 4]] as const) {
      expect(result.status, result.output).toBe(0);
      const pdf = join(result.outDir, pdfPath);
      expect(countPdfPages(readFileSync(pdf))).toBe(pages);
      expect(result.output).toContain(`${pdfPath}: ${pages} pages, ${Math.round(statSync(pdf).size / 1024)} KB (printed)`);
      // Astro's dead "use astro:head-inject" directive used to cost one Rolldown warning per MDX file.
      expect(result.output).not.toContain('MODULE_LEVEL_DIRECTIVE');
    }
  });

  it('copies an unchanged booklet from the cache on the next build and prints a changed one again', () => {
    expect(again.status, again.output).toBe(0);
    expect(again.output).toContain(`${pdfPath}: 3 pages`);
    expect(again.output).toContain('(unchanged, from the cache)');
    expect(readFileSync(join(again.outDir, pdfPath)).equals(readFileSync(join(first.outDir, pdfPath)))).toBe(true);
    expect(changed.output).toMatch(/setup-checklists\.pdf: 4 pages, \d+ KB \(printed\)/);
  });
});
