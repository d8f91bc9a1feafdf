// One measured build: wall time from outside, peak memory and CPU time from a probe loaded into
// the build process (scripts/bench/report-usage.ts). Shared by our build and Starlight's, so
// both are measured the same way.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

export interface TimedBuild {
  status: number | null;
  output: string;
  wallMs: number;
  peakRssBytes?: number;
  cpuMs?: number;
}

/**
 * The generated projects are not git checkouts, so a build would take its date (PDF and workbook
 * stamps) from the clock: no two builds would be alike and a warm build would print every
 * booklet PDF again. One moment per benchmark run stands in for the commit a checkout has.
 */
const benchMoment = process.env.SOURCE_DATE_EPOCH ?? String(Math.floor(Date.now() / 1000));

/** Runs `astro build` from the given Astro install with the Node that runs the benchmark. */
export function timedBuild(astroPackage: string, root: string, outDir: string, env: Record<string, string> = {}): TimedBuild {
  const scratch = mkdtempSync(join(tmpdir(), 'pmo-bench-usage-'));
  const usageFile = join(scratch, 'usage.json');
  const probe = `${pathToFileURL(join(import.meta.dirname, 'report-usage.ts')).href}?out=${encodeURIComponent(usageFile)}`;
  const started = performance.now();
  const run = spawnSync(process.execPath, ['--import', probe, join(astroPackage, 'bin/astro.mjs'), 'build', '--root', root, '--outDir', outDir], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', SOURCE_DATE_EPOCH: benchMoment, ...env },
    timeout: 60 * 60 * 1000,
    maxBuffer: 256 * 1024 * 1024,
  });
  const wallMs = performance.now() - started;
  let usage: { peakRssBytes?: number; cpuMs?: number } = {};
  try {
    usage = JSON.parse(readFileSync(usageFile, 'utf8'));
  } catch {
    // A build that crashed before exit reports nothing; the caller sees the status.
  }
  rmSync(scratch, { recursive: true, force: true });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}`, wallMs, ...usage };
}
