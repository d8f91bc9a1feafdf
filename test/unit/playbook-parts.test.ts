import { describe, expect, it } from 'vitest';
import { partPosition, partTitle, partWords } from '../../src/lib/playbook/playbook-words.ts';
import { validateContent } from '../../src/lib/validation/validate-content.ts';
import { validContentFiles, writeContentFiles } from '../helpers/content-fixture.ts';

const files = validContentFiles();
const withoutOwnerAndEvidence = files['playbooks/setup/first.mdx'].replace('    owner: sponsor\n    evidence: Minutes\n', '');

describe('what a playbook calls its parts', () => {
  it('has ordered stages unless it says otherwise', () => {
    const stages = partWords({ parts: 'stage', ordered: true });
    expect(stages).toEqual({ one: 'stage', many: 'stages', One: 'Stage', Many: 'Stages', ordered: true });
    expect(partPosition(stages, 4, 13)).toBe('Stage 4 of 13');
    expect(partTitle(stages, 4, 'Plan')).toBe('4. Plan');
  });

  it('writes unordered plays without numbers', () => {
    const plays = partWords({ parts: 'play', ordered: false });
    expect([plays.Many, partPosition(plays, 4, 13), partTitle(plays, 4, 'Plan')]).toEqual(['Plays', 'Play', 'Plan']);
    expect(partWords({ parts: 'phase', ordered: true }).many).toBe('phases');
  });
});

describe('checklist items need an owner and evidence unless the playbook says not', () => {
  it('reports each missing field with file, field and fix', () => {
    const { problems } = validateContent(writeContentFiles({ ...files, 'playbooks/setup/first.mdx': withoutOwnerAndEvidence }));
    const missing = problems.filter((problem) => problem.rule.startsWith('structure/checklist-owner') || problem.rule === 'structure/checklist-evidence');
    expect(missing.map((problem) => [problem.file, problem.field, problem.rule, problem.severity])).toEqual([
      ['playbooks/setup/first.mdx', 'checklist.0', 'structure/checklist-evidence', 'error'],
      ['playbooks/setup/first.mdx', 'checklist.0', 'structure/checklist-owner', 'error'],
    ]);
    expect(missing[1].message).toBe('Checklist item "first-item" has no owner.');
    expect(missing[1].hint).toContain('checklistItemsNeed: { owner: false } in playbooks/setup/playbook.yaml');
  });

  it('accepts items without them when the playbook says so', () => {
    const playbook = files['playbooks/setup/playbook.yaml'].replace('order: 1\n', 'order: 1\nparts: play\nordered: false\nchecklistItemsNeed:\n  owner: false\n  evidence: false\n');
    const { problems } = validateContent(writeContentFiles({ ...files, 'playbooks/setup/playbook.yaml': playbook, 'playbooks/setup/first.mdx': withoutOwnerAndEvidence }));
    expect(problems).toEqual([]);
  });
});
