import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stageFile, validContentFiles } from '../helpers/content-fixture.ts';
import { attributeValues, builtPages } from '../helpers/dist.ts';
import { buildSiteWarm, fixtureProject, type BuildResult } from '../helpers/project.ts';
import { recordSearchRenders, waitForResults } from '../helpers/search-renders.ts';
import { openSite, type SiteUnderTest } from '../helpers/site-under-test.ts';

// A GitHub Pages project site lives under /<repository>/; deploy.yml builds with BASE_PATH set so.
describe('site built for a project page under a base path', () => {
  let build: BuildResult;
  let pages: Map<string, string>;
  let servedFolder: string;

  beforeAll(async () => {
    const files = validContentFiles();
    files['playbooks/setup/first.mdx'] = `${stageFile(1, 'first-item')}
See the [scope](/scope/#scope-thresholds), the [next stage](../second/), [a role](/roles/sponsor/) and ![the map](/favicon.svg).
`;
    // Built into pmo-playbook/ of a folder that is served whole, as the host serves the site.
    servedFolder = mkdtempSync(join(tmpdir(), 'pmo-base-'));
    build = await buildSiteWarm(fixtureProject(files), join(servedFolder, 'pmo-playbook'), { env: { BASE_PATH: '/pmo-playbook/' } });
    pages = builtPages(build.outDir);
  });

  it('puts the base in front of links written from the site root in Markdown', () => {
    expect(build.status, build.output).toBe(0);
    const html = pages.get('/playbooks/setup/first/')!;
    const links = attributeValues(html, 'a', 'href');
    expect(links).toEqual(expect.arrayContaining(['/pmo-playbook/scope/#scope-thresholds', '../second/', '/pmo-playbook/roles/sponsor/']));
    expect(attributeValues(html, 'img', 'src')).toContain('/pmo-playbook/favicon.svg');
  });

  it('leaves no root link without the base on any page', () => {
    for (const [path, html] of pages) {
      const rootLinks = [...attributeValues(html, 'a', 'href'), ...attributeValues(html, 'link', 'href'), ...attributeValues(html, 'img', 'src')].filter(
        (url) => url.startsWith('/') && !url.startsWith('//'),
      );
      expect(rootLinks.filter((url) => !url.startsWith('/pmo-playbook/')), path).toEqual([]);
    }
  });

  describe('in a browser', () => {
    let site: SiteUnderTest;
    beforeAll(async () => {
      expect(build.status, build.output).toBe(0);
      site = await openSite(servedFolder);
    });
    afterAll(() => site?.close());

    it('loads the Pagefind bundle and links results under the base', async () => {
      const context = await site.browser.newContext();
      const requests: string[] = [];
      context.on('request', (request) => requests.push(new URL(request.url()).pathname));
      await recordSearchRenders(context);
      const page = await context.newPage();
      await page.goto(site.url('/pmo-playbook/'));
      await page.locator('#site-search-input').fill('Sponsor');
      await waitForResults(page, 'Sponsor', 0);
      expect(requests).toContain('/pmo-playbook/pagefind/pagefind.js');
      await page.keyboard.press('ArrowDown');
      await Promise.all([page.waitForURL(site.url('/pmo-playbook/roles/sponsor/')), page.keyboard.press('Enter')]);
      await context.close();
    });
  });
});
