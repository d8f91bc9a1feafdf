import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { watchPages } from '../helpers/page-watch.ts';
import { projectRoot } from '../helpers/project.ts';
import { openSite } from '../helpers/site-under-test.ts';

// every-page.test.ts loads every page of the example, in both colour schemes, with this watch and
// expects no request to another origin; this file shows the watch catches one.
describe('requests made by the pages in a browser', () => {
  it('are caught and aborted when a page loads something from another origin', async () => {
    const fixture = await openSite(join(projectRoot, 'test/fixtures/quality/links'));
    try {
      const context = await fixture.browser.newContext();
      const watch = await watchPages(context, fixture.server.origin);
      const page = await context.newPage();
      watch.at('/');
      await page.goto(fixture.url('/'), { waitUntil: 'load' });
      await context.close();
      expect(watch.foreignRequests.sort()).toEqual(['/ -> https://cdn.example.com/theme.css', '/ -> https://images.example.com/depot.png']);
    } finally {
      await fixture.close();
    }
  });
});
