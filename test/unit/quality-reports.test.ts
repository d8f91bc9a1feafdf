import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { accessibilityProblems, formatAccessibilityProblem } from '../quality/axe-report.ts';
import { median, styleAndScriptPaths, transferredWeight } from '../quality/page-weight.ts';
import { formatHtmlProblem, parseVnuReport } from '../quality/vnu-report.ts';
import { tableLabel } from '../../src/lib/html/table-label.ts';

describe('parseVnuReport', () => {
  // Shape copied from a real `java -jar vnu.jar --format json` run.
  const report = JSON.stringify({
    messages: [
      { type: 'error', url: 'file:/site/dist/roles/index.html', lastLine: 12, firstLine: 11, firstColumn: 5, lastColumn: 9, message: 'Duplicate ID “x”.', extract: '<h2 id="x">\n  Hi' },
      { type: 'info', subType: 'warning', url: 'file:/site/dist/index.html', lastLine: 3, firstColumn: 1, message: 'Section lacks heading.' },
      { type: 'info', url: 'file:/site/dist/index.html', lastLine: 1, message: 'Trailing slash on void elements has no effect.' },
      { type: 'non-document-error', subType: 'io', url: 'file:/site/dist/gone.html', message: 'File not found.' },
    ],
  });

  it('maps errors, warnings, infos and unreadable files, with paths relative to the checked folder', () => {
    expect(parseVnuReport(report, '/site/dist').map(formatHtmlProblem)).toEqual([
      'roles/index.html:11:5  error  Duplicate ID “x”.\n    near: <h2 id="x"> Hi',
      'index.html:3:1  warning  Section lacks heading.',
      'index.html:1:1  info  Trailing slash on void elements has no effect.',
      'gone.html  error  File not found.',
    ]);
  });

  it('says what the checker printed when it is not JSON', () => {
    expect(() => parseVnuReport('Error: Unable to access jarfile', '/')).toThrow('did not produce a JSON report. It printed:\nError: Unable to access jarfile');
  });
});

describe('accessibilityProblems', () => {
  it('gives one problem per failing element with page, rule and selector', () => {
    const problems = accessibilityProblems('/roles/', [
      {
        id: 'color-contrast',
        impact: 'serious',
        help: 'Elements must meet minimum color contrast ratio thresholds',
        nodes: [
          { target: ['.meta-line'], html: '<p class="meta-line">', failureSummary: 'Fix any of the following:\n  Element has insufficient color contrast of 3.1' },
          { target: [['my-widget', '#inner']], html: '<span id="inner">' },
        ],
      },
    ]);
    expect(problems.map((problem) => `${problem.page} ${problem.rule} ${problem.element}`)).toEqual(['/roles/ color-contrast .meta-line', '/roles/ color-contrast my-widget >>> #inner']);
    expect(formatAccessibilityProblem(problems[0])).toBe(
      '/roles/  color-contrast (serious)  .meta-line\n    <p class="meta-line">\n    Elements must meet minimum color contrast ratio thresholds. Fix any of the following: Element has insufficient color contrast of 3.1',
    );
  });
});

describe('page weight', () => {
  const html = '<link rel="stylesheet" href="/_astro/site.css"><link rel="icon" href="/favicon.svg"><link rel="modulepreload" href="../chunk.js"><script type="module" src="/app.js"></script><script>inline()</script><link rel="stylesheet" href="https://cdn.example.com/x.css">';

  it('lists the stylesheets and scripts a page loads from its own site', () => {
    expect(styleAndScriptPaths(html, '/roles/x/')).toEqual(['/_astro/site.css', '/roles/chunk.js', '/app.js']);
  });

  it('adds the gzipped sizes of the page and what it loads', () => {
    const assets: Record<string, string> = { '/_astro/site.css': 'body{color:red}'.repeat(50), '/roles/chunk.js': 'export{}', '/app.js': 'console.log(1)' };
    const gzipped = (text: string) => gzipSync(text).byteLength;
    const expected = gzipped(html) + gzipped(assets['/_astro/site.css']) + gzipped(assets['/roles/chunk.js']) + gzipped(assets['/app.js']);
    expect(transferredWeight(html, '/roles/x/', (path) => Buffer.from(assets[path]))).toBe(expected);
  });

  it('takes the median of odd and even counts', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow();
  });
});

describe('tableLabel', () => {
  it('names a caption-less table by its column headings', () => {
    expect(tableLabel('<thead>\n<tr>\n<th>Type</th>\n<th>What the <em>PMO</em> does</th>\n<th>Risks &amp; issues</th>\n</tr></thead><tbody><tr><th>Row</th></tr></tbody>')).toBe('Table: Type, What the PMO does, Risks & issues');
  });

  it('decodes every character reference in a heading, as the page shows it', () => {
    expect(tableLabel('<tr><th>Cost &lt; &pound;5k</th><th>Owner&nbsp;role</th></tr>')).toBe('Table: Cost < \u00a35k, Owner role');
  });

  it('falls back to "Table" when there are no headings', () => {
    expect(tableLabel('<tbody><tr><td>1</td></tr></tbody>')).toBe('Table');
  });
});
