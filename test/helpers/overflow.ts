import type { Page } from 'playwright-core';

/** Elements that stick out past the right edge of the window, described for the failure message. */
export function overflowingElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const scrollWidth = document.documentElement.scrollWidth;
    if (scrollWidth <= width) return [];
    const culprits = [...document.querySelectorAll('body *')]
      .filter((element) => element.checkVisibility() && element.getBoundingClientRect().right > width + 0.5)
      .slice(0, 5)
      .map((element) => `<${element.localName} class="${element.className}"> right edge at ${Math.round(element.getBoundingClientRect().right)}px`);
    return [`${scrollWidth}px wide in a ${width}px window`, ...culprits];
  });
}
