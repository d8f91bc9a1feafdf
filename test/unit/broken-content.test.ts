import { spawnSync } from 'node:child_process';
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatReport } from '../../src/lib/validation/format-report.ts';
import type { Problem } from '../../src/lib/validation/problem.ts';
import { validateContentWithDiagrams, type ValidationResult } from '../../src/lib/validation/validate-content.ts';
import { fixtureReviewDate, validContentFiles, writeContentFiles } from '../helpers/content-fixture.ts';
import { projectRoot } from '../helpers/project.ts';

const brokenFolder = join(projectRoot, 'test/fixtures/broken-content');

/** The valid fixture content with the broken files of test/fixtures/broken-content laid over it. */
function brokenProject(): string {
  const files = validContentFiles();
  for (const path of globSync('{content,playbooks}/**/*', { cwd: brokenFolder, withFileTypes: false })) {
    if (/\.(ya?ml|mdx)$/.test(path)) files[path.split('\\').join('/')] = readFileSync(join(brokenFolder, path), 'utf8');
  }
  return writeContentFiles(files);
}

/** Every mistake in the broken folder: file:line:column, field, rule. Written by hand from the files. */
const expected = [
  'content/objectives/speed.yaml:12:5 measures.0.by schema/invalid_format',
  'content/objectives/speed.yaml:17:3 review.lastReviewed schema/custom',
  'content/raci/approvals.yaml:10:5 activities.0.assignments raci/responsible',
  'content/raci/approvals.yaml:12:7 activities.0.assignments.sponsor raci/accountable',
  'content/roles/benefits-manager.yaml:3:10 - yaml/syntax',
  'content/scope/warehouse.yaml:9:5 thresholds.0.dimension schema/invalid_value',
  'playbooks/setup/third.mdx:6:1 owner reference/role',
  'playbooks/setup/third.mdx:25:16 body link/page',
  'playbooks/setup/third.mdx:25:40 body link/anchor',
  'playbooks/setup/third.mdx:27:1 body link/image',
  // Mermaid reports the unclosed bracket of diagram line 2 where it gives up: diagram line 3.
  'playbooks/setup/third.mdx:32:1 body diagram/syntax',
  // A <Diagram> that holds text instead of one mermaid fence, which the build could not draw.
  'playbooks/setup/third.mdx:35:1 body diagram/element',
];

describe('the checker on a folder of broken files', () => {
  const root = brokenProject();
  // Overdue warnings depend on the calendar; they are tested on their own in review.test.ts.
  let result: ValidationResult;
  let problems: Problem[];
  beforeAll(async () => {
    result = await validateContentWithDiagrams(root, { today: fixtureReviewDate });
    problems = result.problems.filter((problem) => problem.rule !== 'review/overdue');
  });

  it('reports every problem in one run with file, line, column and field', () => {
    expect(problems.map((problem) => `${problem.file}:${problem.position?.line}:${problem.position?.column} ${problem.field ?? '-'} ${problem.rule}`)).toEqual(expected);
    expect(problems.every((problem) => problem.severity === 'error' && problem.hint)).toBe(true);
  });

  it('says what is wrong and how to fix it', () => {
    const byRule = new Map(problems.map((problem) => [problem.rule, problem]));
    expect(byRule.get('schema/invalid_value')).toMatchObject({ message: '"budjet" is not an allowed value.', hint: 'Use one of: budget, duration, headcount, risk, cross-functional-reach.' });
    expect(byRule.get('reference/role')?.hint).toContain('Did you mean "pmo-lead"?');
    expect(byRule.get('link/page')?.hint).toBe('Did you mean /scope/?');
    expect(byRule.get('link/anchor')?.hint).toContain('Did you mean #item-first-item?');
    expect(byRule.get('yaml/syntax')?.hint).toContain('quotes around text containing ": "');
    expect(byRule.get('schema/invalid_format')).toMatchObject({
      message: 'Must be a date written as YYYY-MM-DD, for example 2027-03-31 (found "31/12/2027").',
      hint: 'Write the date as YYYY-MM-DD with a day that exists in that month, for example 2027-02-28.',
    });
    expect(byRule.get('schema/custom')?.message).toBe('Is not a real calendar date (found "2027-02-30").');
    expect(byRule.get('diagram/element')?.message).toBe('<Diagram> must contain exactly one ```mermaid fence and nothing else.');
  });

  it('prints the report and a summary, and the command exits with an error', () => {
    const report = formatReport(result);
    expect(report.split('\n').at(-1)).toBe(`${result.fileCount} content files checked: ${result.errorCount} error(s), ${result.warningCount} warning(s).`);
    const run = spawnSync(process.execPath, [join(projectRoot, 'scripts/check-content.ts'), root], { encoding: 'utf8', env: { ...process.env, PMO_TODAY: fixtureReviewDate, NO_COLOR: '1' } });
    expect(run.status).toBe(1);
    for (const line of expected) expect(run.stdout).toContain(line.split(' ')[0]);
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe(`Content check failed with ${result.errorCount} error(s), listed above; fix them and run npm run check again.`);
  });
});

describe('warnings and --strict', () => {
  // Valid content a year after its last review: every page is overdue, which is only a warning.
  const root = writeContentFiles(validContentFiles());
  const later = (strict: boolean) =>
    spawnSync(process.execPath, [join(projectRoot, 'scripts/check-content.ts'), root, ...(strict ? ['--strict'] : [])], {
      encoding: 'utf8',
      env: { ...process.env, PMO_TODAY: '2099-01-01', NO_COLOR: '1' },
    });

  it('prints warnings but succeeds without --strict', () => {
    const run = later(false);
    expect(run.stdout).toContain('warning  lastReviewed  Review overdue since');
    expect(run.stdout).toMatch(/0 error\(s\), 7 warning\(s\)\./);
    expect(run.status).toBe(0);
  });

  it('fails on warnings with --strict', () => {
    expect(later(true).status).toBe(1);
  });
});
