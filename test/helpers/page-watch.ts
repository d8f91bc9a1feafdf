import type { BrowserContext } from 'playwright-core';

/** What a watched context saw while its pages loaded, each line prefixed with the page's path. */
export interface PageWatch {
  /** Content Security Policy violations and the console errors Chromium logs for them. */
  cspViolations: string[];
  /** Requests to any origin but the site's own; they were aborted, so none reached the network. */
  foreignRequests: string[];
  /** Names the page now loading, for the lines above. */
  at(path: string): void;
}

/**
 * Makes every page of `context` record CSP violations and requests to origins other than
 * `siteOrigin`. Call before the context opens its first page.
 */
export async function watchPages(context: BrowserContext, siteOrigin: string): Promise<PageWatch> {
  let current = '';
  const watch: PageWatch = { cspViolations: [], foreignRequests: [], at: (path) => (current = path) };
  await context.exposeBinding('reportCspViolation', ({ page }, text: string) => {
    watch.cspViolations.push(`${new URL(page.url()).pathname}: ${text}`);
  });
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportCspViolation(text: string): void }).reportCspViolation(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sample})`);
    });
  });
  context.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) watch.cspViolations.push(`${current}: ${message.text()}`);
  });
  await context.route(
    (url) => url.origin !== siteOrigin,
    (route) => {
      watch.foreignRequests.push(`${current} -> ${route.request().url()}`);
      return route.abort('blockedbyclient');
    },
  );
  return watch;
}
