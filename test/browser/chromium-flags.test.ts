import type { Browser, CDPSession } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unusedChromeFeatures } from '../../src/lib/chromium/find-chromium.ts';
import { launchChromium } from '../helpers/browser.ts';

let browser: Browser;
let browserSession: CDPSession;

beforeAll(async () => {
  // A browser of its own: Chromium tells its command line only to a browser started for automation.
  browser = await launchChromium(['--enable-automation']);
  browserSession = await browser.newBrowserCDPSession();
});
afterAll(async () => {
  await browser?.close();
});

describe('the flags the project starts Chromium with', () => {
  it("keep every feature playwright-core turns off in the one --disable-features Chromium reads, and add the project's", async () => {
    const { arguments: commandLine } = await browserSession.send('Browser.getBrowserCommandLine');
    const featureLists = commandLine.filter((argument) => argument.startsWith('--disable-features=')).map((argument) => argument.slice('--disable-features='.length).split(','));
    // playwright-core's own list and the project's, in that order: Chromium reads only the last.
    expect(featureLists.length).toBeGreaterThanOrEqual(2);
    const honoured = featureLists.at(-1)!;
    for (const list of featureLists) expect(honoured).toEqual(expect.arrayContaining(list));
    expect(honoured).toEqual(expect.arrayContaining(unusedChromeFeatures));
  });

  it('start one renderer for a new window and open nothing but its page: no spare renderer, no address-bar popups', async () => {
    const context = await browser.newContext();
    try {
      await context.newPage();
      const { processInfo } = await browserSession.send('SystemInfo.getProcessInfo');
      expect(processInfo.filter(({ type }) => type === 'renderer')).toHaveLength(1);
      const { targetInfos } = await browserSession.send('Target.getTargets');
      // Chrome's own pages for a window are targets of type "browser_ui".
      expect(targetInfos.map(({ type, url }) => `${type} ${url}`)).toEqual(['page about:blank']);
    } finally {
      await context.close();
    }
  });
});
