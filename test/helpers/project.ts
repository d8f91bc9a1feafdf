import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { writeContentFiles } from './content-fixture.ts';

export const projectRoot = resolve(import.meta.dirname, '../..');

/** The site's code with someone else's content: a fixture project in a temporary folder. */
export function fixtureProject(files: Record<string, string>): string {
  const root = writeContentFiles(files);
  // src is copied, not linked: Vite resolves a linked src to files outside the project root,
  // and Astro then leaves their CSS out of the build (the pages come out unstyled).
  cpSync(join(projectRoot, 'src'), join(root, 'src'), { recursive: true });
  for (const shared of ['public', 'node_modules', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    symlinkSync(join(projectRoot, shared), join(root, shared));
  }
  return root;
}

export interface BuildResult {
  status: number | null;
  output: string;
  outDir: string;
}

export interface BuildOptions {
  /** Arguments for the Node that runs Astro (the benchmark uses one to measure memory). */
  nodeArgs?: string[];
  timeoutMs?: number;
}

/** Runs `astro build` for a project into a fresh folder, with the Node that runs the tests. */
export function buildSite(root: string, outDir = mkdtempSync(join(tmpdir(), 'pmo-dist-')), { nodeArgs = [], timeoutMs = 240_000 }: BuildOptions = {}): BuildResult {
  const run = spawnSync(process.execPath, [...nodeArgs, join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', root, '--outDir', outDir], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    timeout: timeoutMs,
    // Large builds log a line per page and a warning per MDX file: more than the 1 MB default.
    maxBuffer: 256 * 1024 * 1024,
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}`, outDir };
}
