import { existsSync } from 'node:fs';

/** Environment variable that names a Chromium or Chrome binary to use. */
export const chromiumPathVariable = 'CHROMIUM_PATH';

/** Debian's package puts it here (`apt-get install -y chromium`). */
export const systemChromiumPath = '/usr/bin/chromium';

export interface ChromiumSearch {
  env: Record<string, string | undefined>;
  /** Where a Playwright-managed Chromium would be (`chromium.executablePath()` of playwright-core). */
  playwrightManagedPath?: string;
  exists?: (path: string) => boolean;
}

export interface ChromiumFound {
  path: string;
  source: 'environment' | 'playwright' | 'system';
}

/** The Chromium to drive: the environment variable first, then Playwright's, then Debian's. */
export function findChromium({ env, playwrightManagedPath, exists = existsSync }: ChromiumSearch): ChromiumFound | undefined {
  const fromEnv = env[chromiumPathVariable];
  if (fromEnv) {
    if (!exists(fromEnv)) throw new Error(`${chromiumPathVariable} is set to ${fromEnv}, but there is no file there.`);
    return { path: fromEnv, source: 'environment' };
  }
  if (playwrightManagedPath && exists(playwrightManagedPath)) return { path: playwrightManagedPath, source: 'playwright' };
  if (exists(systemChromiumPath)) return { path: systemChromiumPath, source: 'system' };
  return undefined;
}

/** What to tell someone who has no Chromium. */
export const installChromiumAdvice = [
  'No Chromium was found. Install one of:',
  '  Debian/Ubuntu (as root): apt-get update && apt-get install -y chromium',
  '  Where downloads work:    npx playwright install chromium',
  `  Or point ${chromiumPathVariable} at a Chromium or Chrome binary.`,
].join('\n');

/**
 * The features playwright-core (1.65) turns off when it launches Chromium. Chromium honours only
 * the last `--disable-features` on its command line, so a launch that turns off more must repeat
 * them; a browser test fails when playwright-core's own list gains one that is missing here.
 */
const playwrightDisabledFeatures = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
];

/**
 * Chrome features that only cost the project's browsers work, each measured on these machines:
 * - `WebUIOmniboxPopup`, `WebUIOmniboxAimPopup`: the address-bar popups, WebUI pages that every
 *   new window loads in a renderer of its own even when headless, and that follow every page
 *   load. Nothing here types into an address bar. Without them a new context and page took
 *   Chromium about 0.5 core-s less (20 of them: 16.0 against 25.7 core-s), and 50 audited page
 *   loads in one page 2 to 4 core-s less.
 * - `SpareRendererForSitePerProcess`: a second renderer started with each new window for a site
 *   it might open next, which a context of one page never uses: 20 new contexts took their
 *   renderers 5.6 and 6.6 core-s without it, against 8.3 and 9.4.
 * - `RenderDocument`: a new frame in the renderer for every page load of the same site, to which
 *   the browser hands its DevTools state again, scripts added for each new document included.
 *   40 page loads with axe (500 KB) added to each took Chromium's browser process 3.9–4.6 core-s
 *   without it against 6.1–6.3, and the renderer 10.0–11.5 against 12.2–12.3; 40 plain loads
 *   about 1 core-s less in all.
 */
export const unusedChromeFeatures = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup', 'SpareRendererForSitePerProcess', 'RenderDocument'];

/** Flags for headless Chromium on a closed network (no background requests, no sandbox as root). */
export const chromiumFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  `--disable-features=${[...playwrightDisabledFeatures, ...unusedChromeFeatures].join(',')}`,
];
