import { partWords } from '../../src/lib/playbook/playbook-words.ts';
import { describe, expect, it } from 'vitest';
import { checklistCsv, checklistMarkdown, escapeMarkdown, exportFileName } from '../../src/lib/checklist/export.ts';
import { itemFingerprint } from '../../src/lib/checklist/fingerprint.ts';
import { checklistProgress, describeProgress } from '../../src/lib/checklist/progress.ts';
import { buildChecklistSheet, sheetItems, storageKeyFor, type ChecklistSheet } from '../../src/lib/checklist/sheet.ts';
import { noTicks, parseStoredTicks, viewTicks, withoutDropped, withoutTick, withTick } from '../../src/lib/checklist/ticks.ts';
import { scriptJson } from '../../src/lib/html/script-json.ts';
import type { ChecklistItem } from '../../src/schemas/index.ts';

const item = (id: string, extra: Partial<ChecklistItem> = {}): ChecklistItem => ({
  id,
  text: `Text of ${id}`,
  owner: 'pmo-lead',
  evidence: `Evidence of ${id}`,
  required: true,
  ...extra,
});

// Site path -> title, as the page catalogue's pageTitles() gives it.
const pages = new Map([
  ['/playbooks/setup/', 'Set up the PMO'],
  ['/playbooks/setup/governance/', 'Establish governance'],
  ['/roles/pmo-lead/', 'PMO Lead'],
]);

function sheetOf(checklist: ChecklistItem[], base = '/'): ChecklistSheet {
  return buildChecklistSheet({
    playbook: { id: 'setup', title: 'Set up the PMO' },
    words: partWords({ parts: 'stage', ordered: true }),
    stage: { slug: 'governance', path: '/playbooks/setup/governance/', number: 3, title: 'Establish governance', owner: 'pmo-lead', checklist },
    roleTitle: (roleId) => ({ 'pmo-lead': 'PMO Lead', sponsor: 'Sponsor' })[roleId]!,
    pages,
    base,
  });
}

describe('itemFingerprint', () => {
  it('is 8 hex digits, the FNV-1a hash of the wording', () => {
    // Reference values of 32-bit FNV-1a: "" -> 811c9dc5, "a" -> e40c292c, "foobar" -> bf9cf968.
    expect(itemFingerprint('')).toBe('811c9dc5');
    expect(itemFingerprint('a')).toBe('e40c292c');
    expect(itemFingerprint('foobar')).toBe('bf9cf968');
  });

  it('ignores how the text is wrapped but not a changed word', () => {
    expect(itemFingerprint('  Terms of\n   reference agreed ')).toBe(itemFingerprint('Terms of reference agreed'));
    expect(itemFingerprint('Terms of reference approved')).not.toBe(itemFingerprint('Terms of reference agreed'));
  });
});

describe('checklist sheet', () => {
  it('groups items under headings in first-seen order, required items first in each group', () => {
    const sheet = sheetOf([
      item('a', { group: 'Decisions', required: false }),
      item('b', { group: 'Gates' }),
      item('c', { group: 'Decisions' }),
      item('d'),
      item('e', { group: 'Gates', required: false }),
      item('f', { group: 'Decisions' }),
    ]);
    expect(sheet.groups.map((group) => [group.heading, group.items.map((entry) => entry.id)])).toEqual([
      ['Decisions', ['c', 'f', 'a']],
      ['Gates', ['b', 'e']],
      ['Other items', ['d']],
    ]);
    // Without any heading there is a single group without one.
    expect(sheetOf([item('x'), item('y')]).groups.map((group) => [group.heading, group.items.map((entry) => entry.id)])).toEqual([[undefined, ['x', 'y']]]);
    expect(sheetItems(sheet).map((entry) => entry.id)).toEqual(['c', 'f', 'a', 'b', 'e', 'd']);
  });

  it('resolves owners, site links with their page titles and the base, and external links', () => {
    const sheet = sheetOf(
      [
        item('a', { owner: 'sponsor', link: '/roles/pmo-lead/' }),
        item('b', { link: '/playbooks/setup/governance/#raci' }),
        item('c', { link: 'https://www.gov.uk/government/publications/project-delivery-functional-standard' }),
      ],
      '/pmo/',
    );
    const [a, b, c] = sheetItems(sheet);
    expect(a.owner).toEqual({ id: 'sponsor', title: 'Sponsor' });
    expect(a.link).toEqual({ href: '/pmo/roles/pmo-lead/', label: 'PMO Lead', external: false });
    expect(b.link).toEqual({ href: '/pmo/playbooks/setup/governance/#raci', label: 'Establish governance', external: false });
    expect(c.link).toEqual({
      href: 'https://www.gov.uk/government/publications/project-delivery-functional-standard',
      label: 'www.gov.uk/government/publications/project-delivery-functional-standard',
      external: true,
    });
    expect(sheet.stage.owner).toEqual({ id: 'pmo-lead', title: 'PMO Lead' });
  });

  it('keys stored ticks by the stage page path, which carries the base, playbook and stage', () => {
    expect(sheetOf([item('a')], '/pmo/').storageKey).toBe('pmo-playbook:checklist:/pmo/playbooks/setup/governance/');
    expect(storageKeyFor('/playbooks/setup/governance/')).toBe('pmo-playbook:checklist:/playbooks/setup/governance/');
    expect(sheetItems(sheetOf([item('a')]))[0].fingerprint).toBe(itemFingerprint('Text of a'));
  });
});

describe('progress', () => {
  const items = [
    { id: 'r1', required: true },
    { id: 'r2', required: true },
    { id: 'r3', required: true },
    { id: 'o1', required: false },
  ];

  it('counts required and optional items apart and ignores unknown ids', () => {
    const progress = checklistProgress(items, new Set(['r1', 'o1', 'gone']));
    expect(progress).toEqual({ required: { done: 1, total: 3 }, optional: { done: 1, total: 1 }, complete: false });
    expect(describeProgress(progress)).toBe('1 of 3 required items done, 1 of 1 optional');
  });

  it('says when every required item is done, with or without optional ones', () => {
    expect(describeProgress(checklistProgress(items, new Set(['r1', 'r2', 'r3'])))).toBe('3 of 3 required items done, 0 of 1 optional (all required items done)');
    expect(describeProgress(checklistProgress(items.slice(0, 1), new Set()))).toBe('0 of 1 required item done');
  });
});

describe('stored ticks', () => {
  const items = [
    { id: 'kept', fingerprint: 'aaaa0001' },
    { id: 'reworded', fingerprint: 'bbbb0002' },
  ];
  const stored = {
    version: 1 as const,
    ticks: {
      kept: { fingerprint: 'aaaa0001', at: '2026-11-02T09:00:00.000Z' },
      reworded: { fingerprint: 'old00000', at: '2026-11-03T10:00:00.000Z' },
      removed: { fingerprint: 'cccc0003', at: '2026-11-04T11:00:00.000Z' },
    },
  };

  it('shows a tick only against the wording it was given for, and drops ids that no longer exist', () => {
    const view = viewTicks(stored, items);
    expect([...view.ticked]).toEqual(['kept']);
    expect([...view.reworded]).toEqual([['reworded', '2026-11-03T10:00:00.000Z']]);
    expect(view.dropped).toEqual(['removed']);
    expect(Object.keys(withoutDropped(stored, view).ticks)).toEqual(['kept', 'reworded']);
  });

  it('replaces a tick from older wording when the item is ticked again, and unticks', () => {
    const reticked = withTick(stored, items[1], new Date('2026-11-20T08:30:00Z'));
    expect(reticked.ticks.reworded).toEqual({ fingerprint: 'bbbb0002', at: '2026-11-20T08:30:00.000Z' });
    expect([...viewTicks(reticked, items).ticked]).toEqual(['kept', 'reworded']);
    expect(Object.keys(withoutTick(reticked, 'kept').ticks)).toEqual(['reworded', 'removed']);
    // The input is not changed.
    expect(stored.ticks.reworded.fingerprint).toBe('old00000');
  });

  it('reads what it wrote and treats anything unreadable as no ticks', () => {
    expect(parseStoredTicks(JSON.stringify(stored))).toEqual(stored);
    expect(parseStoredTicks(null)).toEqual(noTicks());
    expect(parseStoredTicks('{not json')).toEqual(noTicks());
    expect(parseStoredTicks('{"version":2,"ticks":{}}')).toEqual(noTicks());
    expect(parseStoredTicks('{"version":1,"ticks":[]}')).toEqual({ version: 1, ticks: {} });
    expect(parseStoredTicks('{"version":1,"ticks":{"a":{"fingerprint":"x","at":"y"},"b":true,"c":{"fingerprint":1}}}')).toEqual({
      version: 1,
      ticks: { a: { fingerprint: 'x', at: 'y' } },
    });
  });
});

describe('exports', () => {
  const sheet = sheetOf([
    item('forums', { group: 'Decision rights', text: 'Every forum has terms of reference.', evidence: 'Approved ToR in the PMO library' }),
    item('retire', { group: 'Decision rights', required: false, text: 'Old meetings are stopped.', evidence: 'List of retired meetings' }),
    item('budget', { text: 'Budget of £18m split by "tier", not by = or +.', evidence: '=SUM(A1) in the finance pack', owner: 'sponsor' }),
  ]);
  const context = { ticked: new Set(['forums', 'budget']), origin: 'https://pmo.example', date: '2026-11-20' };

  it('writes a Markdown task list with ticks, owners, evidence, progress and a link back', () => {
    expect(checklistMarkdown(sheet, context)).toBe(
      [
        '### Checklist: Establish governance',
        '',
        'Set up the PMO, stage 3. 2 of 2 required items done, 0 of 1 optional (all required items done).',
        'Exported from https://pmo.example/playbooks/setup/governance/ on 2026-11-20.',
        '',
        '**Decision rights**',
        '',
        '- [x] Every forum has terms of reference.',
        '  Owner: PMO Lead. Evidence: Approved ToR in the PMO library',
        '- [ ] Old meetings are stopped. (optional)',
        '  Owner: PMO Lead. Evidence: List of retired meetings',
        '',
        '**Other items**',
        '',
        '- [x] Budget of £18m split by "tier", not by = or +.',
        '  Owner: Sponsor. Evidence: =SUM(A1) in the finance pack',
        '',
      ].join('\n'),
    );
  });

  it('escapes Markdown so item text cannot become a link, emphasis or HTML', () => {
    expect(escapeMarkdown('Use the [template](x) *now* <b>_here_</b> | #1 `code`')).toBe(
      'Use the \\[template\\](x) \\*now\\* \\<b\\>\\_here\\_\\</b\\> \\| \\#1 \\`code\\`',
    );
  });

  it('writes CSV per RFC 4180 with a header, quotes where needed and formulas defused', () => {
    const tickedAt = new Map([['forums', '2026-11-19T16:05:00.000Z']]);
    expect(checklistCsv(sheet, context.ticked, tickedAt)).toBe(
      [
        '\uFEFFPlaybook,Stage,Group,Item id,Item,Required,Owner,Evidence,Done,Ticked at,Key questions',
        'Set up the PMO,3. Establish governance,Decision rights,forums,Every forum has terms of reference.,required,PMO Lead,Approved ToR in the PMO library,yes,2026-11-19T16:05:00.000Z,',
        'Set up the PMO,3. Establish governance,Decision rights,retire,Old meetings are stopped.,optional,PMO Lead,List of retired meetings,no,,',
        'Set up the PMO,3. Establish governance,,budget,"Budget of £18m split by ""tier"", not by = or +.",required,Sponsor,\'=SUM(A1) in the finance pack,yes,,',
        '',
      ].join('\r\n'),
    );
  });

  it('names downloads after the playbook and stage', () => {
    expect(exportFileName(sheet, 'md')).toBe('setup-governance-checklist.md');
    expect(exportFileName(sheet, 'csv')).toBe('setup-governance-checklist.csv');
  });
});

describe('helpers', () => {
  it('embeds JSON in a script element without letting the text close it', () => {
    const json = scriptJson({ text: '</script><script>alert(1)</script> <!-- x' });
    expect(json).not.toContain('<');
    expect(JSON.parse(json)).toEqual({ text: '</script><script>alert(1)</script> <!-- x' });
  });
});
