import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { writeContentFiles } from './content-fixture.ts';

export const projectRoot = resolve(import.meta.dirname, '../..');

/** The site's code with someone else's content: a fixture project in a temporary folder. */
export function fixtureProject(files: Record<string, string>): string {
  const root = writeContentFiles(files);
  // src is copied, not linked: Astro resolves a component's <script> by its real path, and a path
  // outside the project root makes the build fail ("No cached compile metadata found").
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

/** Runs `astro build` for a project into a fresh folder, with the Node that runs the tests; `env` adds variables such as BASE_PATH. */
export function buildSite(root: string, outDir = mkdtempSync(join(tmpdir(), 'pmo-dist-')), env: Record<string, string> = {}): BuildResult {
  const run = spawnSync(process.execPath, [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', root, '--outDir', outDir], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...env },
    timeout: 240_000,
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}`, outDir };
}
