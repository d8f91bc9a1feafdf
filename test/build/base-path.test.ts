import { beforeAll, describe, expect, it } from 'vitest';
import { stageFile, validContentFiles } from '../helpers/content-fixture.ts';
import { attributeValues, builtPages } from '../helpers/dist.ts';
import { buildSite, fixtureProject, type BuildResult } from '../helpers/project.ts';

// A GitHub Pages project site lives under /<repository>/; deploy.yml builds with BASE_PATH set so.
describe('site built for a project page under a base path', () => {
  let build: BuildResult;
  let pages: Map<string, string>;

  beforeAll(() => {
    const files = validContentFiles();
    files['playbooks/setup/first.mdx'] = `${stageFile(1, 'first-item')}
See the [scope](/scope/#scope-thresholds), the [next stage](../second/), [a role](/roles/sponsor/) and ![the map](/favicon.svg).
`;
    process.env.BASE_PATH = '/pmo-playbook/';
    try {
      build = buildSite(fixtureProject(files));
    } finally {
      delete process.env.BASE_PATH;
    }
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
});
