import type { CDPSession, Page } from 'playwright-core';

/** A device as Playwright's context options describe it. */
export interface Device {
  viewport: { width: number; height: number };
  deviceScaleFactor?: number;
  isMobile?: boolean;
  hasTouch?: boolean;
}

/** A phone as the layout tests emulate it: 360 px wide, touch, a high-density screen. */
export const phoneProfile = { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true } satisfies Device;

/** A window 1280 px wide with a mouse, as the desktop layout tests emulate it. */
export const desktopProfile = { viewport: { width: 1280, height: 800 } } satisfies Device;

/**
 * Makes `page` show `device` and `colorScheme` without loading it again: the same DevTools calls
 * that playwright-core (1.65) makes for a new context's device options. A page switched to a phone
 * reports what a phone context's page reports (test/browser/every-page.test.ts compares them).
 * One difference remains: once touch has been emulated, turning it off leaves Chromium with no
 * pointer at all, `(pointer: none)` and `(hover: none)`, where a context made without touch has
 * `(pointer: fine)` and `(hover: hover)`.
 */
export async function emulateDevice(page: Page, session: CDPSession, device: Device, colorScheme: 'light' | 'dark'): Promise<void> {
  const { width, height } = device.viewport;
  const isMobile = device.isMobile ?? false;
  // As playwright-core: only a mobile screen turns, and a desktop's counts as landscape.
  const portrait = isMobile && height >= width;
  await session.send('Emulation.setDeviceMetricsOverride', {
    mobile: isMobile,
    width,
    height,
    screenWidth: width,
    screenHeight: height,
    deviceScaleFactor: device.deviceScaleFactor ?? 1,
    screenOrientation: portrait ? { angle: 0, type: 'portraitPrimary' } : { angle: isMobile ? 90 : 0, type: 'landscapePrimary' },
  });
  await session.send('Emulation.setTouchEmulationEnabled', { enabled: device.hasTouch ?? false });
  await page.emulateMedia({ colorScheme });
}

/**
 * Media conditions of the page that ask what pointer the reader has (`pointer`, `hover`,
 * `any-pointer`, `any-hover`), from its style sheets as Chromium parsed them and its `media`
 * attributes. A page switched back from a phone cannot answer them as a desktop would.
 */
export function pointerMediaConditions(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const asksPointer = (media: string) => /\b(any-)?(pointer|hover)\b/.test(media);
    const conditions: string[] = [];
    const visit = (rules: CSSRuleList) => {
      for (const rule of rules) {
        if (rule instanceof CSSMediaRule || rule instanceof CSSImportRule) {
          const media = rule.media.mediaText;
          if (asksPointer(media)) conditions.push(`@media ${media}`);
        }
        if (rule instanceof CSSImportRule && rule.styleSheet) visit(rule.styleSheet.cssRules);
        else if ('cssRules' in rule) visit((rule as CSSGroupingRule).cssRules);
      }
    };
    for (const sheet of document.styleSheets) visit(sheet.cssRules);
    for (const element of document.querySelectorAll('[media]')) {
      const media = element.getAttribute('media')!;
      if (asksPointer(media)) conditions.push(`<${element.localName} media="${media}">`);
    }
    return conditions;
  });
}
