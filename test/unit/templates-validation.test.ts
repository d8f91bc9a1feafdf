import { describe, expect, it } from 'vitest';
import { pageReviews } from '../../src/lib/reviews/page-reviews.ts';
import { reviewedContent } from '../../src/lib/validation/rules-review.ts';
import type { Problem } from '../../src/lib/validation/problem.ts';
import { reviewBlock, validContentFiles } from '../helpers/content-fixture.ts';
import { validGovernanceFiles } from '../helpers/governance-fixture.ts';
import { fixtureChecker } from '../helpers/fixture-checker.ts';

const templateFile = 'content/templates/change-request.yaml';
const template = `id: change-request
title: Change request
purpose: Records a change and who decides it.
stages:
  - setup/first
sections:
  - heading: Change requested
    guidance: What would differ from the baseline, and why now.
  - heading: Impact
    guidance: Forecast effect on each dimension.
    table:
      columns: [Dimension, Impact]
      rows: 4
  - heading: Who decides
    guidance: Send it to the lowest level whose tolerances hold all of it.
    insert: tolerances
${reviewBlock()}`;

const base = { ...validContentFiles(), ...validGovernanceFiles(), [templateFile]: template };

const { result: check } = fixtureChecker(base);

/** Replaces exactly one occurrence, so a test cannot silently change nothing. */
function editTemplate(from: string, to: string): Record<string, string> {
  if (template.split(from).length !== 2) throw new Error(`"${from}" must occur exactly once in the template`);
  return { [templateFile]: template.replace(from, to) };
}

const only = (problems: Problem[], rule: string) => problems.filter((problem) => problem.rule === rule);

describe('templates collection', () => {
  it('accepts a valid template, reads it with its defaults and lists its review', () => {
    const result = check();
    expect(result.problems).toEqual([]);
    const [entry] = result.content.templates;
    expect(entry.data.sections.map((section) => section.heading)).toEqual(['Change requested', 'Impact', 'Who decides']);
    expect(entry.data.sections[1].table).toEqual({ columns: ['Dimension', 'Impact'], rows: 4 });
    const review = pageReviews(reviewedContent(result.content)).find((candidate) => candidate.collection === 'templates');
    expect(review).toMatchObject({ id: 'change-request', title: 'Change request template', owner: 'pmo-lead', path: '/templates/#template-change-request', file: templateFile });
  });

  it('refuses a template with no stage, naming the file and field', () => {
    const result = check(editTemplate('stages:\n  - setup/first\n', 'stages: []\n'));
    const problem = result.problems.find((candidate) => candidate.field === 'stages');
    expect(problem).toMatchObject({ severity: 'error', file: templateFile });
    expect(problem?.message).toBe('Needs at least one stage that uses it.');
  });

  it('refuses a blank table of zero rows and an unknown insert', () => {
    const rows = check(editTemplate('rows: 4', 'rows: 0'));
    expect(rows.problems.find((problem) => problem.field === 'sections.1.table.rows')).toMatchObject({ file: templateFile, message: 'Must be at least 1, found number 0.' });
    const insert = check(editTemplate('insert: tolerances', 'insert: rag-colours'));
    const problem = insert.problems.find((candidate) => candidate.field === 'sections.2.insert');
    expect(problem).toMatchObject({ file: templateFile });
    expect(problem?.message).toContain('rag-colours');
  });

  it('reports a stage that does not exist with the closest one', () => {
    const [problem] = only(check(editTemplate('  - setup/first\n', '  - setup/frist\n')).problems, 'reference/stage');
    expect(problem).toMatchObject({ file: templateFile, field: 'stages.0' });
    expect(problem.message).toBe('Unknown stage "setup/frist" (template "change-request").');
    expect(problem.hint).toContain('Did you mean "setup/first"?');
  });

  it('reports a review owner that is not a role', () => {
    const [problem] = only(check(editTemplate('owner: pmo-lead', 'owner: pmo-leed')).problems, 'reference/role');
    expect(problem).toMatchObject({ file: templateFile, field: 'review.owner' });
    expect(problem.message).toBe('Unknown role "pmo-leed" (owner of the template "change-request").');
  });

  it('reports a section that prints governance rules when there is no escalation file', () => {
    const result = check({ 'content/governance/escalation.yaml': undefined });
    const [problem] = only(result.problems, 'template/insert-needs-escalation');
    expect(problem).toMatchObject({ severity: 'error', file: templateFile, field: 'sections.2.insert' });
    expect(problem.message).toBe('The section "Who decides" prints the tolerances from content/governance/escalation.yaml, which does not exist.');
    expect(problem.hint).toContain('or remove "insert" from this section');
  });

  it('reports a template reviewed in the future, as for every reviewed page', () => {
    const result = check(editTemplate(`lastReviewed: ${reviewBlock().match(/lastReviewed: (\S+)/)![1]}`, 'lastReviewed: 2099-01-01'));
    const [problem] = only(result.problems, 'review/future-date');
    expect(problem).toMatchObject({ severity: 'error', file: templateFile, field: 'review.lastReviewed' });
  });
});
