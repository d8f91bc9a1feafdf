import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageReferences, scanStartTags } from '../quality/html-scan.ts';
import { checkLinks, formatLinkProblem } from '../quality/link-check.ts';
import { readBuiltSite } from '../helpers/built-site.ts';
import { projectRoot } from '../helpers/project.ts';
import { exampleSiteDir } from '../helpers/example-site.ts';

const site = readBuiltSite(await exampleSiteDir());

describe('link integrity of the example build', () => {
  it('has internal links, resources and #fragments that all resolve, and loads nothing from another origin', () => {
    const problems = checkLinks(site).map(formatLinkProblem);
    if (problems.length > 0) console.log(`Broken links:\n${problems.join('\n')}`);
    expect(problems).toEqual([]);
  });

  it('gives the checker real work: every stage page links to sections of itself and to other pages', () => {
    // Stage pages only: the booklet beside them is a print sheet with no in-page links.
    const stagePages = [...site.pages].filter(([path]) => /^\/playbooks\/[^/]+\/[^/]+\/$/.test(path) && !path.endsWith('/booklet/'));
    expect(stagePages.length).toBeGreaterThan(10);
    for (const [path, html] of stagePages) {
      const urls = pageReferences(scanStartTags(html)).map((reference) => reference.url);
      expect(urls.filter((url) => url.startsWith('#')).length, path).toBeGreaterThan(3);
      expect(urls.filter((url) => url.startsWith('/roles/')).length, path).toBeGreaterThan(0);
    }
    expect(site.stylesheets?.size).toBeGreaterThan(0);
  });
});

describe('the link gate', () => {
  it('reports each broken link, missing fragment and third-party load with page and target', () => {
    const problems = checkLinks(readBuiltSite(join(projectRoot, 'test/fixtures/quality/links'))).map(formatLinkProblem);
    expect(problems.sort()).toEqual(
      [
        '/ -> https://cdn.example.com/theme.css (link href): loads from another origin; ship the file with the site instead',
        '/ -> /governance/ (a href): nothing in the build is served at this address',
        '/ -> /about/#board (a href): the target page has no element with id="board"',
        '/ -> #outro (a href): the target page has no element with id="outro"',
        '/ -> /about (a href): nothing in the build is served at this address',
        '/ -> https://images.example.com/depot.png (img src): loads from another origin; ship the file with the site instead',
        '/site.css -> https://fonts.example.com/brand.woff2 (css url): loads from another origin; ship the file with the site instead',
        '/site.css -> /missing-banner.svg (css url): nothing in the build is served at this address',
      ].sort(),
    );
  });
});
