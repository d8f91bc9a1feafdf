import { beforeAll, describe, expect, it } from 'vitest';
import { lastUpdatedByFile } from '../../src/lib/reviews/git-history.ts';
import { addMonths } from '../../src/lib/dates/calendar-date.ts';
import { validateContent } from '../../src/lib/validation/validate-content.ts';
import { fixtureReviewDate, stageFile, validContentFiles } from '../helpers/content-fixture.ts';
import { attributeValues, builtPages } from '../helpers/dist.ts';
import { buildSiteWarm, fixtureProject, projectRoot, type BuildResult } from '../helpers/project.ts';
import { exampleSiteDir } from '../helpers/example-site.ts';

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
const section = (html: string, className: string) => html.match(new RegExp(`class="[^"]*${className}[^"]*"[\\s\\S]*?</(p|footer)>`))?.[0] ?? '';

const pages = builtPages(await exampleSiteDir());

describe('ownership and freshness on the example site', () => {
  const content = validateContent(projectRoot).content;
  const gitDates = lastUpdatedByFile(projectRoot, ['content', 'playbooks']);

  it('shows owner, review dates, last update and an edit link on every stage page', () => {
    for (const stage of content.stages) {
      const html = pages.get(`/playbooks/${stage.id}/`)!;
      const review = text(section(html, 'page-review'));
      expect(review).toContain(`Page owner: ${content.roles.find((role) => role.id === stage.data.owner)!.data.title}`);
      expect(review).toContain(`Reviewed on`);
      expect(attributeValues(section(html, 'page-review'), 'time', 'datetime')[0]).toBe(stage.data.lastReviewed);
      const footer = section(html, 'page-source');
      expect(attributeValues(footer, 'a', 'href')).toEqual([`https://github.com/northwind-logistics/pmo-playbook/edit/main/${stage.source.file}`]);
      // The example is built from a git checkout in development and CI; a source tarball has no history.
      const committed = gitDates.get(stage.source.file);
      if (committed) expect(attributeValues(footer, 'time', 'datetime')).toEqual([committed]);
    }
  });

  it('shows the review line on role, playbook, scope and objective pages too', () => {
    for (const path of ['/roles/pmo-director/', '/playbooks/pmo-setup/', '/scope/', '/objectives/']) {
      expect(text(section(pages.get(path)!, 'page-review')), path).toMatch(/Page owner: .+ · Reviewed on .+ · Next review by .+/);
    }
    expect(attributeValues(pages.get('/roles/pmo-director/')!, 'a', 'href')).toContain('https://github.com/northwind-logistics/pmo-playbook/edit/main/content/roles/pmo-director.yaml');
  });
});

describe('review report and overdue notice', () => {
  // A year after every fixture page was reviewed: 12-month pages fall due today, the 6-month stage is overdue.
  const today = addMonths(fixtureReviewDate, 12);
  const files = validContentFiles();
  files['playbooks/setup/first.mdx'] = stageFile(1, 'first-item').replace('reviewEveryMonths: 12', 'reviewEveryMonths: 6');
  files['content/roles/sponsor.yaml'] = files['content/roles/sponsor.yaml'].replace('reviewEveryMonths: 12', 'reviewEveryMonths: 24');
  let build: BuildResult;
  let pages: Map<string, string>;

  beforeAll(async () => {
    // Review dates are all this file reads: no booklet PDF, which saves a browser start.
    build = await buildSiteWarm(fixtureProject(files), undefined, { env: { BOOKLET_PDF: 'off', PMO_TODAY: today } });
    pages = builtPages(build.outDir);
  });

  it('builds, and warns about the overdue page while building', () => {
    expect(build.status, build.output).toBe(0);
    expect(build.output).toContain('playbooks/setup/first.mdx:7:1  warning  lastReviewed  Review overdue since');
  });

  it('marks the overdue page with a notice and leaves the others alone', () => {
    expect(text(pages.get('/playbooks/setup/first/')!)).toContain('Review overdue. This page should have been reviewed by');
    // The markup, not the name: the notice's scoped styles come with every page that can show it.
    expect(pages.get('/playbooks/setup/second/')).not.toContain('class="notice notice--overdue"');
    expect(pages.get('/playbooks/setup/first/')).toContain('class="notice notice--overdue"');
  });

  it('lists overdue and due pages by owner on /reviews/, without the pages still current', () => {
    const page = text(pages.get('/reviews/')!);
    expect(page).toContain('1 page overdue, 5 pages due soon, 1 page up to date.');
    const html = pages.get('/reviews/')!;
    expect([...html.matchAll(/<h2 id="([^"]+)"/g)].map((match) => match[1])).toEqual(['owner-pmo-lead']);
    const list = html.slice(html.indexOf('class="review-list"'), html.indexOf('</ul>', html.indexOf('class="review-list"')));
    expect(attributeValues(list, 'a', 'href')).toEqual(['/playbooks/setup/first/', '/roles/pmo-lead/', '/scope/', '/objectives/#visibility', '/playbooks/setup/', '/playbooks/setup/second/']);
  });

  it('shows no "last updated" date outside a git checkout, and still links to the file', () => {
    const footer = section(pages.get('/playbooks/setup/second/')!, 'page-source');
    expect(footer).not.toContain('Last updated');
    expect(attributeValues(footer, 'a', 'href')).toEqual(['https://example.com/example/playbook/edit/main/playbooks/setup/second.mdx']);
  });
});
