import type { BrowserContext, Page } from 'playwright-core';

/** Makes every page of the context log each result set its <site-search> elements render, in window.searchRenders. */
export async function recordSearchRenders(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const renders: { query: string; count: number }[] = [];
    Object.assign(window, { searchRenders: renders });
    document.addEventListener('site-search:rendered', (event) => renders.push((event as CustomEvent).detail));
  });
}

/** How many result sets the page has rendered so far. */
export const renderCount = (page: Page) => page.evaluate(() => (window as unknown as { searchRenders: unknown[] }).searchRenders.length);

/** Waits until search has rendered results once more than `before`, for this query; returns their count. */
export async function waitForResults(page: Page, query: string, before: number): Promise<number> {
  const handle = await page.waitForFunction(
    ({ query, before }) => {
      const renders = (window as unknown as { searchRenders: { query: string; count: number }[] }).searchRenders;
      const last = renders.at(-1);
      return renders.length > before && last?.query === query ? last.count : undefined;
    },
    { query, before },
  );
  return (await handle.jsonValue()) as number;
}
