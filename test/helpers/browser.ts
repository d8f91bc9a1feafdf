import { chromium, type Browser } from 'playwright-core';
import { chromiumFlags, findChromium, installChromiumAdvice } from '../../src/lib/find-chromium.ts';

/**
 * Launches the Chromium the project would use, with a fresh profile. Fails loudly when there
 * is none: a browser test must never pass because it could not run.
 */
export async function launchChromium(): Promise<Browser> {
  const found = findChromium({ env: process.env, playwrightManagedPath: chromium.executablePath() });
  if (!found) throw new Error(installChromiumAdvice);
  return chromium.launch({ executablePath: found.path, args: chromiumFlags });
}
