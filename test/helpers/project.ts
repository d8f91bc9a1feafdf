import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { writeContentFiles } from './content-fixture.ts';
import type { WarmBuildOrder, WarmBuildOutcome } from './warm-astro-pool.ts';

export const projectRoot = resolve(import.meta.dirname, '../..');

/** The example's private overlay (sensitive assessments), committed as an example; see CONTRIBUTING.md. */
export const exampleOverlayFolder = 'docs/private-content.example';

/** How the example site is built for the tests: with its private overlay, the mode that can leak. */
export const exampleBuildEnv = { PRIVATE_CONTENT_DIR: exampleOverlayFolder };

/**
 * Rendered diagrams shared by fixture builds, across runs. Files are named by a hash of the
 * source and the render settings, so sharing never changes a result; it only spares most
 * fixture builds a browser start for the same generated diagrams.
 */
export const sharedDiagramCache = join(process.env.PMO_TEST_CACHE_DIR ?? tmpdir(), 'fixture-diagrams');

/**
 * The diagrams the fixture builds draw, committed, so that a run on a clean machine (as CI's) has
 * them too: without them, each fixture with diagrams of its own started a browser to render them,
 * about 40 core-s of Chromium a run (280 against 238, fresh caches). A missing or stale one costs
 * time, not a wrong result: the build renders it into the shared cache. After changing fixture
 * content or the render settings, copy what a run rendered there into this folder (and drop files
 * no fixture uses any more).
 */
const committedFixtureDiagrams = join(projectRoot, 'test/fixtures/diagrams-cache');

/** Adds the committed fixture diagrams to the shared cache; the test run's global setup calls it before any build. */
export function seedSharedDiagramCache(): void {
  mkdirSync(sharedDiagramCache, { recursive: true });
  cpSync(committedFixtureDiagrams, sharedDiagramCache, { recursive: true, force: false });
}

/**
 * The site's code with someone else's content: a fixture project in a temporary folder. Its
 * diagrams-cache/ is the shared one unless `diagramCache: null` asks for none (a cold start).
 */
export function fixtureProject(files: Record<string, string>, { diagramCache = sharedDiagramCache as string | null } = {}): string {
  const root = writeContentFiles(files);
  // The site's code is copied, not linked: Astro cannot bundle a component's <script> through a
  // symbolic link ("No cached compile metadata found"), and Vite resolves a linked src outside the
  // project root, whose CSS Astro then leaves out of the build.
  for (const code of ['src', 'public']) cpSync(join(projectRoot, code), join(root, code), { recursive: true });
  for (const shared of ['node_modules', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    symlinkSync(join(projectRoot, shared), join(root, shared));
  }
  if (diagramCache) {
    mkdirSync(diagramCache, { recursive: true });
    symlinkSync(diagramCache, join(root, 'diagrams-cache'));
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
export const withoutViteEnv = (env: NodeJS.ProcessEnv): NodeJS.ProcessEnv => Object.fromEntries(Object.entries(env).filter(([key]) => !viteEnvKeys.has(key)));

export interface BuildOptions {
  /** Variables added to the build's environment. */
  env?: Record<string, string>;
  /** Arguments for the Node that runs Astro (the benchmark uses one to measure memory). */
  nodeArgs?: string[];
  timeoutMs?: number;
}

/** A new, empty folder for a build's output. */
export const newOutDir = () => mkdtempSync(join(tmpdir(), 'pmo-dist-'));

const astroBuild = (root: string, outDir: string, nodeArgs: string[]) => [...nodeArgs, join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', root, '--outDir', outDir];
export const buildEnv = (env: Record<string, string>) => ({ ...withoutViteEnv(process.env), NO_COLOR: '1', FORCE_COLOR: '0', ...env });

/** Runs `astro build` for a project into a fresh folder, with the Node that runs the tests. */
export function buildSite(root: string, outDir = newOutDir(), { env = {}, nodeArgs = [], timeoutMs = 240_000 }: BuildOptions = {}): BuildResult {
  const run = spawnSync(process.execPath, astroBuild(root, outDir, nodeArgs), {
    cwd: root,
    encoding: 'utf8',
    env: buildEnv(env),
    timeout: timeoutMs,
    // Large builds log a line per page and a warning per MDX file: more than the 1 MB default.
    maxBuffer: 256 * 1024 * 1024,
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}`, outDir };
}

/** `buildSite` without blocking: the caller's event loop (and other work) goes on meanwhile. */
export function buildSiteAsync(root: string, outDir: string, { env = {}, nodeArgs = [], timeoutMs = 240_000 }: BuildOptions = {}): Promise<BuildResult> {
  const run = spawn(process.execPath, astroBuild(root, outDir, nodeArgs), { cwd: root, env: buildEnv(env), timeout: timeoutMs });
  let stdout = '';
  let stderr = '';
  run.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  run.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolve) => {
    run.on('error', (error) => resolve({ status: null, output: `${stdout}\n${stderr}\n${error.message}`, outDir }));
    run.on('close', (status) => resolve({ status, output: `${stdout}\n${stderr}`, outDir }));
  });
}

/** Where the run's warm Astro builders take builds; the site test project's global setup starts them. */
async function warmAstroPool(): Promise<string> {
  const { inject } = await import('vitest');
  const pool = inject('warmAstroPool');
  if (!pool) throw new Error('No warm Astro builders: buildSiteWarm runs in the site test project (test/build, test/browser), whose global setup starts them.');
  return pool;
}

/**
 * `buildSite` in one of the run's warm Astro builders (test/helpers/warm-astro-pool.ts): Node
 * processes that keep Astro, Vite and Rolldown loaded from one build to the next. `astro build`
 * only parses its flags and calls the same `build()`. For builds that are meant to succeed; the
 * tests of a failing build run the command (`buildSite`), whose exit code is part of what they
 * check, and so do second builds of a root.
 */
export async function buildSiteWarm(root: string, outDir = newOutDir(), { env = {}, timeoutMs = 240_000 }: Omit<BuildOptions, 'nodeArgs'> = {}): Promise<BuildResult> {
  const pool = await warmAstroPool();
  const order: WarmBuildOrder = { root, outDir, env: buildEnv(env), timeoutMs };
  const response = await fetch(pool, { method: 'POST', body: JSON.stringify(order) });
  if (!response.ok) throw new Error(await response.text());
  const { status, output } = (await response.json()) as WarmBuildOutcome;
  return { status, output, outDir };
}
