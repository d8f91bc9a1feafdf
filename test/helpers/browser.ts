import { chromium, type Browser, type BrowserServer, type Download } from 'playwright-core';
import { chromiumFlags, installChromiumAdvice } from '../../src/lib/chromium/find-chromium.ts';
import { findProjectChromium } from '../../src/lib/chromium/playwright-managed.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** WebSocket endpoint of the Chromium that global setup started for the whole run; '' when none was found. */
    chromiumEndpoint: string;
  }
}

/**
 * The project's flags, with two changes for tests:
 * - V8 compiles and collects garbage on each page's own thread, and compiles no further than its
 *   baseline tier (Sparkplug). The tests load hundreds of short-lived pages, and every page
 *   starts axe's code afresh: background compilation for code that runs once cost Chromium more
 *   CPU than it saved (60 audited pages: 40.0–43.2 core-s against 42.2–48.5), and so did
 *   optimising axe's hot functions again on each page only to throw the result away at the next
 *   navigation (50 audited pages: renderers 14.2–14.8 core-s at `--max-opt=1`, 20.1–23.4 without;
 *   the whole page tour in docs/performance.md).
 * - Scrolling by keyboard is instant, not animated. Files share the browser, and a page's
 *   animated scroll often never ran while another page of the browser was loading: ArrowRight
 *   on a focused scrolling box left it unscrolled in 6 of 20 tries with another page
 *   navigating, and in 0 of 70 with this flag.
 */
const testBrowserFlags = [...chromiumFlags, '--js-flags=--single-threaded --max-opt=1', '--disable-smooth-scrolling'];

/** The Chromium the project would use, failing loudly with install advice when there is none. */
export async function chromiumPath(): Promise<string> {
  const found = await findProjectChromium();
  if (!found) throw new Error(installChromiumAdvice);
  return found.path;
}

/**
 * Starts one Chromium that test files connect to (see `launchChromium`), so a run pays for one
 * browser start instead of one per file. Returns undefined when there is no Chromium: tests that
 * need one then fail loudly in `launchChromium`, and the tests that do not still run.
 */
export async function startSharedChromium(): Promise<BrowserServer | undefined> {
  const found = await findProjectChromium();
  if (!found) return undefined;
  return chromium.launchServer({ executablePath: found.path, args: testBrowserFlags });
}

/**
 * Extra flags for a browser whose pages are only loaded and read, never scrolled, clicked or
 * photographed: the compositor works on each page's main thread instead of a thread of its own.
 * 50 example pages on a phone, loaded and audited with axe, took Chromium 30.0–30.9 core-s this
 * way against 35.8–39.9, alternating. Clicks and screenshots wait on the compositor's thread (on
 * the shared browser with this flag, the browser files' clicks timed out), so it keeps the thread.
 */
export const readOnlyPageFlags = ['--disable-threaded-compositing'];

/** The shared browser's endpoint when running under vitest with global setup, else undefined. */
async function sharedEndpoint(): Promise<string | undefined> {
  if (!process.env.VITEST) return undefined;
  const { inject } = await import('vitest');
  return inject('chromiumEndpoint') || undefined;
}

/**
 * A Chromium the project would use. Under vitest, and with no extra flags, it is a connection to
 * the run's shared browser (its `close()` closes this connection's contexts, not the browser);
 * otherwise a fresh launch.
 * Fails loudly when there is none: a browser test must never pass because it could not run.
 */
export async function launchChromium(extraFlags: string[] = []): Promise<Browser> {
  // Extra flags need a browser of their own.
  const endpoint = extraFlags.length === 0 ? await sharedEndpoint() : undefined;
  if (endpoint) return chromium.connect(endpoint);
  return chromium.launch({ executablePath: await chromiumPath(), args: [...testBrowserFlags, ...extraFlags] });
}

/** A download's text. Read as a stream: `download.path()` is not available on a connected browser. */
export async function downloadedText(download: Download): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
