import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';
import { todayIso } from './src/lib/dates/calendar-date.ts';
import RunOrder from './test/run-order.ts';

const systemTemp = tmpdir();

// Node keeps compiled code here (keyed by each file's content), so the scripts the tests start
// (`npm run new`, `npm run check`) load two to three times faster after their first start.
process.env.NODE_COMPILE_CACHE ??= join(systemTemp, 'pmo-playbook-node-compile-cache');
// Caches whose entries are named by their content, kept from one run to the next.
process.env.PMO_TEST_CACHE_DIR ??= join(systemTemp, 'pmo-playbook-test-cache');

// Everything else a run writes to the temporary folder (over 300 fixture projects, some 20 builds,
// browser profiles) goes into a folder of its own, which goes when the run ends: left behind,
// they filled gigabytes of /tmp after a few dozen runs. Workers, builds and browsers inherit TMPDIR.
const runTemp = mkdtempSync(join(systemTemp, 'pmo-playbook-test-run-'));
process.env.TMPDIR = runTemp;
process.on('exit', () => rmSync(runTemp, { recursive: true, force: true }));

// Every Node the run starts after this (test workers, the warm Astro builders, builds, scripts,
// `astro dev`) keeps V8's young generation to 32 MB a half, where V8 would let it grow to 64 MB on
// a machine with this much memory. Builds make many short-lived objects, and collecting them
// cost less with the smaller nursery. Measured alternating, 2 December:
// seven fixture builds in one warm builder took 35.3-42.1 core-s (median 36.3, 7 rounds) against
// 39.1-46.5 (median 40.2, 5 rounds) by default; 64, 16 and 8 MB were no better than 32. The
// example's cold build took 10.3-11.7 core-s against 11.1-12.6.
process.env.NODE_OPTIONS = [process.env.NODE_OPTIONS, '--max-semi-space-size=32'].filter(Boolean).join(' ');

// One run, one "today": review status and the date rules follow it, and a run that passes midnight
// UTC would otherwise compare a build of one day with a build of the next. Every build, script
// and worker the run starts inherits it; tests that need another day set their own.
process.env.PMO_TODAY ??= todayIso();

const shared = {
  setupFiles: ['./test/setup-formats.ts'],
  testTimeout: 30_000,
  hookTimeout: 240_000,
  // Each worker keeps the modules it has loaded from one file to the next (setupFiles still run
  // before each file). Loading them again per file cost the unit files twice the CPU time, and
  // took 7 % of the whole run's file time where it now takes 4 %.
  isolate: false,
  // A poll waits for what a page does after an action (a scroll, a URL change, search results);
  // vitest's default of 1 s is short when both cores are busy with other files. A poll still
  // returns as soon as its condition holds.
  expect: { poll: { timeout: 10_000 } },
};

// Two projects in one group, two files at a time (one per core), while global setup builds the
// example site in the background: test/run-order.ts puts the unit files and the fixture builds
// before the files that wait for the example. A browser file keeps one core only partly busy
// (the page and the test take turns), so browser files share the cores with the others rather
// than running after them. The build and browser files are one project: vitest hands a worker on
// only to a next file of the same project, and in the run order they alternate, so as two
// projects they started a worker (Node, vitest and every module loaded again) at each turn: a
// run started 10 or 11 workers that way, and starts 4 or 5 with one project.
export default defineConfig({
  test: {
    reporters: ['default', './test/reporters/summary-line.ts'],
    sequence: { sequencer: RunOrder },
    projects: [
      {
        test: {
          ...shared,
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          maxWorkers: 2,
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          ...shared,
          name: 'site',
          include: ['test/build/**/*.test.ts', 'test/browser/**/*.test.ts'],
          globalSetup: ['./test/global-setup.ts'],
          maxWorkers: 2,
          sequence: { groupOrder: 0 },
        },
      },
    ],
  },
});
