import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderInChromium } from '../../src/integrations/diagrams/chromium-renderer.ts';
import { installChromiumAdvice } from '../../src/lib/chromium/find-chromium.ts';
import { findMermaid } from '../../src/lib/diagrams/render-config.ts';
import { chromiumPath } from '../helpers/browser.ts';
import { stageFile, validContentFiles } from '../helpers/content-fixture.ts';
import { builtPages } from '../helpers/dist.ts';
import { buildSite, buildSiteWarm, fixtureProject, projectRoot } from '../helpers/project.ts';

const escalation = ['```mermaid', 'flowchart TD', '  manager["Project manager"] -->|"Exception report"| sponsor["Project sponsor"]', '```'].join('\n');
const gates = ['```mermaid', 'flowchart LR', '  pack["Gate pack"] --> board{"Board decides"}', '```'].join('\n');

/** Stage 1 has a fence; stage 2 has the same fence again and a captioned <Diagram>. */
function diagramFiles(): Record<string, string> {
  const files = validContentFiles();
  files['playbooks/setup/first.mdx'] = `${stageFile(1, 'first-item')}\n${escalation}\n`;
  files['playbooks/setup/second.mdx'] = `${stageFile(2, 'second-item')}\n<Diagram caption="How a gate is decided">\n\n${gates}\n\n</Diagram>\n\nAnd again:\n\n${escalation}\n`;
  return files;
}

/** A fixture whose diagrams-cache starts as a copy of `warmFrom`'s. */
function fixtureWithCache(files: Record<string, string>, warmFrom: string): string {
  const root = fixtureProject(files, { diagramCache: null });
  cpSync(join(warmFrom, 'diagrams-cache'), join(root, 'diagrams-cache'), { recursive: true });
  return root;
}

// These builds check diagrams, not booklets: no booklet PDF, which spares each a browser start.
const noPdf = { BOOKLET_PDF: 'off' };
const noBrowser = { ...noPdf, CHROMIUM_PATH: '/nonexistent/chromium' };
const prune = (root: string) => spawnSync(process.execPath, [join(projectRoot, 'scripts/diagrams-prune.ts'), root], { encoding: 'utf8' });
const idsOf = (html: string) => [...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]);
const lineOf = (text: string, needle: string) => text.split('\n').indexOf(needle) + 1;

describe('diagrams in a build', () => {
  let root: string;
  let pages: Map<string, string>;

  beforeAll(async () => {
    root = fixtureProject(diagramFiles(), { diagramCache: null });
    const build = await buildSiteWarm(root, undefined, { env: noPdf });
    expect(build.status, build.output).toBe(0);
    expect(build.output).toContain('4 diagram(s): 0 from diagrams-cache/, 4 rendered');
    pages = builtPages(build.outDir);
  });

  it('renders fences, <Diagram> and generated diagrams into the cache, one file each', () => {
    expect(readdirSync(join(root, 'diagrams-cache')).filter((name) => name.endsWith('.svg'))).toHaveLength(4);
  });

  it('puts a fence in the page as an inline SVG image named after its text', () => {
    const html = pages.get('/playbooks/setup/first/')!;
    expect(html).toMatch(/<figure class="diagram"><div class="diagram__scroll" tabindex="0" role="group" aria-label="Diagram: Flowchart"><svg id="diagram-1" [^>]*role="img" aria-label="Flowchart: Exception report, Project manager, Project sponsor">/);
    expect(html).not.toContain('```mermaid');
  });

  it('gives a <Diagram> its caption, and keeps ids unique with two diagrams on one page', () => {
    const html = pages.get('/playbooks/setup/second/')!;
    expect(html.match(/<figure class="diagram">/g)).toHaveLength(2);
    expect(html).toMatch(/<svg id="diagram-1" [^>]*role="img" aria-label="How a gate is decided">/);
    expect(html).toContain('<figcaption class="diagram__caption">How a gate is decided</figcaption>');
    expect(html).toMatch(/<svg id="diagram-2" [^>]*aria-label="Flowchart: Exception report, Project manager, Project sponsor">/);
    const ids = idsOf(html);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
    expect(html).not.toContain('mermaid-svg');
  });

  it('shows the generated stage flow and reporting lines with their summaries as names', () => {
    expect(pages.get('/playbooks/setup/')).toContain('aria-label="The 2 stages of Set up the PMO, in order: 1. Stage 1; 2. Stage 2."');
    expect(pages.get('/roles/')).toContain('aria-label="Reporting lines: PMO Lead reports to Sponsor."');
  });

  it('adds no script to any page: the only scripts are the search and checklist elements and their data', () => {
    for (const [path, html] of pages) {
      const scripts = [...html.matchAll(/<script\b[^>]*>/gi)].map((match) => match[0]);
      const others = scripts.filter((tag) => !tag.includes('type="application/json"') && !/src="[^"]*(SiteSearch|StageChecklist|PlaybookProgress)[^"]*"/.test(tag));
      expect(others, path).toEqual([]);
      expect(html, path).not.toMatch(/mermaid(\.min)?\.js/);
    }
  });

  it('builds a copy with the filled cache alone, without looking for a browser', async () => {
    const build = await buildSiteWarm(fixtureWithCache(diagramFiles(), root), undefined, { env: noBrowser });
    expect(build.status, build.output).toBe(0);
    expect(build.output).toContain('4 diagram(s): 4 from diagrams-cache/, 0 rendered.');
    expect(build.output).not.toContain('Rendering');
    expect(builtPages(build.outDir).get('/playbooks/setup/second/')).toBe(pages.get('/playbooks/setup/second/'));
  });

  it('fails on a mermaid syntax error, naming the file, the line of the fence and quoting mermaid', () => {
    const files = diagramFiles();
    files['playbooks/setup/first.mdx'] = `${stageFile(1, 'first-item')}\n\`\`\`mermaid\nflowchart TD\n  a --> b\n  b --> c(\n\`\`\`\n`;
    const fenceLine = lineOf(files['playbooks/setup/first.mdx'], '```mermaid');
    const build = buildSite(fixtureWithCache(files, root), undefined, { env: noPdf });
    expect(build.status).not.toBe(0);
    expect(build.output).toContain('Rendering 1 diagram(s) with mermaid');
    expect(build.output).toContain(`playbooks/setup/first.mdx:${fenceLine} (the \`\`\`mermaid fence; the diagram's line 4 is line ${fenceLine + 4} of the file)`);
    expect(build.output).toContain('mermaid cannot parse this diagram:');
    expect(build.output).toContain('Parse error on line 4:');
    expect(build.output).toContain('1 diagram(s) could not be rendered, listed above; nothing was built.');
    expect(existsSync(join(build.outDir, 'index.html'))).toBe(false);
  });

  it('fails with install advice when a new diagram needs a browser and there is none, and still reports typos', () => {
    const files = diagramFiles();
    files['playbooks/setup/first.mdx'] = `${stageFile(1, 'first-item')}\n\`\`\`mermaid\nflowchart TD\n  new["A new diagram"]\n\`\`\`\n\n\`\`\`mermaid\nflowchart TD\n  typo -->\n\`\`\`\n`;
    const [fenceLine, typoLine] = files['playbooks/setup/first.mdx'].split('\n').flatMap((line, index) => (line === '```mermaid' ? [index + 1] : []));
    const build = buildSite(fixtureWithCache(files, root), undefined, { env: noBrowser });
    expect(build.status).not.toBe(0);
    expect(build.output).toContain(`1 diagram(s) are new or changed and need a browser to render:\n  playbooks/setup/first.mdx:${fenceLine} (the \`\`\`mermaid fence)`);
    expect(build.output).toContain(`playbooks/setup/first.mdx:${typoLine} (the \`\`\`mermaid fence; the diagram's line 3 is line ${typoLine + 3} of the file)\n  mermaid cannot parse this diagram:`);
    expect(build.output).toContain('CHROMIUM_PATH is set to /nonexistent/chromium, but there is no file there.');
    expect(build.output).toContain(installChromiumAdvice.split('\n')[1]);
    expect(existsSync(join(build.outDir, 'index.html'))).toBe(false);
  });

  it('draws the same source to the same bytes every time, rounded shapes included', async () => {
    // A stadium is drawn with random points unless mermaid is given a seed; the committed cache would churn.
    const source = 'flowchart TD\n  start(["Request received"]) --> decide{"In scope?"}';
    const run = await renderInChromium([{ key: 'first', source }, { key: 'again', source }], { chromiumPath: await chromiumPath(), mermaidScript: findMermaid(projectRoot).scriptPath });
    expect(run.outcomes[0].svg).toContain('>Request</tspan>');
    expect(run.outcomes[1].svg).toBe(run.outcomes[0].svg);
  });

  it('stores each SVG as mermaid drew it, with the fixed root id that pages replace', () => {
    const cached = readFileSync(join(root, 'diagrams-cache', readdirSync(join(root, 'diagrams-cache'))[0]), 'utf8');
    expect(cached.startsWith('<svg id="mermaid-svg"')).toBe(true);
  });

  it('prunes cached diagrams that nothing shows any more, and only those', () => {
    const fixture = fixtureWithCache(diagramFiles(), root);
    const stale = join(fixture, 'diagrams-cache', `${'0'.repeat(24)}.svg`);
    writeFileSync(stale, '<svg id="mermaid-svg"></svg>\n');
    const run = prune(fixture);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('diagrams-cache/: removed 1 stale diagram(s), kept 4.');
    expect(existsSync(stale)).toBe(false);
    expect(readdirSync(join(fixture, 'diagrams-cache'))).toHaveLength(4);
  });

  it('prunes nothing while the content has errors, since generated diagrams cannot be listed then', () => {
    const files = diagramFiles();
    files['content/roles/pmo-lead.yaml'] = files['content/roles/pmo-lead.yaml'].replace('reportsTo: sponsor', 'reportsTo: nobody');
    const fixture = fixtureWithCache(files, root);
    const run = prune(fixture);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('Nothing pruned: the content has 1 error(s)');
    expect(readdirSync(join(fixture, 'diagrams-cache'))).toHaveLength(4);
  });
});
