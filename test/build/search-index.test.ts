import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateContent } from '../../src/lib/validation/validate-content.ts';
import { attributeValues, builtPages } from '../helpers/dist.ts';
import { projectRoot } from '../helpers/project.ts';
import { exampleSiteDir } from '../helpers/example-site.ts';

// The expected pages come from the content files as the checker reads them, not from the site code.
const content = validateContent(projectRoot).content;
const outDir = await exampleSiteDir();
let pages: Map<string, string>;

beforeAll(() => {
  pages = builtPages(outDir);
});

const indexedPaths = () => [
  ...content.playbooks.map((playbook) => `/playbooks/${playbook.id}/`),
  ...content.stages.map((stage) => `/playbooks/${stage.id}/`),
  ...content.roles.map((role) => `/roles/${role.id}/`),
  '/objectives/',
  '/scope/',
  '/governance/',
  ...content.raci.map((matrix) => `/governance/raci/${matrix.id}/`),
  ...content.plans.map((plan) => `/plans/${plan.id}/`),
  ...(content.metrics.length > 0 ? ['/metrics/'] : []),
  ...(content.stakeholders.length > 0 ? ['/stakeholders/'] : []),
  ...(content.comms.length > 0 ? ['/comms/'] : []),
  '/raid/',
  // A plan's RAID log is indexed once something is logged against the plan.
  ...content.plans.filter((plan) => [...content.risks, ...content.issues, ...content.assumptions, ...content.dependencies].some((item) => item.data.belongsTo.plan === plan.id)).map((plan) => `/raid/${plan.id}/`),
  ...content.statusReports.map((report) => `/status/${report.id}/`),
  ...(content.services.length > 0 ? ['/services/'] : []),
  ...(content.prioritisation.length > 0 ? ['/prioritisation/'] : []),
  ...content.scope.filter((scope) => scope.data.intakeForm).map((scope) => `/scope/${scope.id}/intake-form/`),
  ...(content.gates.length > 0 ? ['/governance/gates/'] : []),
  ...(content.glossary.length > 0 ? ['/glossary/'] : []),
  ...(content.maturityModel.length > 0 ? ['/improve/maturity/'] : []),
  ...content.benefits.map((benefit) => `/improve/benefits/${benefit.id}/`),
  ...(content.lessons.length > 0 ? ['/improve/lessons/'] : []),
  ...(content.improvements.length > 0 ? ['/improve/backlog/'] : []),
];

/** The part of a page Pagefind indexes: from the data-pagefind-body element to its closing tag. */
function indexedRegion(html: string): string {
  const start = html.search(/<article\b[^>]*\sdata-pagefind-body/);
  return html.slice(start, html.indexOf('</article>', start));
}

const fieldValues = (html: string, kind: 'filter' | 'meta' | 'sort', key: string) =>
  [...html.matchAll(new RegExp(`data-pagefind-${kind}="${key}\\[data-value\\]" data-value="([^"]*)"`, 'g'))].map((match) => match[1].replaceAll('&amp;', '&'));

describe('search index in the build', () => {
  it('is written by `astro build` itself, under pagefind/', () => {
    for (const file of ['pagefind.js', 'pagefind-entry.json']) expect(existsSync(join(outDir, 'pagefind', file)), file).toBe(true);
    expect(readdirSync(join(outDir, 'pagefind', 'fragment')).length).toBe(indexedPaths().length);
  });

  it('indexes the main content of every content page, and of no other page', () => {
    for (const path of indexedPaths()) {
      const html = pages.get(path);
      expect(html, path).toBeDefined();
      expect(html!.match(/data-pagefind-body/g), path).toHaveLength(1);
      const region = indexedRegion(html!);
      expect(region, path).toContain('<h1');
      for (const chrome of ['class="site-nav', 'class="site-footer', 'class="toc"', 'class="breadcrumbs', 'class="header-search']) expect(region, `${path} ${chrome}`).not.toContain(chrome);
    }
    for (const path of ['/', '/roles/', '/search/', '/404.html']) expect(pages.get(path), path).not.toContain('data-pagefind-body');
  });

  it('keeps the stage pager out of the index', () => {
    const html = pages.get('/playbooks/pmo-setup/establish-governance/')!;
    expect(html).toMatch(/<nav class="pager"[^>]*data-pagefind-ignore/);
  });

  it('files each stage under its type, playbook, stage and roles, with its number as the sort key', () => {
    for (const stage of content.stages) {
      const html = pages.get(`/playbooks/${stage.id}/`)!;
      const playbook = content.playbooks.find((candidate) => stage.id.startsWith(`${candidate.id}/`))!;
      const roleTitle = (id: string) => content.roles.find((role) => role.id === id)!.data.title;
      expect(fieldValues(html, 'filter', 'type')).toEqual(['Stage']);
      expect(fieldValues(html, 'filter', 'playbook')).toEqual([playbook.data.title]);
      expect(fieldValues(html, 'filter', 'stage')).toEqual([`${playbook.data.title} › ${stage.data.stage}. ${stage.data.title}`]);
      expect(fieldValues(html, 'filter', 'role').sort()).toEqual([...new Set([stage.data.owner, ...stage.data.roles])].map(roleTitle).sort());
      expect(fieldValues(html, 'sort', 'stage')).toEqual([String(stage.data.stage)]);
    }
  });

  it('files each role page under the role itself', () => {
    for (const role of content.roles) {
      const html = pages.get(`/roles/${role.id}/`)!;
      expect(fieldValues(html, 'filter', 'type')).toEqual(['Role']);
      expect(fieldValues(html, 'filter', 'role')).toEqual([role.data.title]);
      expect(fieldValues(html, 'sort', 'stage')).toEqual([]);
    }
  });

  it('gives every indexed page the title its heading shows', () => {
    for (const path of indexedPaths()) {
      const html = pages.get(path)!;
      const heading = html.match(/<h1[^>]*>([\s\S]*?)<\/h1>/)![1].replace(/<[^>]+>/g, '').replaceAll('&amp;', '&').trim();
      expect(fieldValues(html, 'meta', 'title'), path).toEqual([heading]);
    }
  });

  it('lists every indexed page, once, in the plain index on the search page', () => {
    const html = pages.get('/search/')!;
    const start = html.indexOf('data-search-index');
    const index = html.slice(start, html.indexOf('</site-search>', start));
    const links = attributeValues(index, 'a', 'href');
    expect(links.sort()).toEqual(indexedPaths().sort());
  });
});
