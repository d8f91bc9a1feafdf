import { existsSync, readFileSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { inject } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The example site that global setup builds once per run, and the file it writes when done. */
    exampleSite: { outDir: string; statusFile: string };
  }
}

/**
 * Folder of the built example site. Global setup builds it in the background while the unit
 * tests run; this waits for that build and fails loudly, with its output, if it failed.
 */
export async function exampleSiteDir(): Promise<string> {
  const { outDir, statusFile } = inject('exampleSite');
  while (!existsSync(statusFile)) await sleep(250);
  const { status, output } = JSON.parse(readFileSync(statusFile, 'utf8')) as { status: number | null; output: string };
  if (status !== 0) throw new Error(`The example site did not build:\n${output}`);
  return outDir;
}
