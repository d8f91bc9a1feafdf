import { globSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatHtmlProblem } from '../quality/vnu-report.ts';
import { projectRoot } from '../helpers/project.ts';
import { checkHtmlFiles } from '../helpers/vnu.ts';
import { exampleSiteDir } from '../helpers/example-site.ts';

describe('HTML validity (Nu HTML Checker)', () => {
  it('finds no errors on any page of the example build', async () => {
    const outDir = await exampleSiteDir();
    const files = globSync('**/*.html', { cwd: outDir }).sort();
    expect(files.length).toBeGreaterThan(20);
    const problems = checkHtmlFiles(outDir, files);
    const errors = problems.filter((problem) => problem.severity === 'error').map(formatHtmlProblem);
    const warnings = problems.filter((problem) => problem.severity === 'warning').map(formatHtmlProblem);
    if (warnings.length > 0) console.log(`HTML checker warnings (not failures):\n${warnings.join('\n')}`);
    if (errors.length > 0) console.log(`HTML errors:\n${errors.join('\n')}`);
    expect(errors).toEqual([]);
  }, 120_000);

  it('fails markup that breaks the HTML rules, with file and line', () => {
    const folder = join(projectRoot, 'test/fixtures/quality');
    const problems = checkHtmlFiles(folder, ['html/misnested.html', 'accessibility/missing-alt.html', 'accessibility/low-contrast.html']);
    const errors = problems.filter((problem) => problem.severity === 'error').map((problem) => `${problem.file}:${problem.line}  ${problem.message}`);
    expect(errors).toEqual([
      'html/misnested.html:11  No “p” element in scope but a “p” end tag seen.',
      'html/misnested.html:13  Duplicate ID “evidence”.',
      'accessibility/missing-alt.html:12  An “img” element must have an “alt” attribute, except under certain conditions. For details, consult guidance on providing text alternatives for images.',
    ]);
  }, 120_000);
});
