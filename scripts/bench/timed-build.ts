// One measured build: wall time from outside, the phases of that time from when the build's log
// lines arrived (scripts/bench/build-phases.ts), peak memory and CPU time from a probe loaded into
// the build process (scripts/bench/report-usage.ts). Shared by our build and Starlight's, so
// both are measured the same way.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { pathToFileURL } from 'node:url';
import { type BuildPhase, buildPhases, type TimedLine } from './build-phases.ts';

export interface TimedBuild {
  status: number | null;
  output: string;
  wallMs: number;
  /** Undefined when the log lacks one of Astro's milestones. */
  phases?: BuildPhase[];
  /** The build said "Complete!" but its process did not end, and was killed (its figures are not kept). */
  hungAtExit?: boolean;
  peakRssBytes?: number;
  cpuMs?: number;
}

/**
 * The generated projects are not git checkouts, so a build would take its date (PDF and workbook
 * stamps) from the clock: no two builds would be alike and a warm build would print every
 * booklet PDF again. One moment per benchmark run stands in for the commit a checkout has.
 */
const benchMoment = process.env.SOURCE_DATE_EPOCH ?? String(Math.floor(Date.now() / 1000));

const buildTimeoutMs = 60 * 60 * 1000;

/**
 * How long a build may take to exit once it has said "Complete!". A Starlight build of the bench
 * once finished its work and then never exited, its threads waiting on each other.
 */
const exitGraceMs = 60 * 1000;

/** Runs `astro build` from the given Astro install with the Node that runs the benchmark. */
export async function timedBuild(astroPackage: string, root: string, outDir: string, env: Record<string, string> = {}): Promise<TimedBuild> {
  const scratch = mkdtempSync(join(tmpdir(), 'pmo-bench-usage-'));
  const usageFile = join(scratch, 'usage.json');
  const probe = `${pathToFileURL(join(import.meta.dirname, 'report-usage.ts')).href}?out=${encodeURIComponent(usageFile)}`;
  const started = performance.now();
  const build = spawn(process.execPath, ['--import', probe, join(astroPackage, 'bin/astro.mjs'), 'build', '--root', root, '--outDir', outDir], {
    cwd: root,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', SOURCE_DATE_EPOCH: benchMoment, ...env },
    // No input, as with spawnSync: an open stdin pipe is a handle the build could wait on.
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: buildTimeoutMs,
  });
  const lines: TimedLine[] = [];
  let hungAtExit = false;
  let exitGuard: NodeJS.Timeout | undefined;
  for (const stream of [build.stdout, build.stderr]) {
    createInterface({ input: stream }).on('line', (text) => {
      lines.push({ atMs: performance.now() - started, text });
      // One guard per build: a second timer would outlive the build and hold the bench open.
      if (text.includes('[build] Complete!') && !exitGuard) {
        exitGuard = setTimeout(() => {
          hungAtExit = true;
          build.kill('SIGKILL');
        }, exitGraceMs);
      }
    });
  }
  const status = await new Promise<number | null>((resolve) => {
    build.on('error', () => resolve(null));
    build.on('close', resolve);
  });
  clearTimeout(exitGuard);
  const wallMs = performance.now() - started;
  let usage: { peakRssBytes?: number; cpuMs?: number } = {};
  try {
    usage = JSON.parse(readFileSync(usageFile, 'utf8'));
  } catch {
    // A build that crashed before exit reports nothing; the caller sees the status.
  }
  rmSync(scratch, { recursive: true, force: true });
  const output = lines.map((line) => line.text).join('\n');
  if (hungAtExit) return { status, output, wallMs, hungAtExit };
  return { status, output, wallMs, phases: buildPhases(lines, wallMs), ...usage };
}
