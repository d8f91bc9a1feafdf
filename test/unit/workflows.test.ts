import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, parseDocument } from 'yaml';
import { projectRoot } from '../helpers/project.ts';

interface Step {
  name?: string;
  'continue-on-error'?: boolean;
  id?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  'runs-on': string;
  container?: string;
  needs?: string | string[];
  environment?: { name: string };
  steps: Step[];
}
interface Workflow {
  on: Record<string, { branches?: string[] } | null>;
  permissions: Record<string, string>;
  jobs: Record<string, Job>;
}

function readWorkflow(name: string): Workflow {
  const text = readFileSync(join(projectRoot, '.github/workflows', name), 'utf8');
  const document = parseDocument(text);
  expect(document.errors, name).toEqual([]);
  return document.toJS() as Workflow;
}

/** Index of the first step that runs `command` or uses `action`; fails the test if there is none. */
function stepIndex(steps: Step[], match: { run?: string; uses?: string }): number {
  const index = steps.findIndex((step) => (match.run ? step.run?.split('\n').some((line) => line.trim() === match.run) : step.uses?.startsWith(`${match.uses}@`)));
  expect(index, JSON.stringify(match)).toBeGreaterThanOrEqual(0);
  return index;
}

describe('GitHub workflow for pull requests', () => {
  const workflow = readWorkflow('ci.yml');
  const steps = Object.values(workflow.jobs)[0].steps;

  it('runs on pull requests with read-only permissions', () => {
    expect(Object.keys(workflow.on)).toContain('pull_request');
    expect(workflow.permissions).toEqual({ contents: 'read' });
  });

  it('installs, checks, tests, builds and uploads the site, in that order', () => {
    const order = [
      stepIndex(steps, { uses: 'actions/checkout' }),
      stepIndex(steps, { run: 'npm ci' }),
      stepIndex(steps, { run: 'npm run check' }),
      stepIndex(steps, { run: 'npm test' }),
      stepIndex(steps, { run: 'npm run build' }),
      stepIndex(steps, { uses: 'actions/upload-artifact' }),
    ];
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(steps[order.at(-1)!].with).toMatchObject({ path: 'dist/', 'if-no-files-found': 'error' });
  });

  it('audits runtime dependencies as an advisory step that cannot fail the run', () => {
    const audit = steps[stepIndex(steps, { run: 'npm audit --omit=dev --audit-level=high' })];
    expect(audit['continue-on-error']).toBe(true);
    expect(stepIndex(steps, { run: 'npm audit --omit=dev --audit-level=high' })).toBeGreaterThan(stepIndex(steps, { run: 'npm ci' }));
  });

  it('installs Debian Chromium with apt-get before the tests, and checks out the full history', () => {
    expect(Object.values(workflow.jobs)[0].container).toMatch(/bookworm|trixie/);
    const install = steps.findIndex((step) => /apt-get install .*\bchromium\b/.test(step.run ?? ''));
    expect(install).toBeGreaterThanOrEqual(0);
    expect(install).toBeLessThan(stepIndex(steps, { run: 'npm test' }));
    expect(steps[stepIndex(steps, { uses: 'actions/checkout' })].with).toMatchObject({ 'fetch-depth': 0 });
  });
});

describe('GitHub workflow for deployment', () => {
  const workflow = readWorkflow('deploy.yml');

  it('runs on the main branch with the permissions Pages needs', () => {
    expect(workflow.on.push?.branches).toEqual(['main']);
    expect(workflow.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
  });

  it('builds with the Pages base path and deploys the build', () => {
    const build = workflow.jobs.build.steps;
    const pages = build[stepIndex(build, { uses: 'actions/configure-pages' })];
    const buildStep = build[stepIndex(build, { run: 'npm run build' })];
    expect(buildStep.env).toEqual({ SITE_URL: `\${{ steps.${pages.id}.outputs.origin }}`, BASE_PATH: `\${{ steps.${pages.id}.outputs.base_path }}/` });
    expect(build[stepIndex(build, { uses: 'actions/upload-pages-artifact' })].with).toEqual({ path: 'dist' });

    const deploy = workflow.jobs.deploy;
    expect(deploy.needs).toBe('build');
    expect(deploy.environment?.name).toBe('github-pages');
    stepIndex(deploy.steps, { uses: 'actions/deploy-pages' });
  });

  it('unpacks a private overlay from a secret before the build, only when the secret is set', () => {
    const build = workflow.jobs.build.steps;
    const overlay = build.findIndex((step) => step.env?.PRIVATE_CONTENT_TAR === '${{ secrets.PRIVATE_CONTENT_TAR }}');
    expect(overlay).toBeGreaterThanOrEqual(0);
    expect(overlay).toBeLessThan(stepIndex(build, { run: 'npm run build' }));
    expect(build[overlay].run).toMatch(/if \[ -n "\$PRIVATE_CONTENT_TAR" \]; then[\s\S]*echo "PRIVATE_CONTENT_DIR=[^"]+" >> "\$GITHUB_ENV"[\s\S]*fi/);
  });

  it('restores the build cache (booklet PDFs, content-check readings) before the build', () => {
    const build = workflow.jobs.build.steps;
    const cache = stepIndex(build, { uses: 'actions/cache' });
    expect(build[cache].with).toMatchObject({ path: '.astro/cache', 'restore-keys': 'build-cache-' });
    expect(cache).toBeLessThan(stepIndex(build, { run: 'npm run build' }));
  });

  it('pins every action to a major version', () => {
    for (const file of ['ci.yml', 'deploy.yml']) {
      const uses = Object.values(readWorkflow(file).jobs).flatMap((job) => job.steps.map((step) => step.uses).filter(Boolean));
      for (const action of uses) expect(action, file).toMatch(/^[\w-]+\/[\w-]+@v\d+$/);
    }
  });
});

describe('Dependabot configuration', () => {
  const text = readFileSync(join(projectRoot, '.github/dependabot.yml'), 'utf8');
  const config = parse(text) as {
    version: number;
    updates: { 'package-ecosystem': string; directory: string; schedule: { interval: string }; groups?: Record<string, { patterns: string[] }> }[];
  };

  it('updates npm packages and GitHub Actions weekly, each ecosystem grouped into one pull request', () => {
    expect(config.version).toBe(2);
    expect(config.updates.map((update) => update['package-ecosystem']).sort()).toEqual(['github-actions', 'npm']);
    for (const update of config.updates) {
      expect(update.directory).toBe('/');
      expect(update.schedule.interval).toBe('weekly');
      expect(Object.values(update.groups ?? {}).map((group) => group.patterns)).toEqual([['*']]);
    }
  });
});

describe('GitLab CI example in docs/gitlab-ci.md', () => {
  const markdown = readFileSync(join(projectRoot, 'docs/gitlab-ci.md'), 'utf8');
  const example = /```yaml\n# \.gitlab-ci\.yml\n([\s\S]*?)```/.exec(markdown)?.[1] ?? '';
  const config = parse(example) as Record<string, { script?: string[]; rules?: { if: string }[]; artifacts?: { paths: string[] }; pages?: { publish: string } }> & {
    default: { image: string; before_script: string[] };
  };

  it('parses, installs Chromium and the packages, and checks, tests and builds merge requests', () => {
    expect(config.default.image).toMatch(/bookworm/);
    expect(config.default.before_script.join('\n')).toMatch(/apt-get install .*chromium[\s\S]*npm ci/);
    expect(config.check.script).toEqual(['npm run check', 'npm test', 'npm run build']);
    expect(config.check.rules?.[0].if).toContain('merge_request_event');
    expect(config.check.artifacts?.paths).toEqual(['dist/']);
  });

  it('publishes dist/ with GitLab Pages from the default branch, with the base path set', () => {
    expect(config.pages.rules?.[0].if).toBe('$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH');
    expect(config.pages.script?.join('\n')).toMatch(/export BASE_PATH=[\s\S]*npm run build/);
    expect(config.pages.pages?.publish).toBe('dist');
  });
});
