import { renameSync, writeFileSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { startSharedChromium } from './helpers/browser.ts';
import './helpers/example-site.ts';
import { buildEnv, buildSiteAsync, exampleBuildEnv, newOutDir, projectRoot, seedSharedDiagramCache } from './helpers/project.ts';
import { startWarmAstroPool } from './helpers/warm-astro-pool.ts';

interface SharedRun {
  exampleSite: { outDir: string; statusFile: string };
  chromiumEndpoint: string;
  warmAstroPool: string;
  stop(): Promise<void>;
}

/**
 * Starts building the example playbook, with its private overlay, once for the whole run; build
 * and browser tests read the same output (test/helpers/example-site.ts waits for it). The build
 * runs in the background, so the unit tests and the fixture builds, which run first, use the time.
 * Starts one Chromium that every browser test file connects to, two warm Astro builders for the
 * fixture builds (one per core), and gives fixture builds the committed diagrams they draw.
 */
async function startRun(): Promise<SharedRun> {
  seedSharedDiagramCache();
  const outDir = newOutDir();
  const statusFile = `${outDir}.status.json`;
  const building = buildSiteAsync(projectRoot, outDir, { env: exampleBuildEnv }).then(({ status, output }) => {
    // Written whole, then renamed: a reader never sees half a file.
    writeFileSync(`${statusFile}.part`, JSON.stringify({ status, output }));
    renameSync(`${statusFile}.part`, statusFile);
  });
  const chromium = await startSharedChromium();
  const builders = await startWarmAstroPool(2, projectRoot, buildEnv({}));
  return {
    exampleSite: { outDir, statusFile },
    chromiumEndpoint: chromium?.wsEndpoint() ?? '',
    warmAstroPool: builders.url,
    stop: async () => {
      await building;
      await chromium?.close();
      await builders.close();
    },
  };
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const run = await startRun();
  project.provide('exampleSite', run.exampleSite);
  project.provide('chromiumEndpoint', run.chromiumEndpoint);
  project.provide('warmAstroPool', run.warmAstroPool);
  return run.stop;
}
