import { mkdtempSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startSharedChromium } from './helpers/browser.ts';
import './helpers/example-site.ts';
import { buildSiteAsync, exampleBuildEnv, projectRoot } from './helpers/project.ts';

/**
 * Starts building the example playbook, with its private overlay, once for the whole run; build
 * and browser tests read the same output (test/helpers/example-site.ts waits for it). The build
 * runs in the background, so the unit tests, which run first, use the time. Starts one Chromium
 * that every browser test file connects to, and stops it after.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const outDir = mkdtempSync(join(tmpdir(), 'pmo-dist-'));
  const statusFile = `${outDir}.status.json`;
  const building = buildSiteAsync(projectRoot, outDir, { env: exampleBuildEnv }).then(({ status, output }) => {
    // Written whole, then renamed: a reader never sees half a file.
    writeFileSync(`${statusFile}.part`, JSON.stringify({ status, output }));
    renameSync(`${statusFile}.part`, statusFile);
  });
  project.provide('exampleSite', { outDir, statusFile });
  const chromium = await startSharedChromium();
  project.provide('chromiumEndpoint', chromium?.wsEndpoint() ?? '');
  return async () => {
    await building;
    await chromium?.close();
  };
}
