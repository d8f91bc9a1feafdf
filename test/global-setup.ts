import type { TestProject } from 'vitest/node';
import { startSharedChromium } from './helpers/browser.ts';
import { buildSite, exampleBuildEnv, projectRoot } from './helpers/project.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Folder holding the example site, built once for the whole run. */
    exampleSiteDir: string;
  }
}

/**
 * Builds the example playbook once, with its private overlay; build and browser tests read the
 * same output. Starts one Chromium that every browser test file connects to, and stops it after.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const build = buildSite(projectRoot, undefined, { env: exampleBuildEnv });
  if (build.status !== 0) throw new Error(`The example site did not build:\n${build.output}`);
  project.provide('exampleSiteDir', build.outDir);
  const chromium = await startSharedChromium();
  project.provide('chromiumEndpoint', chromium?.wsEndpoint() ?? '');
  return async () => {
    await chromium?.close();
  };
}
