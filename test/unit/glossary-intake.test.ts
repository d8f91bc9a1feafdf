import { describe, expect, it } from 'vitest';
import { buildGlossary } from '../../src/lib/glossary/glossary.ts';
import { isFirstUse } from '../../src/lib/glossary/term-uses.ts';
import { readMdxBody } from '../../src/lib/markdown/mdx-body.ts';
import { parseMdx } from '../../src/lib/markdown/parse-mdx.ts';
import { tierDecisionDiagram, tierRows } from '../../src/lib/intake/tiers.ts';
import { glossaryTermSchema, scopeSchema } from '../../src/schemas/index.ts';
import { validGovernanceFiles } from '../helpers/governance-fixture.ts';
import { validPlanningFiles } from '../helpers/planning-fixture.ts';
import { fixtureChecker, onlyRule as only } from '../helpers/fixture-checker.ts';

const SCOPE = 'content/scope/scope.yaml';
const TOLERANCE = 'content/glossary/tolerance.yaml';
const GATE = 'content/gates/go.yaml';
const tiers = `tiers:
  - id: large
    name: Large
    summary: Big work.
    when:
      - dimension: budget
        atLeast: 500000
    approval:
      forum: board
      description: The board.
    gateDecision:
      forum: board
      description: The board.
    assurance: Full review.
    reporting: Monthly.
    documents:
      - Business case
  - id: small
    name: Small
    summary: Everything else.
    approval:
      role: sponsor
      description: The sponsor.
    gateDecision:
      role: sponsor
      description: The sponsor.
    assurance: Light check.
    reporting: Monthly.
    documents:
      - Brief
intakeForm:
  title: Request form
  introduction: Tell us about the change.
  sections:
    - heading: Size
      fields:
        - id: cost
          label: Outline cost
          kind: number
          unit: GBP
          measures: budget
          usedFor: The budget threshold
          guidance: Give a range.
          goodExample: 120,000 to 150,000
`;
const base: Record<string, string> = {
  ...validPlanningFiles(),
  ...validGovernanceFiles(),
  [TOLERANCE]: 'id: tolerance\nterm: Tolerance\ndefinition: How far a plan may move before the decision goes up.\naliases:\n  - tolerances\nrelated:\n  - rag\n',
  'content/glossary/rag.yaml': 'id: rag\nterm: RAG status\nexpansion: Red, Amber, Green\ndefinition: Status set by rules.\n',
  [GATE]: `id: go
number: 1
name: Approve to go
stage: setup/first
question: Should it go ahead?
entryCriteria:
  - text: The first thing is done.
    checklistItem: first-item
  - text: Something the checklist does not cover.
evidence:
  - document: Business case
    tiers: [large]
  - document: Brief
    tiers: [small]
raci: approvals
`,
};
base[SCOPE] = base[SCOPE].replace('review:', `${tiers}review:`);

const { check, edit } = fixtureChecker(base);

describe('glossary, tiers and intake form on valid input', () => {
  it('find no problem', () => {
    expect(check()).toEqual([]);
  });
});

describe('glossary rules', () => {
  it('reports a related term that does not exist, with the likely one', () => {
    const [problem] = only(check(edit(TOLERANCE, '  - rag\n', '  - rgb\n')), 'reference/glossary-term');
    expect(problem).toMatchObject({ file: TOLERANCE, field: 'related.0', message: 'Unknown glossary term "rgb".' });
    expect(problem.hint).toContain('Did you mean "rag"?');
  });

  it('reports a name used by two terms, whatever its case', () => {
    const [problem] = only(check(edit(TOLERANCE, '  - tolerances\n', '  - tolerances\n  - rag status\n')), 'glossary/duplicate-name');
    expect(problem).toMatchObject({ file: TOLERANCE, field: 'aliases.1', message: '"rag status" is already a name of the glossary term "rag".' });
  });

  it('reports <Term> with an unknown id at its line in the page', () => {
    const page = 'playbooks/setup/first.mdx';
    const [problem] = only(check(edit(page, '## Steps\n\nText.', '## Steps\n\nStay within <Term id="tolerence">tolerance</Term>.')), 'reference/glossary-term');
    expect(problem).toMatchObject({ file: page, field: 'Term', message: '<Term id="tolerence"> names no glossary term.' });
    expect(problem.position?.column).toBe(13);
    expect(problem.hint).toContain('Did you mean "tolerance"?');
  });

  it('refuses a term without a definition', () => {
    const problems = check(edit(TOLERANCE, 'definition: How far a plan may move before the decision goes up.\n', ''));
    expect(problems[0]).toMatchObject({ file: TOLERANCE, field: 'definition' });
  });
});

describe('tier and intake form rules', () => {
  it('reports tiers that leave in-scope work without a tier', () => {
    const [problem] = only(check(edit(SCOPE, '    summary: Everything else.\n', '    summary: Everything else.\n    when:\n      - dimension: budget\n        atLeast: 100000\n')), 'tier/no-catch-all');
    expect(problem).toMatchObject({ file: SCOPE, field: 'tiers.1.when' });
    expect(problem.message).toContain('no approver');
  });

  it('reports a tier with no conditions before the last, and a condition below the scope threshold', () => {
    expect(only(check(edit(SCOPE, '    when:\n      - dimension: budget\n        atLeast: 500000\n', '')), 'tier/unreachable')[0]).toMatchObject({ field: 'tiers.0.when' });
    const [below] = only(check(edit(SCOPE, 'atLeast: 500000', 'atLeast: 50000')), 'tier/below-threshold');
    expect(below).toMatchObject({ field: 'tiers.0.when.0.atLeast', message: '50000 GBP is below the scope threshold of 100000 GBP.' });
    expect(only(check(edit(SCOPE, '      - dimension: budget\n        atLeast: 500000', '      - dimension: risk\n        atLeast: 12')), 'tier/unknown-dimension')).toHaveLength(1);
  });

  it('reports an unknown approving forum or role, and a decider with neither', () => {
    expect(only(check(edit(SCOPE, '      forum: board\n      description: The board.\n    gateDecision', '      forum: bored\n      description: The board.\n    gateDecision')), 'reference/forum')[0]).toMatchObject({ field: 'tiers.0.approval.forum' });
    expect(only(check(edit(SCOPE, '      role: sponsor\n      description: The sponsor.\n    gateDecision', '      role: sponser\n      description: The sponsor.\n    gateDecision')), 'reference/role')[0].hint).toContain('Did you mean "sponsor"?');
    const neither = check(edit(SCOPE, '      role: sponsor\n      description: The sponsor.\n    assurance', '      description: The sponsor.\n    assurance'));
    expect(neither[0]).toMatchObject({ field: 'tiers.1.gateDecision.forum', message: 'Needs a forum or a role that decides.' });
  });

  it('reports an intake form that does not ask a threshold question, and a choice field without choices', () => {
    const [problem] = only(check(edit(SCOPE, '          measures: budget\n', '')), 'intake/threshold-not-asked');
    expect(problem).toMatchObject({ file: SCOPE, field: 'intakeForm.sections' });
    expect(problem.hint).toContain('measures: budget');
    const choice = check(edit(SCOPE, '          kind: number\n', '          kind: choice\n'));
    expect(choice[0]).toMatchObject({ field: 'intakeForm.sections.0.fields.0.choices', message: 'A choice field needs at least two choices.' });
  });
});

describe('gate rules', () => {
  it('reports an entry criterion naming no item of the stage checklist, with the likely one', () => {
    const [problem] = only(check(edit(GATE, 'checklistItem: first-item', 'checklistItem: frist-item')), 'gate/unknown-checklist-item');
    expect(problem).toMatchObject({ file: GATE, field: 'entryCriteria.0.checklistItem', message: '"frist-item" is not an item of the setup/first checklist.' });
    expect(problem.hint).toContain('Did you mean "first-item"?');
  });

  it('reports an unknown stage and an unknown RACI matrix', () => {
    expect(only(check(edit(GATE, 'stage: setup/first', 'stage: setup/frist')), 'reference/stage')[0]).toMatchObject({ field: 'stage' });
    expect(only(check(edit(GATE, 'raci: approvals', 'raci: aprovals')), 'reference/raci')[0].hint).toContain('Did you mean "approvals"?');
  });

  it('reports an evidence document that the tier sending it does not produce', () => {
    const [problem] = only(check(edit(GATE, '  - document: Brief\n', '  - document: Project brief\n')), 'gate/document-not-in-tier');
    expect(problem).toMatchObject({ file: GATE, field: 'evidence.1.document', message: '"Project brief" is not in the document set of Small.' });
    expect(problem.hint).toContain('(Brief)');
    expect(only(check(edit(GATE, 'tiers: [small]', 'tiers: [smal]')), 'reference/tier')[0]).toMatchObject({ field: 'evidence.1.tiers.0' });
  });

  it('reports gate numbers that do not run from 1', () => {
    expect(only(check(edit(GATE, 'number: 1', 'number: 2')), 'gate/number')[0]).toMatchObject({ field: 'number', hint: 'Set number: 1, or renumber the other gates.' });
  });
});

describe('tier table and decision diagram', () => {
  const scope = scopeSchema.parse({
    id: 'scope',
    title: 'Scope',
    summary: 'S',
    categories: [{ kind: 'project', description: 'd', pmoRole: 'r' }],
    thresholds: [
      { dimension: 'budget', atLeast: 100, unit: 'EUR', rationale: 'r' },
      { dimension: 'risk', atLeast: 12, unit: 'points', rationale: 'r' },
    ],
    intake: { route: 'Form', steps: ['Send'], owner: 'lead', responseDays: 5 },
    review: { owner: 'lead', lastReviewed: '2026-01-05', reviewEveryMonths: 6 },
    tiers: [
      { id: 'one', name: 'Tier 1', summary: 's', when: [{ dimension: 'budget', atLeast: 1000 }, { dimension: 'risk', atLeast: 12 }], approval: { forum: 'board', description: 'Board' }, gateDecision: { forum: 'board', description: 'Board' }, assurance: 'a', reporting: 'r', documents: ['Case'] },
      { id: 'two', name: 'Tier 2', summary: 's', approval: { role: 'sponsor', description: 'Sponsor' }, gateDecision: { role: 'sponsor', description: 'Sponsor' }, assurance: 'a', reporting: 'r', documents: ['Brief'] },
    ],
  });
  const format = (value: number) => `<${value}>`;

  it('states each tier test with the unit of its scope threshold', () => {
    expect(tierRows(scope, format).map((row) => row.test)).toEqual(['Budget at least <1000> EUR, or Risk at least <12> points', 'Any other in-scope work']);
  });

  it('asks one question per tier, in order, and names the approvers', () => {
    const diagram = tierDecisionDiagram({ ...scope, id: 'scope' }, String)!;
    expect(diagram.source.split('\n')).toEqual([
      'flowchart TD',
      '  start(["In-scope request"])',
      '  t_one["Tier 1<br>Approval: Board<br>Gates: Board"]',
      '  q1{"Budget at least 1000 EUR, or Risk at least 12 points?"}',
      '  start --> q1',
      '  q1 -->|"Yes"| t_one',
      '  t_two["Tier 2<br>Approval: Sponsor<br>Gates: Sponsor"]',
      '  q1 -->|"No"| t_two',
    ]);
    expect(diagram.summary).toBe('How an in-scope request is given its tier: if budget at least 1000 eur, or risk at least 12 points, it is Tier 1; otherwise it is Tier 2.');
  });
});

describe('glossary helpers', () => {
  const term = (id: string, name: string) => ({ id, data: glossaryTermSchema.parse({ id, term: name, definition: 'd' }) });

  it('sorts terms ignoring case and groups them by letter', () => {
    const { groups } = buildGlossary([term('tranche', 'Tranche'), term('rag', 'RAG status'), term('tier', 'tier'), term('raid', 'RAID log')]);
    expect(groups.map((group) => [group.letter, group.terms.map((entry) => entry.id)])).toEqual([
      ['R', ['rag', 'raid']],
      ['T', ['tier', 'tranche']],
    ]);
  });

  it('links only the first use of a term on each page', () => {
    const page = {};
    const other = {};
    expect([isFirstUse(page, 'rag'), isFirstUse(page, 'rag'), isFirstUse(page, 'tier'), isFirstUse(other, 'rag')]).toEqual([true, false, true, true]);
  });

  it('finds <Term id> uses outside code fences, with their lines', () => {
    const body = 'A <Term id="rag">RAG</Term> and <Term id=\'tier\' />.\n```mdx\n<Term id="code" />\n```\n<Term id={"gate"}>gates</Term>';
    expect(readMdxBody(parseMdx(body).tree!).terms).toEqual([
      { id: 'rag', line: 1, column: 3 },
      { id: 'tier', line: 1, column: 33 },
      { id: 'gate', line: 5, column: 1 },
    ]);
  });
});
