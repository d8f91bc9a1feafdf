import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Problem } from '../../src/lib/validation/problem.ts';
import type { ValidationResult } from '../../src/lib/validation/validate-content.ts';
import { crashText, devOverlayError, githubAnnotation } from '../../src/lib/validation/report-output.ts';
import { fixtureReviewDate, validContentFiles, writeContentFiles } from '../helpers/content-fixture.ts';
import { projectRoot } from '../helpers/project.ts';

const problem: Problem = {
  severity: 'error',
  file: 'playbooks/setup/second.mdx',
  position: { line: 19, column: 5 },
  field: 'checklist.0.owner',
  message: 'Unknown role "sponsr".',
  hint: 'Did you mean "sponsor"?',
  rule: 'reference/role',
};

describe('GitHub Actions annotations', () => {
  it('writes a problem as an error workflow command on its file, line and column, with the fix', () => {
    expect(githubAnnotation(problem)).toBe(
      '::error file=playbooks/setup/second.mdx,line=19,col=5,title=reference/role (checklist.0.owner)::Unknown role "sponsr".%0AFix: Did you mean "sponsor"?',
    );
  });

  it('writes warnings as warnings, leaves out a missing position, and escapes what would end a property', () => {
    const warning: Problem = { severity: 'warning', file: 'content/a,b.yaml', message: '100% done: yes', rule: 'review/overdue' };
    expect(githubAnnotation(warning)).toBe('::warning file=content/a%2Cb.yaml,title=review/overdue::100%25 done: yes');
  });
});

describe('the error overlay of npm run dev', () => {
  it('shows the report, counts the errors and points at the first error in its file', () => {
    const warning: Problem = { severity: 'warning', file: 'content/a.yaml', message: 'Review overdue.', rule: 'review/overdue' };
    const result = { problems: [warning, problem], errorCount: 1, warningCount: 1, fileCount: 2 } as unknown as ValidationResult;
    expect(devOverlayError(result, 'the report', '/project/')).toEqual({
      name: 'Content check',
      title: 'The content has 1 error(s)',
      message: 'the report',
      hint: 'Fix the files listed; this page reloads when you save, and the dev server keeps running.',
      stack: '',
      loc: { file: '/project/playbooks/setup/second.mdx', line: 19, column: 5 },
    });
  });
});

describe('a crash of the checker itself', () => {
  const crash = new Error('boom');
  it('is one plain sentence without DEBUG, and the stack trace with DEBUG=1', () => {
    const plain = crashText(crash, {});
    expect(plain).toContain('crashed (this is a bug in the tool, not in your content): boom');
    expect(plain).not.toMatch(/\n\s+at /);
    expect(crashText(crash, { DEBUG: '1' })).toBe(crash.stack);
  });
});

describe('npm run check on content with one error', () => {
  const files = validContentFiles();
  files['content/roles/pmo-lead.yaml'] = files['content/roles/pmo-lead.yaml'].replace('title: PMO Lead\n', '');
  const root = writeContentFiles(files);
  const run = (env: Record<string, string> = {}) =>
    spawnSync(process.execPath, [join(projectRoot, 'scripts/check-content.ts'), root], {
      encoding: 'utf8',
      env: { ...process.env, GITHUB_ACTIONS: '', PMO_TODAY: fixtureReviewDate, NO_COLOR: '1', ...env },
    });

  it('prints the report, the summary and one closing line, nothing on stderr, and exits 1', () => {
    const result = run();
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('');
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[0]).toBe('content/roles/pmo-lead.yaml:1:1  error  title  This required field is missing.  [schema/invalid_type]');
    expect(lines[1]).toMatch(/^ {4}fix: \S/);
    expect(lines.slice(2)).toEqual([
      '',
      '8 content files checked: 1 error(s), 0 warning(s).',
      'Content check failed with 1 error(s), listed above; fix them and run npm run check again.',
    ]);
  });

  it('in GitHub Actions, also writes the problem as an annotation before the report', () => {
    const result = run({ GITHUB_ACTIONS: 'true' });
    expect(result.status).toBe(1);
    const [annotation, ...report] = result.stdout.trimEnd().split('\n');
    expect(annotation).toMatch(/^::error file=content\/roles\/pmo-lead\.yaml,line=1,col=1,title=schema\/invalid_type \(title\)::This required field is missing\.%0AFix: \S/);
    expect(report).toEqual(run().stdout.trimEnd().split('\n'));
  });
});
