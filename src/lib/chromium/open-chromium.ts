import type { Browser } from 'playwright-core';
import { chromiumEndpointVariable, chromiumFlags, type ChromiumSource } from './find-chromium.ts';

/**
 * Starts the Chromium binary, or connects to the running one. Closing a connected browser closes
 * only this connection and its contexts, so a shared browser outlives the build.
 */
export async function openChromium(source: ChromiumSource): Promise<Browser> {
  // Loaded here, not at the top: a build whose diagrams and booklets are all cached never needs it.
  const { chromium } = await import('playwright-core');
  if (source.path !== undefined) return chromium.launch({ executablePath: source.path, args: chromiumFlags });
  try {
    return await chromium.connect(source.endpoint, { timeout: 15_000 });
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0];
    throw new Error(
      `${chromiumEndpointVariable} is set to ${source.endpoint}, but no browser answered there (${reason}). Start that browser again, or unset ${chromiumEndpointVariable} so that the build starts Chromium itself.`,
    );
  }
}
