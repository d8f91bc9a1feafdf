import { spawnSync } from 'node:child_process';
import { cpSync, globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateContentWithDiagrams } from '../../src/lib/validation/validate-content.ts';
import { builtPages } from '../helpers/dist.ts';
import { type BuildResult, buildSiteWarm, fixtureProject, projectRoot } from '../helpers/project.ts';

const example = parse(readFileSync(join(projectRoot, 'content/organization.yaml'), 'utf8')) as { name: string; pmoName: string };

/** Runs `npm run init -- ...` the way an adopter does, in the project at `root`. */
function runInit(root: string, ...args: string[]) {
  const started = performance.now();
  const run = spawnSync(process.execPath, [join(projectRoot, 'scripts/init.ts'), ...args], { cwd: root, encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}`, seconds: (performance.now() - started) / 1000 };
}

describe('npm run init', () => {
  let root: string;
  let first: ReturnType<typeof runInit>;
  let problems: unknown[];
  let build: BuildResult;

  beforeAll(async () => {
    // A copy of the project with the example content, as a fresh clone has it.
    root = fixtureProject({});
    for (const folder of ['content', 'playbooks']) cpSync(join(projectRoot, folder), join(root, folder), { recursive: true });
    first = runInit(root, '--organization', 'Acme Health Trust', '--currency', 'USD', '--locale', 'en-US');
    console.log(`npm run init: ${first.seconds.toFixed(1)} s`);
    problems = (await validateContentWithDiagrams(root)).problems;
    build = await buildSiteWarm(root);
  });

  it('writes a starter with the eight set-up stages, core roles and the organization file', () => {
    expect(first.status, first.output).toBe(0);
    const stages = globSync('playbooks/*/*.mdx', { cwd: root });
    expect(stages).toHaveLength(8);
    expect(globSync('content/roles/*.yaml', { cwd: root }).length).toBeGreaterThanOrEqual(5);
    expect(parse(readFileSync(join(root, 'content/organization.yaml'), 'utf8'))).toMatchObject({ name: 'Acme Health Trust', currency: 'USD', locale: 'en-US' });
  });

  it("keeps none of the example organization's names or money", () => {
    const offenders = globSync('{content,playbooks}/**/*', { cwd: root, withFileTypes: false })
      .filter((file) => /\.(ya?ml|mdx)$/.test(file))
      .filter((file) => new RegExp(`${example.name.split(' ')[0]}|${example.pmoName}|£`).test(readFileSync(join(root, file), 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('passes the content check with no error and no warning, and builds without a warning', () => {
    expect(problems).toEqual([]);
    expect(build.status, build.output.slice(-3000)).toBe(0);
    expect(build.output.split('\n').filter((line) => /\[WARN\]/.test(line))).toEqual([]);
    const pages = builtPages(build.outDir);
    expect(pages.has('/playbooks/pmo-setup/define-objectives/')).toBe(true);
    expect(pages.get('/')!).toContain('Acme Health Trust');
  });

  it('refuses to run again without --force, and replaces the content with it', () => {
    const again = runInit(root, '--organization', 'Other', '--currency', 'EUR', '--locale', 'de-DE');
    expect(again.status).toBe(1);
    expect(again.output).toContain('run again with --force');
    expect(readFileSync(join(root, 'content/organization.yaml'), 'utf8')).toContain('Acme Health Trust');
    const forced = runInit(root, '--organization', 'Other', '--currency', 'EUR', '--locale', 'de-DE', '--force');
    expect(forced.status, forced.output).toBe(0);
    expect(readFileSync(join(root, 'content/organization.yaml'), 'utf8')).toContain('name: Other');
  });

  it('refuses bad arguments before writing anything, naming each', () => {
    const bad = runInit(fixtureProject({}), '--organization', 'Acme', '--currency', 'DOLLARS', '--locale', 'english');
    expect(bad.status).toBe(1);
    expect(bad.output).toMatch(/--currency: .*ISO 4217/);
    expect(bad.output).toMatch(/--locale: .*language tag/);
  });
});
