import { describe, expect, it } from 'vitest';
import { expandAllStagesUpTo, expandedPlaybooks } from '../../src/lib/pages/navigation.ts';
import type { PlaybookSummary } from '../../src/lib/playbook/playbook-model.ts';

const playbook = (id: string, stageCount: number): PlaybookSummary =>
  ({ id, data: {} as PlaybookSummary['data'], stages: Array.from({ length: stageCount }, (_, index) => ({ id: `${id}/s${index}` })) }) as PlaybookSummary;

describe('expandedPlaybooks', () => {
  it('lists every stage everywhere while the site is small', () => {
    const small = [playbook('a', 8), playbook('b', 4)];
    expect([...expandedPlaybooks(small, '/roles/x/')]).toEqual(['a', 'b']);
    expect([...expandedPlaybooks(small, '/playbooks/b/s1/')]).toEqual(['a', 'b']);
  });

  it('lists only the stages of the page\'s own playbook once the site is large', () => {
    const large = [playbook('a', expandAllStagesUpTo), playbook('ab', 1)];
    expect([...expandedPlaybooks(large, '/playbooks/ab/s0/')]).toEqual(['ab']);
    expect([...expandedPlaybooks(large, '/playbooks/a/')]).toEqual(['a']);
    expect([...expandedPlaybooks(large, '/governance/')]).toEqual([]);
  });
});
