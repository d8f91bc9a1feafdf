import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { type ChromiumFound, type ChromiumSearch, findChromium } from './find-chromium.ts';

export interface PlaywrightLookup {
  env: Record<string, string | undefined>;
  platform?: NodeJS.Platform;
  exists?: (path: string) => boolean;
  /** Where playwright-core says its Chromium is; loading playwright-core takes about 0.45 s of CPU. */
  askPlaywright?: () => Promise<string>;
}

const askPlaywrightCore = async () => (await import('playwright-core')).chromium.executablePath();

/**
 * Where a Playwright-managed Chromium would be, or undefined when playwright-core cannot have
 * installed one. On Linux without PLAYWRIGHT_BROWSERS_PATH, Playwright keeps its browsers in
 * `$XDG_CACHE_HOME/ms-playwright` (or `~/.cache/ms-playwright`); when that folder does not
 * exist, playwright-core is not loaded just to name a path that cannot exist. In every other
 * case playwright-core is asked.
 */
export async function playwrightManagedPath({ env, platform = process.platform, exists = existsSync, askPlaywright = askPlaywrightCore }: PlaywrightLookup): Promise<string | undefined> {
  if (platform === 'linux' && !env.PLAYWRIGHT_BROWSERS_PATH) {
    const browsersFolder = join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'ms-playwright');
    if (!exists(browsersFolder)) return undefined;
  }
  try {
    return await askPlaywright();
  } catch {
    // playwright-core is a dependency; without it there is simply no managed Chromium.
    return undefined;
  }
}

/** The search for a Chromium that the build, its scripts and the tests all make (see `findChromium`). */
export async function projectChromiumSearch(): Promise<ChromiumSearch> {
  return { env: process.env, playwrightManagedPath: await playwrightManagedPath({ env: process.env }) };
}

/** The Chromium the build, its scripts and the tests would use, or undefined when there is none. */
export async function findProjectChromium(): Promise<ChromiumFound | undefined> {
  return findChromium(await projectChromiumSearch());
}
