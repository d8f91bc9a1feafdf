import { describe, expect, it } from 'vitest';
import { pagefindAttribute, pagefindFields } from '../../src/lib/search/pagefind-attributes.ts';
import { pagesOf, searchCatalogue, searchDataFor } from '../../src/lib/pages/catalogue.ts';
import { buildSiteModel, emptySiteContent, type SiteModel } from '../../src/lib/pages/site-model.ts';
import { excerptSegments, resultView } from '../../src/lib/search/result-view.ts';
import { searchFilters } from '../../src/lib/search/search-catalogue.ts';
import { isSearchShortcut, nextActiveIndex } from '../../src/lib/search/search-keys.ts';
import { countingSearches, hasCriteria, pagefindSearchOptions, stateFromParams, stateToParams } from '../../src/lib/search/search-query.ts';
import { htmlForIndex, indexedElement } from '../../src/lib/search/html-for-index.ts';
import type { Entry } from '../../src/lib/playbook/playbook-model.ts';
import { buildGovernanceModel } from '../../src/lib/governance/governance-model.ts';
import type { Objective, Playbook, Role, Scope, Stage } from '../../src/schemas/index.ts';

const review = { owner: 'sponsor', lastReviewed: '2026-01-01', reviewEveryMonths: 12 };

const role = (id: string, title: string): Entry<Role> => ({
  id,
  data: { id, title, summary: 's', responsibilities: ['r'], skills: [], timeCommitment: 'Full-time', review },
});

const stage = (id: string, number: number, title: string, owner: string, roles: string[]): Entry<Stage> => ({
  id,
  data: {
    stage: number, title, summary: 's', purpose: 'p', owner, lastReviewed: '2026-01-01', reviewEveryMonths: 12, inputs: ['i'],
    outputs: [{ name: 'o', description: 'd' }], roles, checklist: [{ id: 'c', text: 't', owner, evidence: 'e', required: true }],
  },
});

const playbook = (id: string, title: string, order: number, owner: string): Entry<Playbook> => ({
  id,
  data: { title, summary: 's', audience: 'a', owner, order, review, parts: 'stage', ordered: true, checklistItemsNeed: { owner: true, evidence: true } },
});

const objective: Entry<Objective> = {
  id: 'visibility',
  data: {
    id: 'visibility', title: 'Visibility', statement: 's', problem: 'p', strategicGoal: 'g', benefits: ['b'],
    measures: [{ name: 'm', baseline: '1', target: '2', by: '2027-01-01' }], owner: 'sponsor', priority: 1, review,
  },
};

const scope: Entry<Scope> = {
  id: 'scope',
  data: {
    id: 'scope', title: 'Scope', summary: 's', categories: [{ kind: 'project', description: 'd', pmoRole: 'r', examples: [] }],
    thresholds: [{ dimension: 'budget', atLeast: 1, unit: 'GBP', rationale: 'r' }], exclusions: [],
    intake: { route: 'r', steps: ['s'], owner: 'analyst', responseDays: 5 },
    review,
  },
};

// Two playbooks that both have a stage called "Plan", which the stage filter must tell apart.
const site: SiteModel = buildSiteModel({
  ...emptySiteContent(),
  playbooks: [playbook('delivery', 'Delivery', 2, 'lead'), playbook('setup', 'Set-up', 1, 'sponsor')],
  stages: [
    stage('setup/plan', 2, 'Plan', 'lead', ['sponsor', 'lead']),
    stage('setup/start', 1, 'Start', 'sponsor', ['sponsor']),
    stage('delivery/plan', 1, 'Plan', 'lead', ['lead']),
  ],
  roles: [role('sponsor', 'Sponsor'), role('lead', 'Lead, delivery'), role('analyst', 'Analyst')],
  objectives: [objective],
  scope: [scope],
});
const setup = site.playbooks[0];
const delivery = site.playbooks[1];

describe('search data for each kind of page', () => {
  it('files a stage under its playbook and stage, with its owner and participants once each', () => {
    expect(searchDataFor('stage', { playbook: setup, stage: setup.stages[1] }, site)).toEqual({
      path: '/playbooks/setup/plan/',
      title: 'Plan',
      type: 'Stage',
      playbooks: ['Set-up'],
      stages: ['Set-up › 2. Plan'],
      roles: ['Lead, delivery', 'Sponsor'],
      stage: { number: 2, label: 'Set-up, stage 2' },
    });
    expect(searchDataFor('stage', { playbook: delivery, stage: delivery.stages[0] }, site).stages).toEqual(['Delivery › 1. Plan']);
  });

  it('files a role page under the role itself and every stage it owns or takes part in, in navigation order', () => {
    expect(searchDataFor('role', site.involvement.get('lead')!, site)).toEqual({
      path: '/roles/lead/',
      title: 'Lead, delivery',
      type: 'Role',
      playbooks: ['Set-up', 'Delivery'],
      stages: ['Set-up › 2. Plan', 'Delivery › 1. Plan'],
      roles: ['Lead, delivery'],
    });
    expect(searchDataFor('role', site.involvement.get('analyst')!, site)).toMatchObject({ playbooks: [], stages: [], roles: ['Analyst'] });
  });

  it('files playbooks, objectives and scope under the roles that own them', () => {
    expect(searchDataFor('playbook', delivery, site)).toEqual({
      path: '/playbooks/delivery/', title: 'Delivery', type: 'Playbook', playbooks: ['Delivery'], stages: [], roles: ['Lead, delivery'],
    });
    expect(searchDataFor('objectives', [objective], site)).toEqual({
      path: '/objectives/', title: 'PMO objectives', type: 'Objectives', playbooks: [], stages: [], roles: ['Sponsor'],
    });
    expect(searchDataFor('scope', [scope], site)).toEqual({
      path: '/scope/', title: 'PMO scope', type: 'Scope', playbooks: [], stages: [], roles: ['Analyst'],
    });
  });

  it('refuses a role id it cannot resolve instead of indexing a raw id', () => {
    const broken = { ...objective, data: { ...objective.data, owner: 'ghost' } };
    expect(() => searchDataFor('objectives', [broken], site)).toThrow('unknown role "ghost"');
  });
});

describe('search catalogue and filter controls', () => {
  const catalogue = searchCatalogue(site);

  it('lists every page once, grouped by kind in table order', () => {
    expect(catalogue.map((group) => [group.heading, group.pages.map((page) => page.path)])).toEqual([
      ['Playbooks', ['/playbooks/setup/', '/playbooks/delivery/']],
      ['Stages', ['/playbooks/setup/start/', '/playbooks/setup/plan/', '/playbooks/delivery/plan/']],
      ['Roles', ['/roles/analyst/', '/roles/lead/', '/roles/sponsor/']],
      ['Objectives', ['/objectives/']],
      ['Scope', ['/scope/']],
      // No forum, escalation ladder or RACI matrix yet, so no governance page to find.
    ]);
  });

  it('offers each filter value that some page carries, stages grouped under their playbook', () => {
    const filters = searchFilters(site, catalogue);
    expect(filters.map((filter) => [filter.key, filter.control])).toEqual([
      ['type', 'checkboxes'], ['playbook', 'checkboxes'], ['stage', 'select'], ['role', 'select'],
    ]);
    expect(filters[0].groups[0].options.map((option) => option.value)).toEqual(['Playbook', 'Stage', 'Role', 'Objectives', 'Scope']);
    expect(filters[1].groups[0].options.map((option) => option.value)).toEqual(['Set-up', 'Delivery']);
    expect(filters[2].groups).toEqual([
      { label: 'Set-up', options: [{ value: 'Set-up › 1. Start', label: '1. Start' }, { value: 'Set-up › 2. Plan', label: '2. Plan' }] },
      { label: 'Delivery', options: [{ value: 'Delivery › 1. Plan', label: '1. Plan' }] },
    ]);
    expect(filters[3].groups[0].options.map((option) => option.label)).toEqual(['Analyst', 'Lead, delivery', 'Sponsor']);
  });
});

describe('Pagefind fields', () => {
  it('records filters, metadata and the stage sort key, keeping commas in values', () => {
    const fields = pagefindFields(searchDataFor('stage', { playbook: setup, stage: setup.stages[1] }, site));
    expect(fields).toEqual([
      { kind: 'filter', key: 'type', value: 'Stage' },
      { kind: 'filter', key: 'playbook', value: 'Set-up' },
      { kind: 'filter', key: 'stage', value: 'Set-up › 2. Plan' },
      { kind: 'filter', key: 'role', value: 'Lead, delivery' },
      { kind: 'filter', key: 'role', value: 'Sponsor' },
      { kind: 'meta', key: 'title', value: 'Plan' },
      { kind: 'meta', key: 'type', value: 'Stage' },
      { kind: 'meta', key: 'stage', value: 'Set-up, stage 2' },
      { kind: 'sort', key: 'stage', value: '2' },
    ]);
    expect(pagefindAttribute(fields[3])).toEqual({ name: 'data-pagefind-filter', value: 'role[data-value]' });
  });

  it('gives pages that are not about one stage no stage sort key', () => {
    const fields = pagefindFields(searchDataFor('role', site.involvement.get('analyst')!, site));
    expect(fields.filter((field) => field.kind !== 'filter')).toEqual([
      { kind: 'meta', key: 'title', value: 'Analyst' },
      { kind: 'meta', key: 'type', value: 'Role' },
    ]);
  });
});

describe('result view', () => {
  it('splits the excerpt into marked and plain text, decoding entities rather than parsing HTML', () => {
    expect(excerptSegments('Who is <mark>accountable</mark> for &lt;b&gt; &amp; <mark>RACI</mark>')).toEqual([
      { text: 'Who is ', marked: false },
      { text: 'accountable', marked: true },
      { text: ' for <b> & ', marked: false },
      { text: 'RACI', marked: true },
    ]);
    expect(excerptSegments('')).toEqual([]);
  });

  it('shows title, type and stage', () => {
    const view = resultView({ url: '/x/', excerpt: '<mark>a</mark>', meta: { title: 'Plan', type: 'Stage', stage: 'Set-up, stage 2' } });
    expect(view).toEqual({ url: '/x/', title: 'Plan', context: 'Stage · Set-up, stage 2', excerpt: [{ text: 'a', marked: true }] });
    expect(resultView({ url: '/r/', excerpt: '', meta: { type: 'Role' } })).toMatchObject({ title: '/r/', context: 'Role' });
  });
});

describe('keyboard', () => {
  const press = (key: string, extra: Partial<Parameters<typeof isSearchShortcut>[0]> = {}) =>
    isSearchShortcut({ key, ctrlKey: false, metaKey: false, altKey: false, inEditableField: false, ...extra });

  it('opens search with / outside text fields and with Ctrl+K or Cmd+K anywhere', () => {
    expect(press('/')).toBe(true);
    expect(press('/', { inEditableField: true })).toBe(false);
    expect(press('k', { ctrlKey: true, inEditableField: true })).toBe(true);
    expect(press('K', { metaKey: true })).toBe(true);
    expect(press('k')).toBe(false);
    expect(press('k', { ctrlKey: true, altKey: true })).toBe(false);
    expect(press('/', { ctrlKey: true })).toBe(false);
  });

  it('moves through results with the arrow keys, back to the box above the first, never past the last', () => {
    expect(nextActiveIndex(-1, 3, 'ArrowDown')).toBe(0);
    expect(nextActiveIndex(0, 3, 'ArrowDown')).toBe(1);
    expect(nextActiveIndex(2, 3, 'ArrowDown')).toBe(2);
    expect(nextActiveIndex(1, 3, 'ArrowUp')).toBe(0);
    expect(nextActiveIndex(0, 3, 'ArrowUp')).toBe(-1);
    expect(nextActiveIndex(-1, 0, 'ArrowDown')).toBe(-1);
    expect(nextActiveIndex(1, 3, 'Home')).toBe(1);
  });
});

describe('search state', () => {
  it('reads the query, filters and order from the URL and writes them back the same way', () => {
    const params = new URLSearchParams('q=+change+request+&type=Stage&type=Role&type=Stage&stage=&role=PMO+Analyst&sort=stage');
    const state = stateFromParams(params);
    expect(state).toEqual({ query: 'change request', filters: { type: ['Stage', 'Role'], role: ['PMO Analyst'] }, sort: 'stage' });
    expect(stateToParams(state).toString()).toBe('q=change+request&type=Stage&type=Role&role=PMO+Analyst&sort=stage');
    expect(stateFromParams(new URLSearchParams('sort=sideways'))).toEqual({ query: '', filters: {}, sort: 'relevance' });
  });

  it('searches only with a query or a filter, any value within a filter, every filter together', () => {
    expect(hasCriteria(stateFromParams(new URLSearchParams('sort=stage')))).toBe(false);
    expect(hasCriteria(stateFromParams(new URLSearchParams('stage=Set-up+%E2%80%BA+1.+Start')))).toBe(true);
    expect(pagefindSearchOptions(stateFromParams(new URLSearchParams('type=Stage&type=Role&playbook=Set-up')))).toEqual({
      filters: { type: { any: ['Stage', 'Role'] }, playbook: { any: ['Set-up'] }, stage: { any: [] }, role: { any: [] } },
    });
  });

  it('names every filter, so that Pagefind counts them all, and sorts by stage on request', () => {
    expect(pagefindSearchOptions(stateFromParams(new URLSearchParams('q=x&sort=stage')))).toEqual({
      filters: { type: { any: [] }, playbook: { any: [] }, stage: { any: [] }, role: { any: [] } },
      sort: { stage: 'asc' },
    });
  });

  it('counts each chosen filter with the other filters applied but not itself', () => {
    const state = stateFromParams(new URLSearchParams('q=x&type=Stage&role=Lead&sort=stage'));
    expect(countingSearches(state)).toEqual([
      { key: 'type', state: { query: 'x', filters: { role: ['Lead'] }, sort: 'stage' } },
      { key: 'role', state: { query: 'x', filters: { type: ['Stage'] }, sort: 'stage' } },
    ]);
    expect(countingSearches(stateFromParams(new URLSearchParams('q=x')))).toEqual([]);
  });
});

describe('HTML for the indexer', () => {
  const page = (body: string) => `<!doctype html><html lang="en-GB"><head><title>t</title></head><body><nav><a href="/">Nav</a></nav><main><article class="content" data-pagefind-body>${body}</article></main><footer>f</footer></body></html>`;
  const indexed = (body: string) => `<!doctype html><html lang="en-GB"><body><article class="content" data-pagefind-body>${body}</article></body></html>`;

  it('keeps only the data-pagefind-body element, nested elements of its kind included', () => {
    expect(htmlForIndex(page('<h1>T</h1><article><p>Inner</p></article><p>After</p>'))).toBe(indexed('<h1>T</h1><article><p>Inner</p></article><p>After</p>'));
    expect(htmlForIndex('<html lang="en"><body><main><article><h1>Home</h1></article></main></body></html>')).toBeUndefined();
    expect(indexedElement('<div data-pagefind-body-extra><p>x</p></div>')).toBeUndefined();
    expect(indexedElement('<p>Mark it data-pagefind-body here.</p><main data-pagefind-body><p>x</p></main>')).toBe('<main data-pagefind-body><p>x</p></main>');
    expect(() => indexedElement('<section data-pagefind-body><p>cut off')).toThrow('<section data-pagefind-body> element is never closed');
  });

  it('keeps a term and its description as separate words', () => {
    expect(htmlForIndex(page('<dl><div><dt>Owner</dt><dd>PMO Director</dd></div></dl>'))).toBe(indexed('<dl><div><dt>Owner</dt> <dd>PMO Director</dd> </div></dl>'));
    expect(htmlForIndex(page('<p>one<br>two<BR/>three</p>'))).toBe(indexed('<p>one<br> two<BR/> three</p>'));
  });

  it('turns labels and forms, which Pagefind drops, into plain containers', () => {
    expect(htmlForIndex(page('<form action="/x"><label for="a">Sponsor signs the charter</label><labelled></labelled></form>'))).toBe(
      indexed('<div action="/x"><span for="a">Sponsor signs the charter</span><labelled></labelled></div>'),
    );
  });

  it('separates a badge from the text before it, but not from a tag before it', () => {
    expect(htmlForIndex(page('evidence<span class="tag">Optional</span>'))).toBe(indexed('evidence <span class="tag">Optional</span>'));
    expect(htmlForIndex(page('<b>x</b><span>y</span>'))).toBe(indexed('<b>x</b><span>y</span>'));
  });
});

describe('search data for governance pages', () => {
  const matrix = {
    id: 'approvals',
    data: {
      id: 'approvals', title: 'Approvals', description: 'd', order: 1, stages: ['setup/plan', 'delivery/plan'], forums: [],
      activities: [{ id: 'decide', name: 'Decide', assignments: { sponsor: 'A' as const, lead: 'R' as const } }],
    },
  };
  const withMatrix: SiteModel = { ...site, governance: buildGovernanceModel({ raci: [matrix], forums: [], escalation: [], governanceSettings: [] }) };

  it('files a RACI matrix under its type, the stages it belongs to and every role it assigns', () => {
    expect(searchDataFor('raciMatrix', withMatrix.governance.matrices[0], withMatrix)).toEqual({
      type: 'RACI matrix',
      path: '/governance/raci/approvals/',
      title: 'Approvals',
      playbooks: ['Set-up', 'Delivery'],
      stages: ['Set-up › 2. Plan', 'Delivery › 1. Plan'],
      roles: ['Sponsor', 'Lead, delivery'],
    });
    expect(pagesOf('raciMatrix', withMatrix)).toHaveLength(1);
  });
});
