// Times diagram rendering: `npm run bench:diagrams` (add --site for cold and warm site builds).
// 100 distinct generated diagrams (flowcharts, gantt charts, quadrant charts) are rendered into an
// empty cache (cold: one Chromium, batches), then requested again (warm: cache only, no browser).
import { globSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parse } from 'yaml';
import { ensureDiagramsRendered } from '../src/integrations/diagrams/ensure-rendered.ts';
import type { DiagramRequest } from '../src/lib/diagrams/collect-diagrams.ts';
import { diagramKey, readCachedSvg } from '../src/lib/diagrams/diagram-cache.ts';
import { forumStructureDiagram } from '../src/lib/diagrams/forum-structure.ts';
import type { GeneratedDiagram } from '../src/lib/diagrams/generated-diagram.ts';
import { planTimelineDiagram } from '../src/lib/diagrams/plan-timeline.ts';
import { findMermaid, renderContext } from '../src/lib/diagrams/render-config.ts';
import { reportingLinesDiagram } from '../src/lib/diagrams/reporting-lines.ts';
import { stageFlowDiagram } from '../src/lib/diagrams/stage-flow.ts';
import { stakeholderGridDiagram } from '../src/lib/diagrams/stakeholder-grid.ts';
import { diagramFigure } from '../src/lib/diagrams/svg-figure.ts';
import { useOrganizationFormats } from '../src/lib/formats/format.ts';
import { buildSite, fixtureProject } from '../test/helpers/project.ts';

const root = resolve(import.meta.dirname, '..');
const count = 100;
// Plan timelines write their dates as the organization in content/ does.
useOrganizationFormats(parse(readFileSync(join(root, 'content/organization.yaml'), 'utf8')));

/** Diagram number `n`, cycling through the five generators so every kind is measured. */
function sampleDiagram(n: number): GeneratedDiagram {
  const size = 3 + (n % 6);
  const names = Array.from({ length: size }, (_, index) => `Item ${index + 1} of sample ${n}`);
  switch (n % 5) {
    case 0:
      return stageFlowDiagram({ playbookId: `p${n}`, playbookTitle: `Playbook ${n}`, cycle: n % 2 === 0, stages: names.map((title, index) => ({ number: index + 1, title })) });
    case 1:
      return reportingLinesDiagram(names.map((title, index) => ({ id: `role-${index}`, title, reportsTo: index === 0 ? undefined : `role-${Math.floor((index - 1) / 2)}` })));
    case 2:
      return forumStructureDiagram(
        names.map((name, index) => ({ id: `forum-${index}`, name, detail: 'Monthly', reportsTo: index === 0 ? undefined : `forum-${index - 1}` })),
        [{ from: `forum-${size - 1}`, to: 'forum-0', when: `within ${n} working days` }],
      );
    case 3:
      return planTimelineDiagram({
        title: `Plan ${n}`,
        sections: [{ name: 'Work', tasks: names.map((name, index) => ({ id: `t${index}`, name, start: `2026-0${1 + (index % 9)}-01`, end: `2026-0${1 + (index % 9)}-20` })) }],
      });
    default:
      return stakeholderGridDiagram(names.map((name, index) => ({ name, power: ((index * 37 + n) % 100) / 100, interest: ((index * 53 + n) % 100) / 100 })));
  }
}

const mermaid = findMermaid(root);
const context = renderContext(mermaid.version);
const requests: DiagramRequest[] = Array.from({ length: count }, (_, n) => sampleDiagram(n)).map((diagram) => ({ source: diagram.source, origin: `bench: ${diagram.name}` }));
const cacheDir = mkdtempSync(join(tmpdir(), 'pmo-bench-diagrams-'));
const options = { cacheDir, renderContext: context, mermaidScript: mermaid.scriptPath };
const ms = (value: number) => `${Math.round(value)} ms`;

let started = performance.now();
const cold = await ensureDiagramsRendered(requests, options);
const coldMs = performance.now() - started;
if (cold.failures.length > 0 || cold.rendered !== count) throw new Error(`Cold run rendered ${cold.rendered} of ${count}; ${cold.failures.length} failed.`);

started = performance.now();
const warm = await ensureDiagramsRendered(requests, options);
const warmMs = performance.now() - started;
if (warm.browser || warm.cached !== count) throw new Error('The warm run was expected to use the cache only.');

started = performance.now();
requests.forEach((request, index) => diagramFigure({ svg: readCachedSvg(cacheDir, diagramKey(request.source, context))!, idPrefix: `diagram-${index + 1}` }));
const substituteMs = performance.now() - started;

console.log(`Diagrams: ${count} distinct (flowcharts, gantt charts, quadrant charts), mermaid ${mermaid.version}`);
console.log(`  cold, empty cache:   ${ms(coldMs)} total = browser start ${ms(cold.browser!.startMs)} + render ${ms(cold.browser!.renderMs)} (${(cold.browser!.renderMs / count).toFixed(1)} ms a diagram)`);
console.log(`  warm, all cached:    ${ms(warmMs)} (no browser)`);
console.log(`  page substitution:   ${ms(substituteMs)} for all ${count} (ids, name, size)`);

if (process.argv.includes('--site')) {
  // The example playbook in a temporary project with an empty cache: cold, then warm, then warm without any browser.
  const files = Object.fromEntries(
    globSync('{content,playbooks}/**/*.{yaml,mdx}', { cwd: root }).map((file) => [file, readFileSync(join(root, file), 'utf8')]),
  );
  const project = fixtureProject(files, { diagramCache: null });
  for (const [label, env] of [
    ['cold (empty cache)', {}],
    ['warm', {}],
    ['warm, no browser', { CHROMIUM_PATH: '/nonexistent/chromium' }],
  ] as const) {
    started = performance.now();
    const build = buildSite(project, undefined, { env });
    if (build.status !== 0) throw new Error(`Site build (${label}) failed:\n${build.output}`);
    console.log(`Example site build, ${label}: ${ms(performance.now() - started)}  [${/\d+ diagram\(s\): [^\n]*/.exec(build.output)?.[0]}]`);
  }
}
