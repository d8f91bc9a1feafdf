import { describe, expect, it } from 'vitest';
import { generatedDiagrams, pageAnchors, pageTitles, pagesOf, referenceMenu, routeData } from '../../src/lib/pages/catalogue.ts';
import { fillRoute } from '../../src/lib/pages/page-kind.ts';
import { routes } from '../../src/lib/pages/routes.ts';
import { sitemapXml } from '../../src/lib/pages/sitemap.ts';
import { buildSiteModel } from '../../src/lib/pages/site-model.ts';
import { buildPlanningModel } from '../../src/lib/plans/planning-model.ts';
import { checkedSiteModel } from '../../src/lib/validation/site-pages.ts';
import { validateContent } from '../../src/lib/validation/validate-content.ts';
import { validContentFiles, writeContentFiles } from '../helpers/content-fixture.ts';
import { validPlanningFiles } from '../helpers/planning-fixture.ts';

const content = validateContent(writeContentFiles(validContentFiles())).content;
const site = buildSiteModel(content);

describe('page catalogue', () => {
  it('lists every page the content makes, with the title links give it', () => {
    expect(Object.fromEntries(pageTitles(site))).toEqual({
      '/': 'Home',
      '/playbooks/setup/': 'Set up the PMO',
      '/playbooks/setup/first/': 'Stage 1',
      '/playbooks/setup/second/': 'Stage 2',
      '/playbooks/setup/first/checklist/': 'Stage 1: printable checklist',
      '/playbooks/setup/second/checklist/': 'Stage 2: printable checklist',
      '/playbooks/setup/booklet/': 'Set up the PMO: printable checklists',
      '/roles/': 'Roles',
      '/roles/sponsor/': 'Sponsor',
      '/roles/pmo-lead/': 'PMO Lead',
      '/objectives/': 'PMO objectives',
      '/scope/': 'PMO scope',
      // No governance, plans, KPIs, stakeholders or comms in this content: no pages for them.
      '/reviews/': 'Reviews due',
      '/search/': 'Search',
    });
  });

  it('puts the reference pages in the site menu in their declared order', () => {
    expect(referenceMenu(site).map((link) => `${link.label} ${link.path}`)).toEqual([
      'Objectives /objectives/',
      'Scope /scope/',
      'Roles /roles/',
      'Reviews due /reviews/',
    ]);
  });

  it('gives each page the params of its route, and links the same paths', () => {
    expect(pagesOf('stage', site).map((page) => [page.params, page.path])).toEqual([
      [{ playbook: 'setup', stage: 'first' }, '/playbooks/setup/first/'],
      [{ playbook: 'setup', stage: 'second' }, '/playbooks/setup/second/'],
    ]);
    expect(routes.stage('setup', 'first')).toBe('/playbooks/setup/first/');
    expect(routes.forum('board')).toBe('/governance/#forum-board');
    expect(() => fillRoute('/roles/[role]/', {})).toThrow('No value for [role] in /roles/[role]/.');
  });

  it('builds a stage page’s table of contents from its sections, with the MDX headings in their place', () => {
    const [first] = pagesOf('stage', site);
    const route = routeData(first, site);
    expect(route.toc([{ depth: 2, slug: 'steps', text: 'Steps' }]).map((heading) => heading.slug)).toEqual([
      'purpose',
      'inputs-and-outputs',
      'who-takes-part',
      'steps',
      'checklist',
    ]);
    expect(route.section('inputs-heading')).toEqual({ id: 'inputs-heading', heading: 'Inputs', depth: 3 });
  });

  it('refuses to render a section its kind does not declare', () => {
    const route = routeData(pagesOf('stage', site)[0], site);
    expect(() => route.section('governance')).toThrow('/playbooks/setup/first/ shows a section "governance" that its page kind "stage" does not declare');
  });

  it('leaves out the table of contents where the kind has none', () => {
    expect(routeData(pagesOf('home', site)[0], site).toc()).toEqual([]);
  });

  it('knows every id a link may point at: sections, declared anchors and the MDX body’s headings', () => {
    const anchors = pageAnchors(checkedSiteModel(content, '2026-01-01'));
    expect([...anchors.get('/playbooks/setup/first/')!].sort()).toEqual(
      ['checklist', 'inputs-and-outputs', 'inputs-heading', 'item-first-item', 'main', 'outputs-heading', 'purpose', 'steps', 'who-takes-part'].sort(),
    );
    expect([...anchors.get('/playbooks/setup/booklet/')!]).toEqual(['main', 'booklet-title', 'sheet-setup-first', 'sheet-setup-second']);
    expect(anchors.get('/search/')).toContain('all-pages-stage');
  });

  it('collects the diagrams the pages generate from data', () => {
    const planning = validateContent(writeContentFiles(validPlanningFiles())).content;
    const withPlans = buildSiteModel(planning, { planningModel: buildPlanningModel({ ...planning, currency: 'GBP' }) });
    // One playbook, the roles, one plan and the stakeholders; no forums or escalation in this fixture.
    expect(generatedDiagrams(withPlans).map((diagram) => diagram.name)).toEqual([
      'stage flow of setup',
      'reporting lines of the roles',
      'plan timeline "PMO set-up plan"',
      'stakeholder power and interest grid',
    ]);
    // Without plans or stakeholders there is no page that needs the planning model.
    expect(generatedDiagrams(site).map((diagram) => diagram.name)).toEqual(['stage flow of setup', 'reporting lines of the roles']);
  });

  it('writes a sitemap of page addresses, escaped for XML', () => {
    expect(sitemapXml(['https://pmo.example/roles/', 'https://pmo.example/?a=1&b=<2>'])).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
        '  <url><loc>https://pmo.example/roles/</loc></url>\n' +
        '  <url><loc>https://pmo.example/?a=1&amp;b=&lt;2&gt;</loc></url>\n' +
        '</urlset>\n',
    );
  });
});
