import { describe, expect, it } from 'vitest';
import { expandAllStagesUpTo, expandedPlaybooks, navigationPlaybooks } from '../../src/lib/pages/navigation.ts';
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

describe('navigationPlaybooks', () => {
  const summary = (id: string, ordered: boolean | undefined, stages: [string, number, string][]): PlaybookSummary =>
    ({ id, data: { title: `${id} title`, ...(ordered === undefined ? {} : { ordered }) }, stages: stages.map(([slug, stage, title]) => ({ id: `${id}/${slug}`, slug, data: { stage, title } })) }) as unknown as PlaybookSummary;

  it('gives each playbook and stage its path, title and number, and whether numbers show', () => {
    const playbooks = [summary('setup', undefined, [['define', 1, 'Define objectives'], ['scope', 2, 'Determine scope']]), summary('plays', false, [['retro', 1, 'Run a retrospective']])];
    expect(navigationPlaybooks(playbooks)).toEqual([
      {
        id: 'setup',
        path: '/playbooks/setup/',
        title: 'setup title',
        ordered: true,
        stages: [
          { path: '/playbooks/setup/define/', number: 1, title: 'Define objectives' },
          { path: '/playbooks/setup/scope/', number: 2, title: 'Determine scope' },
        ],
      },
      { id: 'plays', path: '/playbooks/plays/', title: 'plays title', ordered: false, stages: [{ path: '/playbooks/plays/retro/', number: 1, title: 'Run a retrospective' }] },
    ]);
  });

  it('works the list out once for the same playbooks, as every page asks for it', () => {
    const playbooks = [summary('setup', true, [['define', 1, 'Define objectives']])];
    expect(navigationPlaybooks(playbooks)).toBe(navigationPlaybooks(playbooks));
  });
});
