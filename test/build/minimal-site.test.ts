import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateContent } from '../../src/lib/validation/validate-content.ts';
import { attributeValues, builtPages } from '../helpers/dist.ts';
import { minimalSiteFiles } from '../helpers/minimal-fixture.ts';
import { buildSiteWarm, fixtureProject } from '../helpers/project.ts';

// Pages of the optional content this site has none of, written out rather than read from the site's code.
const absentPages = ['/objectives/', '/scope/', '/governance/', '/governance/raci/', '/plans/', '/metrics/', '/stakeholders/', '/comms/'];

describe('a site with only the organization, three roles and one playbook of three stages', () => {
  let root: string;
  let output: string;
  let outDir: string;
  let pages: Map<string, string>;

  beforeAll(async () => {
    root = fixtureProject(minimalSiteFiles());
    const result = await buildSiteWarm(root);
    output = result.output;
    expect(result.status, output.slice(-3000)).toBe(0);
    outDir = result.outDir;
    pages = builtPages(outDir);
    console.log(`minimal site: ${pages.size} pages, ${warnings().length} warnings`);
  });

  const warnings = () => output.split('\n').filter((line) => /\[WARN\]|\bwarning\b/i.test(line) && !/0 warning/.test(line));

  it('passes the content check without a warning', () => {
    const result = validateContent(root);
    expect(result.problems).toEqual([]);
  });

  it('builds without a single warning', () => {
    expect(warnings()).toEqual([]);
  });

  it('builds the playbook, its stages, checklists, booklet and roles', () => {
    for (const path of ['/', '/playbooks/setup/', '/playbooks/setup/first/', '/playbooks/setup/third/checklist/', '/playbooks/setup/booklet/', '/roles/', '/roles/analyst/', '/reviews/', '/search/']) {
      expect(pages.has(path), path).toBe(true);
    }
  });

  it('has no page, link, download or search filter value for the parts it does not have', () => {
    for (const path of absentPages) expect(pages.has(path), path).toBe(false);
    for (const [path, html] of pages) {
      const links = attributeValues(html, 'a', 'href');
      for (const absent of absentPages) expect(links, `${path} links to ${absent}`).not.toContain(absent);
      expect(links.filter((link) => link.startsWith('/downloads/')), path).toEqual([]);
    }
    // Listed rather than tested for existence, so a failure names the file that should not be there.
    expect(existsSync(join(outDir, 'downloads')) ? readdirSync(join(outDir, 'downloads')) : []).toEqual([]);
    const typeFilter = [...pages.get('/search/')!.matchAll(/name="type" value="([^"]*)"/g)].map((match) => match[1]);
    expect(typeFilter).toEqual(['Playbook', 'Stage', 'Role']);
    expect(pages.get('/')!).not.toContain('id="objectives"');
  });

  it('leaves out the stage page sections it has no data for', () => {
    const stage = pages.get('/playbooks/setup/first/')!;
    expect(stage).toContain('id="checklist"');
    expect(stage).not.toMatch(/id="governance"|id="templates"|RACI/);
  });
});
