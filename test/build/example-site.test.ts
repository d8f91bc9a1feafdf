import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateContent } from '../../src/lib/validation/validate-content.ts';
import { attributeValues, builtPages, resolvesInBuild } from '../helpers/dist.ts';
import { projectRoot } from '../helpers/project.ts';
import { exampleSiteDir } from '../helpers/example-site.ts';

// The expected pages come from the content files as the checker reads them, not from the site code.
const content = validateContent(projectRoot).content;
const outDir = await exampleSiteDir();
let pages: Map<string, string>;

beforeAll(() => {
  pages = builtPages(outDir);
});

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/&#39;|&#x27;/g, "'").replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/\s+/g, ' ');

describe('example site build', () => {
  it('lists every page it builds, and only those, in sitemap.xml', () => {
    const sitemap = readFileSync(join(outDir, 'sitemap.xml'), 'utf8');
    const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]).pathname).sort();
    expect(listed).toEqual([...pages.keys()].filter((path) => path.endsWith('/')).sort());
  });

  it('builds the home, overview, reference and 404 pages', () => {
    for (const path of ['/', '/objectives/', '/scope/', '/roles/', '/404.html']) expect(pages.has(path), path).toBe(true);
    for (const playbook of content.playbooks) expect(pages.has(`/playbooks/${playbook.id}/`), playbook.id).toBe(true);
  });

  it('builds one page per stage with its purpose, inputs, outputs, roles and checklist', () => {
    expect(content.stages.length).toBe(12);
    for (const stage of content.stages) {
      const html = pages.get(`/playbooks/${stage.id}/`);
      expect(html, stage.id).toBeDefined();
      const page = text(html!);
      expect(page).toContain(stage.data.title);
      expect(page).toContain(stage.data.purpose);
      for (const input of stage.data.inputs) expect(page).toContain(input);
      for (const output of stage.data.outputs) expect(page).toContain(output.name);
      for (const item of stage.data.checklist) {
        expect(page).toContain(item.text);
        expect(page).toContain(item.evidence);
      }
      expect(attributeValues(html!, 'input', 'type').filter((type) => type === 'checkbox')).toHaveLength(stage.data.checklist.length);
      for (const roleId of stage.data.roles) expect(attributeValues(html!, 'a', 'href')).toContain(`/roles/${roleId}/`);
    }
  });

  it('links each stage to the next one in stage order', () => {
    for (const playbook of content.playbooks) {
      const stages = content.stages.filter((stage) => stage.id.startsWith(`${playbook.id}/`)).sort((a, b) => a.data.stage - b.data.stage);
      stages.slice(0, -1).forEach((stage, index) => {
        const html = pages.get(`/playbooks/${stage.id}/`)!;
        expect(html).toMatch(new RegExp(`href="/playbooks/${stages[index + 1].id}/" rel="next"`));
      });
    }
  });

  it('builds one page per role listing the stages it owns and the checklist items it owns', () => {
    for (const role of content.roles) {
      const html = pages.get(`/roles/${role.id}/`);
      expect(html, role.id).toBeDefined();
      const links = attributeValues(html!, 'a', 'href');
      for (const stage of content.stages.filter((candidate) => candidate.data.owner === role.id)) {
        expect(links).toContain(`/playbooks/${stage.id}/`);
      }
      const owned = content.stages.flatMap((stage) => stage.data.checklist.filter((item) => item.owner === role.id).map((item) => `/playbooks/${stage.id}/#item-${item.id}`));
      for (const link of owned) expect(links).toContain(link);
    }
  });

  it('has only internal links that resolve', () => {
    const broken: string[] = [];
    for (const [path, html] of pages) {
      for (const target of attributeValues(html, 'a', 'href')) {
        if (/^(mailto:|https?:)/.test(target) || target.startsWith('#')) continue;
        // Relative links ("../next-stage/") resolve against the page, as a browser does.
        if (!resolvesInBuild(outDir, new URL(target, `http://site${path}`).pathname)) broken.push(`${path} -> ${target}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('ships only the search element on every page, plus one checklist module on pages with a checklist and the assessment module on the maturity page', () => {
    const checklistPages = new Set([...content.stages.map((stage) => `/playbooks/${stage.id}/`), ...content.playbooks.map((playbook) => `/playbooks/${playbook.id}/`)]);
    // Printable sheets carry no site chrome, so no search box either.
    const printPages = (path: string) => /\/(booklet|checklist|print)\/$/.test(path);
    const searchModules = new Set<string>();
    for (const [path, html] of pages) {
      // JSON data islands are not code; every other script must be an external module from the site itself.
      const code = [...html.matchAll(/<script\b[^>]*>/gi)].map((match) => match[0]).filter((tag) => !tag.includes('type="application/json"'));
      for (const tag of code) expect(tag, path).toMatch(/^<script type="module" src="\/_astro\/[^"]+\.js">$/);
      const sources = code.map((tag) => /src="([^"]+)"/.exec(tag)![1]);
      if (printPages(path)) {
        expect(sources, path).toEqual([]);
        continue;
      }
      const search = sources.filter((source) => source.includes('SiteSearch'));
      expect(search, path).toHaveLength(1);
      searchModules.add(search[0]);
      if (path === '/improve/maturity/') {
        expect(sources.filter((source) => source.includes('MaturityAssessment')), path).toHaveLength(1);
        expect(sources.length, path).toBe(2);
        continue;
      }
      expect(sources.some((source) => source.includes('MaturityAssessment')), path).toBe(false);
      expect(sources.length, path).toBe(checklistPages.has(path) ? 2 : 1);
    }
    expect(searchModules.size).toBe(1);
    const script = readFileSync(join(outDir, [...searchModules][0]), 'utf8');
    expect(script).toContain('customElements.define(`site-search`');
    expect(script.length).toBeLessThan(10_000);
    // Pagefind is imported only inside a function that runs on focus; never statically.
    expect(script).not.toMatch(/^import\b|\bimport\s*["'`][^"'`]*pagefind/m);
  });

  it('keeps the stylesheet small and shared', () => {
    const stylesheets = new Set([...pages.values()].flatMap((html) => attributeValues(html, 'link', 'href').filter((href) => href.endsWith('.css'))));
    expect(stylesheets.size).toBe(1);
    const css = readFileSync(join(outDir, [...stylesheets][0]), 'utf8');
    expect(css.length).toBeLessThan(20_000);
  });
});
