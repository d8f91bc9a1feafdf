import { describe, expect, it } from 'vitest';
import type { Problem } from '../../src/lib/validation/problem.ts';
import { validateContent } from '../../src/lib/validation/validate-content.ts';
import { stageFile, validContentFiles, writeContentFiles } from '../helpers/content-fixture.ts';

/** The valid fixture with the first stage's only checklist item given extra fields. */
function checkFirstItem(extraFields: string, otherChanges: Record<string, string> = {}) {
  const files = { ...validContentFiles(), ...otherChanges };
  files['playbooks/setup/first.mdx'] = stageFile(1, 'first-item').replace('    evidence: Minutes\n', `    evidence: Minutes\n${extraFields}`);
  return validateContent(writeContentFiles(files));
}

const withRule = (problems: Problem[], rule: string) => problems.filter((problem) => problem.rule === rule);

describe('checklist item fields', () => {
  it('accepts a group, a site link (with a fragment) and an external https link', () => {
    expect(checkFirstItem('    group: Approvals\n    link: /roles/sponsor/\n').problems).toEqual([]);
    expect(checkFirstItem('    link: /playbooks/setup/second/#steps\n').problems).toEqual([]);
    expect(checkFirstItem('    link: /playbooks/setup/booklet/\n').problems).toEqual([]);
    expect(checkFirstItem('    link: https://www.gov.uk/government/publications/project-delivery-functional-standard\n').problems).toEqual([]);
  });

  it('rejects a link that is neither a site path nor an https address, naming the field', () => {
    for (const link of ['roles/sponsor/', 'http://example.com/', '//example.com/x', '/roles/ sponsor/']) {
      // An invalid stage is left out of the cross-file rules, so only its own file is looked at.
      const [problem, ...rest] = checkFirstItem(`    link: "${link}"\n`).problems.filter((found) => found.file === 'playbooks/setup/first.mdx');
      expect(rest, link).toEqual([]);
      expect(problem, link).toMatchObject({ file: 'playbooks/setup/first.mdx', field: 'checklist.0.link', position: { line: 21, column: 5 } });
      expect(problem.message, link).toContain('Must be a path on this site starting with "/"');
      expect(problem.message, link).toContain(`(found "${link}")`);
    }
  });

  it('rejects an empty group heading', () => {
    const [problem] = checkFirstItem('    group: ""\n').problems.filter((found) => found.file === 'playbooks/setup/first.mdx');
    expect(problem).toMatchObject({ field: 'checklist.0.group', message: 'Must not be empty.' });
  });
});

describe('checklist links lead to a page', () => {
  it('reports a site link to a page that does not exist, with file, line, field and the likely page', () => {
    const result = checkFirstItem('    link: /roles/sponsr/\n');
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({
      severity: 'error',
      file: 'playbooks/setup/first.mdx',
      position: { line: 21, column: 5 },
      field: 'checklist.0.link',
      rule: 'reference/checklist-link',
      message: 'The link "/roles/sponsr/" does not lead to a page of this site.',
      hint: 'Did you mean /roles/sponsor/ (Sponsor)?',
    });
  });

  it('explains how to link when nothing is close', () => {
    const [problem] = withRule(checkFirstItem('    link: /templates/project-brief.docx\n').problems, 'reference/checklist-link');
    expect(problem.hint).toBe('Link to a page that exists, for example /roles/<role id>/ or /playbooks/<playbook>/<stage>/, or give a full https:// address.');
  });

  it('points out a missing final slash and gives the corrected link', () => {
    const [problem] = withRule(checkFirstItem('    link: /playbooks/setup/second#steps\n').problems, 'reference/checklist-link');
    expect(problem.message).toBe('The link "/playbooks/setup/second#steps" is missing its final "/".');
    expect(problem.hint).toBe('Write /playbooks/setup/second/#steps: every page address on this site ends with "/".');
  });

  it('does not report a link to a role whose own file is broken a second time', () => {
    const broken = validContentFiles()['content/roles/sponsor.yaml'].replace('title: Sponsor\n', '');
    const result = checkFirstItem('    link: /roles/sponsor/\n', { 'content/roles/sponsor.yaml': broken });
    expect(result.problems.map((problem) => `${problem.file} ${problem.field}`)).toEqual(['content/roles/sponsor.yaml title']);
  });
});

describe('checklist ids', () => {
  it('rejects an empty or missing id at the item', () => {
    const empty = validateContent(writeContentFiles({ ...validContentFiles(), 'playbooks/setup/first.mdx': stageFile(1, '""') }));
    // The stage is left out of the cross-file rules, so its neighbour also reports a gap in numbering.
    const inFile = empty.problems.filter((problem) => problem.file === 'playbooks/setup/first.mdx');
    expect(inFile).toHaveLength(1);
    expect(inFile[0]).toMatchObject({ file: 'playbooks/setup/first.mdx', field: 'checklist.0.id', position: { line: 17, column: 5 } });
    expect(inFile[0].message).toContain('Must be lower-case kebab-case');

    const missing = validateContent(
      writeContentFiles({ ...validContentFiles(), 'playbooks/setup/first.mdx': stageFile(1, 'x').replace('  - id: x\n    text:', '  - text:') }),
    );
    expect(missing.problems[0]).toMatchObject({ field: 'checklist.0.id', message: 'This required field is missing.' });
  });

  it('reports an id reused by a reworded or copied item, at the second one', () => {
    const copy = '  - id: first-item\n    text: Do the other thing\n    owner: sponsor\n    evidence: Notes\n';
    const result = validateContent(writeContentFiles({ ...validContentFiles(), 'playbooks/setup/first.mdx': stageFile(1, 'first-item', copy) }));
    expect(withRule(result.problems, 'structure/duplicate-checklist-id')).toMatchObject([{ field: 'checklist.1.id', position: { line: 21, column: 5 } }]);
  });
});

describe('reserved stage names', () => {
  it('rejects a stage file named like the booklet page', () => {
    const files = validContentFiles();
    files['playbooks/setup/booklet.mdx'] = files['playbooks/setup/second.mdx'];
    delete files['playbooks/setup/second.mdx'];
    const [problem, ...rest] = validateContent(writeContentFiles(files)).problems;
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ file: 'playbooks/setup/booklet.mdx', rule: 'structure/reserved-stage-name', severity: 'error' });
    expect(problem.message).toBe('The file name "booklet.mdx" is reserved: /playbooks/setup/booklet/ is the printable booklet of the playbook.');
    expect(problem.hint).toBe('Rename the file, for example to playbooks/setup/booklet-stage.mdx.');
  });
});
