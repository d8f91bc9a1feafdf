// The benchmark's fair opponent: the same generated stage bodies built as Starlight docs pages.
// Starlight is installed on demand into a cache folder, never into the project's dependencies,
// at the Astro version the project itself uses, so the comparison measures the two site designs
// and not two Astro releases.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';

export const starlightVersion = '0.42.4';

const projectRoot = join(import.meta.dirname, '../..');

/** Where Starlight and its Astro live between runs: git-ignored, and outside node_modules, whose files Vite would not compile. */
const cacheRoot = join(projectRoot, '.cache/bench-starlight');

const installedVersion = (root: string, name: string): string => JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;

/** Installs Starlight (once per version pair) and returns the folder whose node_modules it is in. */
export function ensureStarlight(): string {
  const astroVersion = installedVersion(projectRoot, 'astro');
  const folder = join(cacheRoot, `starlight-${starlightVersion}-astro-${astroVersion}`);
  if (existsSync(join(folder, 'node_modules/@astrojs/starlight/package.json'))) return folder;
  mkdirSync(folder, { recursive: true });
  writeFileSync(
    join(folder, 'package.json'),
    `${JSON.stringify({ name: 'pmo-bench-starlight', private: true, type: 'module', dependencies: { astro: astroVersion, '@astrojs/starlight': starlightVersion } }, null, 2)}\n`,
  );
  console.log(`Installing Starlight ${starlightVersion} with Astro ${astroVersion} into ${folder} (once)...`);
  const install = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: folder, stdio: 'inherit' });
  if (install.status !== 0) throw new Error(`npm install of Starlight failed (exit ${install.status}) in ${folder}.`);
  return folder;
}

const frontmatterPattern = /^---\n([\s\S]*?)\n---\n/;

/**
 * Starlight's version of a synthetic project: each stage body becomes a docs page with the stage's
 * title and summary as its frontmatter. Our frontmatter (checklists, roles, outputs) has no place
 * in Starlight, so those parts of our pages have no counterpart there.
 */
export function starlightProjectFiles(files: Record<string, string>, dependencies: Record<string, string>): Record<string, string> {
  const docs: Record<string, string> = {};
  for (const [path, text] of Object.entries(files)) {
    const stage = /^playbooks\/([^/]+)\/([^/]+)\.mdx$/.exec(path);
    if (!stage) continue;
    const match = frontmatterPattern.exec(text);
    if (!match) throw new Error(`${path} has no frontmatter.`);
    const data = parse(match[1]) as { title: string; summary: string; stage: number };
    const frontmatter = ['---', `title: ${JSON.stringify(data.title)}`, `description: ${JSON.stringify(data.summary)}`, `sidebar:\n  order: ${data.stage}`, '---', ''].join('\n');
    docs[`src/content/docs/${stage[1]}/${stage[2]}.mdx`] = frontmatter + text.slice(match[0].length);
  }
  return {
    ...docs,
    'src/content/docs/index.mdx': '---\ntitle: Playbooks\ndescription: The generated benchmark playbooks.\n---\n\nEvery playbook of the benchmark, as Starlight docs.\n',
    'src/content.config.ts': [
      "import { defineCollection } from 'astro:content';",
      "import { docsLoader } from '@astrojs/starlight/loaders';",
      "import { docsSchema } from '@astrojs/starlight/schema';",
      '',
      'export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };',
      '',
    ].join('\n'),
    'astro.config.mjs': [
      "import starlight from '@astrojs/starlight';",
      "import { defineConfig } from 'astro/config';",
      '',
      "export default defineConfig({ site: 'http://localhost:4321', integrations: [starlight({ title: 'Benchmark playbooks' })] });",
      '',
    ].join('\n'),
    // Astro compiles the packages a project depends on (Starlight's .astro files among them) only
    // when its package.json names them; otherwise Node loads them raw and fails on `astro:` imports.
    'package.json': `${JSON.stringify({ name: 'pmo-bench-starlight-site', private: true, type: 'module', dependencies }, null, 2)}\n`,
  };
}

/**
 * Writes the Starlight project into a temporary folder inside the cached install, so Node finds
 * its packages by walking up: Vite cannot compile Astro components through a linked node_modules.
 */
export function starlightProject(files: Record<string, string>, installFolder: string): string {
  const root = mkdtempSync(join(installFolder, 'site-'));
  const { dependencies } = JSON.parse(readFileSync(join(installFolder, 'package.json'), 'utf8'));
  for (const [path, text] of Object.entries(starlightProjectFiles(files, dependencies))) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}
