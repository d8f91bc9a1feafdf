import { describe, expect, it } from 'vitest';
import { buildPhases, medianPhases, phaseTable, type TimedLine } from '../../scripts/bench/build-phases.ts';

// The shape of an `astro build` log with our integrations, as one printed it (times made up).
const log: TimedLine[] = [
  { atMs: 400, text: '▶ Astro collects anonymous usage data.' },
  { atMs: 3_000, text: '08:42:02 [content] Syncing content' },
  { atMs: 3_100, text: '08:42:02 [content] Synced content' },
  { atMs: 4_500, text: '08:42:02 [types] Generated 1.65s' },
  { atMs: 4_600, text: '08:42:02 [build] ✓ Completed in 2.71s.' },
  { atMs: 4_700, text: '08:42:02 [build] Building static entrypoints...' },
  { atMs: 6_000, text: '08:42:03 [vite] ✓ built in 1.16s' },
  { atMs: 6_200, text: ' generating static routes ' },
  { atMs: 6_300, text: '08:42:03 ▶ src/pages/index.astro' },
  { atMs: 9_000, text: '08:42:06 ✓ Completed in 2.40s.' },
  { atMs: 9_100, text: '08:42:06 [build] ✓ Completed in 3.68s.' },
  { atMs: 10_000, text: '08:42:07 [pmo-playbook:search-index] Search index of 59 pages written' },
  { atMs: 13_000, text: '08:42:10 [build] Complete!' },
];

describe('the phases of a build', () => {
  it('splits the wall time at Astro milestones, each phase ending where the next begins', () => {
    const phases = buildPhases(log, 13_200);
    expect(phases?.map((phase) => phase.ms)).toEqual([4_700, 1_500, 2_800, 4_000, 200]);
    expect(phases?.at(-1)?.name).toBe('exit');
    expect(phases?.reduce((sum, phase) => sum + phase.ms, 0)).toBe(13_200);
  });

  it('gives no split when a milestone is missing, rather than a wrong one', () => {
    expect(buildPhases(log.filter((line) => !line.text.includes('generating static routes')), 13_200)).toBeUndefined();
    expect(buildPhases(log.slice(0, -1), 13_200)).toBeUndefined();
  });

  it('looks for each milestone only after the one before it', () => {
    // The "Completed in" of collecting build info, before bundling, must not end page generation.
    const phases = buildPhases(log, 13_200)!;
    const generation = phases.find((phase) => phase.name === 'page generation');
    expect(generation?.ms).toBe(9_000 - 6_200);
  });

  it('takes the median of each phase over several builds and prints each with its share', () => {
    const builds = [1, 2, 3].map((factor) => buildPhases(log.map((line) => ({ ...line, atMs: line.atMs * factor })), 13_200 * factor)!);
    const medians = medianPhases(builds);
    expect(medians.map((phase) => phase.ms)).toEqual([9_400, 3_000, 5_600, 8_000, 400]);
    const table = phaseTable([{ label: 'ours cold', phases: medians }]);
    expect(table.split('\n')[0]).toBe('| phase | ours cold |');
    expect(table).toContain('| page generation | 5.6 s (21 %) |');
    expect(table).toContain('| exit | 0.4 s (2 %) |');
  });
});
