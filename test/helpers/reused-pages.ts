import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';

/**
 * Pages a test file reuses: one browser context and page per set of context options, handed to
 * the file's tests one after another, each time set back to what a new context's page shows.
 *
 * A new context and its first page cost Chromium about 0.7 core-s on these machines (a browser
 * profile and a renderer process each), against 0.3 for loading a page in a page that exists.
 * Before Chromium left out Chrome's unused features (`unusedChromeFeatures`) a context cost 1.2,
 * and 30 loads of example pages took 47 core-s one context each against 10 in one page; the
 * browser files opened 82 contexts.
 */
export interface ReusedPages {
  /**
   * The page for `options`, as a new context would give it to the next test: the storage of the
   * site it showed cleared, no dialog handler left, screen media and the options' colour scheme.
   * It still shows the last document until the caller loads one.
   */
  page(options?: BrowserContextOptions): Promise<Page>;
}

/** `prepare` runs once on each context as it is made, before its page opens (init scripts, say). */
export function reusedPages(browser: Browser, prepare?: (context: BrowserContext) => Promise<void>): ReusedPages {
  const pages = new Map<string, Page>();
  return {
    async page(options = {}) {
      const key = JSON.stringify(options);
      const kept = pages.get(key);
      if (kept && !kept.isClosed()) {
        await setBack(kept, options);
        return kept;
      }
      const context = await browser.newContext(options);
      await prepare?.(context);
      const page = await context.newPage();
      pages.set(key, page);
      return page;
    },
  };
}

/** What the tests change on a page and a new context would not have: stored data, a dialog handler, emulated media. */
async function setBack(page: Page, options: BrowserContextOptions): Promise<void> {
  page.removeAllListeners('dialog');
  // The sites under test keep the reader's ticks and answers in localStorage, in their own origin.
  if (/^https?:/.test(page.url())) {
    await page.evaluate(() => {
      localStorage.clear();
      sessionStorage.clear();
    });
  }
  await page.emulateMedia({ media: null, colorScheme: options.colorScheme ?? 'light' });
}
