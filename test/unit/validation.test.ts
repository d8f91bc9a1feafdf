import { describe, expect, it } from 'vitest';
import { formatReport } from '../../src/lib/validation/format-report.ts';
import type { Problem } from '../../src/lib/validation/problem.ts';
import { fixtureReviewDate, stageFile, validContentFiles } from '../helpers/content-fixture.ts';
import { fixtureChecker } from '../helpers/fixture-checker.ts';

/** Validates the valid fixture with some files replaced (undefined removes a file). */
const { result: check } = fixtureChecker(validContentFiles());

function only(problems: Problem[], rule: string): Problem[] {
  return problems.filter((problem) => problem.rule === rule);
}

const base = validContentFiles();

describe('content checker on valid content', () => {
  it('finds no problem in the valid fixture and counts every file', () => {
    const result = check();
    expect(result.problems).toEqual([]);
    expect(result.fileCount).toBe(Object.keys(base).length);
    expect(result.content.stages.map((stage) => stage.id)).toEqual(['setup/first', 'setup/second']);
  });
});

describe('schema problems', () => {
  it('names file, line, field and the allowed values for a wrong enum', () => {
    const result = check({ 'content/scope/scope.yaml': base['content/scope/scope.yaml'].replace('kind: project', 'kind: projekt') });
    const [problem] = only(result.problems, 'schema/invalid_value');
    expect(problem).toMatchObject({ file: 'content/scope/scope.yaml', field: 'categories.0.kind', position: { line: 5, column: 5 } });
    expect(problem.message).toContain('"projekt"');
    expect(problem.hint).toBe('Use one of: portfolio, programme, project, bau-change.');
  });

  it('reports a missing required field at the file where it is missing', () => {
    const result = check({ 'content/roles/sponsor.yaml': base['content/roles/sponsor.yaml'].replace('timeCommitment: Two hours a week\n', '') });
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ file: 'content/roles/sponsor.yaml', field: 'timeCommitment', rule: 'schema/invalid_type' });
    expect(result.problems[0].message).toBe('This required field is missing.');
  });

  it('reports an unknown field at its own line', () => {
    const result = check({ 'content/roles/sponsor.yaml': `${base['content/roles/sponsor.yaml']}skils:\n  - Negotiation\n` });
    expect(result.problems[0]).toMatchObject({ field: 'skils', position: { line: 11, column: 1 }, rule: 'schema/unrecognized_keys' });
  });

  it('rejects an impossible date and a review interval out of range', () => {
    const badDate = check({ 'playbooks/setup/first.mdx': stageFile(1, 'a').replace(`lastReviewed: ${fixtureReviewDate}`, 'lastReviewed: 2026-02-30') });
    expect(badDate.problems[0]).toMatchObject({ field: 'lastReviewed', position: { line: 7, column: 1 } });
    expect(badDate.problems[0].message).toContain('not a real calendar date');

    const never = check({ 'playbooks/setup/first.mdx': stageFile(1, 'a').replace('reviewEveryMonths: 12', 'reviewEveryMonths: 36') });
    expect(never.problems[0]).toMatchObject({ field: 'reviewEveryMonths', position: { line: 8, column: 1 }, rule: 'schema/too_big' });
  });

  it('accepts dates with or without quotes', () => {
    const quoted = check({ 'playbooks/setup/first.mdx': stageFile(1, 'a').replace(`lastReviewed: ${fixtureReviewDate}`, `lastReviewed: "${fixtureReviewDate}"`) });
    expect(quoted.problems).toEqual([]);
  });

  it('rejects a non-kebab id and a stage number below 1', () => {
    const result = check({
      'content/roles/sponsor.yaml': base['content/roles/sponsor.yaml'].replace('id: sponsor', 'id: Sponsor'),
      'playbooks/setup/first.mdx': stageFile(0, 'a'),
    });
    expect(result.problems.map((problem) => `${problem.file} ${problem.field}`)).toEqual(
      expect.arrayContaining(['content/roles/sponsor.yaml id', 'playbooks/setup/first.mdx stage']),
    );
  });

  it('reports YAML syntax errors with their line and keeps checking other files', () => {
    const result = check({
      'content/roles/sponsor.yaml': 'id: sponsor\ntitle: [unclosed\n',
      'content/roles/pmo-lead.yaml': base['content/roles/pmo-lead.yaml'].replace('title: PMO Lead\n', ''),
    });
    const syntax = only(result.problems, 'yaml/syntax');
    expect(syntax.length).toBeGreaterThan(0);
    expect(syntax[0].file).toBe('content/roles/sponsor.yaml');
    expect(syntax[0].position?.line).toBeGreaterThanOrEqual(2);
    expect(result.problems.some((problem) => problem.file === 'content/roles/pmo-lead.yaml' && problem.field === 'title')).toBe(true);
  });

  it('reports a repeated key as a YAML error', () => {
    const result = check({ 'content/roles/sponsor.yaml': `${base['content/roles/sponsor.yaml']}title: Again\n` });
    expect(only(result.problems, 'yaml/syntax')[0].hint).toContain('repeated key');
  });

  it('reports an MDX file without frontmatter', () => {
    const result = check({ 'playbooks/setup/second.mdx': '# No frontmatter here\n' });
    expect(only(result.problems, 'mdx/frontmatter')).toHaveLength(1);
  });
});

describe('cross-file rules', () => {
  it('reports an unknown role with a suggestion, wherever roles are named', () => {
    const result = check({
      'playbooks/setup/first.mdx': stageFile(1, 'a').replace('  - sponsor\n', '  - sponsr\n'),
      'content/objectives/visibility.yaml': base['content/objectives/visibility.yaml'].replace('owner: pmo-lead', 'owner: finance'),
    });
    const unknown = only(result.problems, 'reference/role');
    expect(unknown.map((problem) => `${problem.file}:${problem.position?.line} ${problem.field}`)).toEqual([
      'content/objectives/visibility.yaml:13 owner',
      'playbooks/setup/first.mdx:15 roles.0',
    ]);
    expect(unknown[1].hint).toContain('Did you mean "sponsor"?');
    expect(unknown[0].hint).toContain('pmo-lead, sponsor');
  });

  it('checks reportsTo, checklist owners, playbook owners and intake owners', () => {
    const result = check({
      'content/roles/pmo-lead.yaml': base['content/roles/pmo-lead.yaml'].replace('reportsTo: sponsor', 'reportsTo: ceo'),
      'playbooks/setup/second.mdx': stageFile(2, 'b').replace('    owner: sponsor', '    owner: nobody'),
      'playbooks/setup/playbook.yaml': base['playbooks/setup/playbook.yaml'].replace('owner: pmo-lead', 'owner: director'),
      'content/scope/scope.yaml': base['content/scope/scope.yaml'].replace('  owner: pmo-lead', '  owner: intake-team'),
    });
    expect(only(result.problems, 'reference/role').map((problem) => problem.field)).toEqual(['reportsTo', 'intake.owner', 'owner', 'checklist.0.owner']);
  });

  it('reports a loop in reporting lines once', () => {
    const result = check({ 'content/roles/sponsor.yaml': `${base['content/roles/sponsor.yaml']}reportsTo: pmo-lead\n` });
    const loops = only(result.problems, 'reference/reporting-loop');
    expect(loops).toHaveLength(1);
    expect(loops[0].message).toMatch(/pmo-lead → sponsor → pmo-lead|sponsor → pmo-lead → sponsor/);
  });

  it('requires an id to match its file name, and ids to be unique', () => {
    const result = check({
      'content/roles/sponsor-copy.yaml': base['content/roles/sponsor.yaml'],
    });
    expect(only(result.problems, 'identity/id-matches-file')[0]).toMatchObject({ file: 'content/roles/sponsor-copy.yaml', field: 'id' });
    expect(only(result.problems, 'identity/duplicate-id')[0]).toMatchObject({ file: 'content/roles/sponsor.yaml' });
  });

  it('reports duplicate stage numbers and gaps in numbering', () => {
    const duplicate = check({ 'playbooks/setup/second.mdx': stageFile(1, 'b') });
    expect(only(duplicate.problems, 'structure/duplicate-stage')[0]).toMatchObject({ file: 'playbooks/setup/second.mdx', field: 'stage' });

    const gap = check({ 'playbooks/setup/second.mdx': stageFile(3, 'b') });
    expect(only(gap.problems, 'structure/stage-gap')).toEqual([
      expect.objectContaining({
        file: 'playbooks/setup/second.mdx',
        field: 'stage',
        message: 'Stage number 3 is out of place: playbooks/setup/ has 2 stages, numbered 1 to 2, and 2 is missing.',
        hint: 'Give this stage the number 2, or add the stages in between.',
      }),
    ]);
  });

  it('blames the stage whose number was changed, not the neighbour that now starts the list', () => {
    const moved = check({ 'playbooks/setup/first.mdx': stageFile(12, 'a') });
    expect(moved.problems.filter((problem) => problem.severity === 'error')).toEqual([
      expect.objectContaining({ file: 'playbooks/setup/first.mdx', field: 'stage', rule: 'structure/stage-gap' }),
    ]);
    expect(moved.problems[0].message).toContain('Stage number 12 is out of place');
  });

  it('reports a stage that fails its schema once, and no numbering problem on the stages that are fine', () => {
    const broken = check({ 'playbooks/setup/first.mdx': stageFile(1, 'a').replace('    text: Do the thing', '  text: Do the thing') });
    expect(broken.errorCount).toBeGreaterThan(0);
    expect(new Set(broken.problems.map((problem) => problem.file))).toEqual(new Set(['playbooks/setup/first.mdx']));
  });

  it('reports a duplicate checklist id inside a stage', () => {
    const extra = '  - id: first-item\n    text: Another\n    owner: sponsor\n    evidence: Notes\n';
    const result = check({ 'playbooks/setup/first.mdx': stageFile(1, 'first-item', extra) });
    expect(only(result.problems, 'structure/duplicate-checklist-id')[0]).toMatchObject({ field: 'checklist.1.id', position: { line: 21, column: 5 } });
  });

  it('warns when a checklist owner does not take part in the stage', () => {
    const result = check({
      'playbooks/setup/first.mdx': stageFile(1, 'a').replace('roles:\n  - sponsor', 'roles:\n  - pmo-lead'),
    });
    const [warning] = only(result.problems, 'structure/checklist-owner-role');
    expect(warning.severity).toBe('warning');
    expect(result.errorCount).toBe(0);
  });

  it('requires the organization file, a playbook.yaml per folder and stages per playbook', () => {
    const result = check({
      'content/organization.yaml': undefined,
      'playbooks/orphan/only.mdx': stageFile(1, 'a'),
      'playbooks/empty/playbook.yaml': base['playbooks/setup/playbook.yaml'],
    });
    expect(result.problems.map((problem) => problem.rule)).toEqual(
      expect.arrayContaining(['structure/organization', 'structure/playbook-file', 'structure/playbook-stages']),
    );
  });
});

describe('report', () => {
  it('prints file:line:column, severity, field, message, rule, fix and a summary', () => {
    const result = check({ 'content/roles/pmo-lead.yaml': base['content/roles/pmo-lead.yaml'].replace('reportsTo: sponsor', 'reportsTo: sponser') });
    const report = formatReport(result);
    expect(report).toContain('content/roles/pmo-lead.yaml:6:1  error  reportsTo  Unknown role "sponser".  [reference/role]');
    expect(report).toContain('    fix: Did you mean "sponsor"?');
    expect(report.trim().split('\n').at(-1)).toBe(`${Object.keys(base).length} content files checked: 1 error(s), 0 warning(s).`);
  });
});
