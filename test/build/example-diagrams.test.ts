import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { collectDiagrams } from '../../src/lib/diagrams/collect-diagrams.ts';
import { cacheFolderName, cachedKeys, diagramKey } from '../../src/lib/diagrams/diagram-cache.ts';
import { findMermaid, renderContext } from '../../src/lib/diagrams/render-config.ts';
import { builtPages } from '../helpers/dist.ts';
import { projectRoot } from '../helpers/project.ts';
import { exampleSiteDir } from '../helpers/example-site.ts';

const context = renderContext(findMermaid(projectRoot).version);
const needed = collectDiagrams(projectRoot).requests.map((request) => ({ origin: request.origin, key: diagramKey(request.source, context) }));
let pages: Map<string, string>;

beforeAll(async () => {
  pages = builtPages(await exampleSiteDir());
});

describe('diagrams of the example playbook', () => {
  it('has every diagram committed in diagrams-cache/, so a fresh clone builds without a browser', () => {
    const committed = execFileSync('git', ['ls-files', cacheFolderName], { cwd: projectRoot, encoding: 'utf8' });
    const missing = needed.filter(({ key }) => !committed.includes(`${cacheFolderName}/${key}.svg`)).map(({ origin }) => origin);
    expect(missing, 'Build (npm run build), then commit the new files in diagrams-cache/.').toEqual([]);
  });

  it('keeps no stale diagrams in the cache', () => {
    const keys = new Set(needed.map(({ key }) => key));
    expect(cachedKeys(`${projectRoot}/${cacheFolderName}`).filter((key) => !keys.has(key)), 'Run npm run diagrams:prune.').toEqual([]);
  });

  it('shows the stage flow with its loop, the reporting lines and the diagrams written in stage 3', () => {
    expect(pages.get('/playbooks/pmo-setup/')).toMatch(/<svg id="diagram-1" [^>]*aria-label="The 8 stages of Setting up and running the PMO, in order: [^"]*After 8\. Continuously improve, the cycle starts again at 1\. Define objectives\."/);
    const loopLabel = />next<\/tspan><tspan[^>]*> cycle</;
    expect(pages.get('/playbooks/pmo-setup/')).toMatch(loopLabel);
    expect(pages.get('/playbooks/project-lifecycle/')).not.toMatch(loopLabel);
    expect(pages.get('/roles/')).toMatch(/aria-label="Reporting lines: [^"]*PMO Analyst reports to Portfolio Manager;/);
    const governance = pages.get('/playbooks/pmo-setup/establish-governance/')!;
    expect(governance.match(/<figure class="diagram">/g)).toHaveLength(2);
    expect(governance).toContain('<figcaption class="diagram__caption">Escalation route when a tolerance is forecast to be breached</figcaption>');
  });
});
