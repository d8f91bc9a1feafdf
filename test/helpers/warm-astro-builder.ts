// A Node process that keeps Astro loaded and runs the builds the run's pool sends it
// (test/helpers/warm-astro-pool.ts), one at a time.
// `astro build` is this same `build()` call behind its command line; starting Node and loading
// Astro, Vite and Rolldown anew cost each fixture build about half its CPU time.
import { build } from 'astro';
import type { BuilderReport, WarmBuildOrder, WarmBuildOutcome } from './warm-astro-pool.ts';

/** Builds leave memory behind (about 100 MB each); past this the process ends after its build, and the pool starts another. */
const memoryLimitBytes = 3 * 1024 ** 3;

/** Runs `run` with everything written to stdout and stderr captured instead of printed. */
async function capturingOutput(run: () => Promise<void>): Promise<{ output: string; error?: unknown }> {
  const chunks: string[] = [];
  const writes = { stdout: process.stdout.write, stderr: process.stderr.write };
  const capture = (chunk: string | Uint8Array, ...rest: unknown[]) => {
    chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
    const callback = rest.find((argument) => typeof argument === 'function') as (() => void) | undefined;
    callback?.();
    return true;
  };
  process.stdout.write = capture as typeof process.stdout.write;
  process.stderr.write = capture as typeof process.stderr.write;
  try {
    await run();
    return { output: chunks.join('') };
  } catch (error) {
    return { output: chunks.join(''), error };
  } finally {
    process.stdout.write = writes.stdout;
    process.stderr.write = writes.stderr;
  }
}

async function runBuild({ root, outDir, env }: WarmBuildOrder): Promise<WarmBuildOutcome> {
  const { output, error } = await capturingOutput(async () => {
    // Each build sees the environment and working folder that `astro build` in `root` would.
    for (const key of Object.keys(process.env)) if (!(key in env)) delete process.env[key];
    Object.assign(process.env, env);
    process.chdir(root);
    await build({ root, outDir });
  });
  // The command line exits non-zero when the build throws or something set an exit code.
  const status = error === undefined && !process.exitCode ? 0 : 1;
  process.exitCode = undefined;
  const errorText = error === undefined ? '' : `\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
  return { status, output: `${output}${errorText}` };
}

let queue = Promise.resolve();
process.on('message', (order: WarmBuildOrder) => {
  queue = queue.then(async () => {
    const outcome = await runBuild(order);
    // Said with the outcome, so that the pool sends no build to a process about to end.
    const retiring = process.memoryUsage().rss > memoryLimitBytes;
    process.send!({ outcome, retiring } satisfies BuilderReport, () => {
      if (retiring) process.exit(0);
    });
  });
});
// The run has ended: stop, even if a build left a handle open.
process.on('disconnect', () => process.exit(0));
