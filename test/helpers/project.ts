import { spawnSync } from 'node:child_process';
import { mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { writeContentFiles } from './content-fixture.ts';

export const projectRoot = resolve(import.meta.dirname, '../..');

/** The site's code with someone else's content: a fixture project in a temporary folder. */
export function fixtureProject(files: Record<string, string>): string {
  const root = writeContentFiles(files);
  for (const shared of ['src', 'public', 'node_modules', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    symlinkSync(join(projectRoot, shared), join(root, shared));
  }
  return root;
}

export interface BuildResult {
  status: number | null;
  output: string;
  outDir: string;
}

/**
 * Vitest puts Vite's import.meta.env values (BASE_URL, MODE, ...) into process.env; a child
 * build would take BASE_URL "/" from there and ignore BASE_PATH, so they are left out.
 */
const viteEnvKeys = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']);
const withoutViteEnv = (env: NodeJS.ProcessEnv): NodeJS.ProcessEnv => Object.fromEntries(Object.entries(env).filter(([key]) => !viteEnvKeys.has(key)));

/** Runs `astro build` for a project into a fresh folder, with the Node that runs the tests. */
export function buildSite(root: string, outDir = mkdtempSync(join(tmpdir(), 'pmo-dist-'))): BuildResult {
  const run = spawnSync(process.execPath, [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', root, '--outDir', outDir], {
    cwd: root,
    encoding: 'utf8',
    env: { ...withoutViteEnv(process.env), NO_COLOR: '1', FORCE_COLOR: '0' },
    timeout: 240_000,
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}`, outDir };
}
