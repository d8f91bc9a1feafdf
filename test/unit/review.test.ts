import { describe, expect, it } from 'vitest';
import { pageReviews, reviewReport, type SourcedPage } from '../../src/lib/reviews/page-reviews.ts';
import { addMonths } from '../../src/lib/dates/calendar-date.ts';
import { nextReviewDate, reviewState } from '../../src/lib/reviews/review-dates.ts';
import { validateContent } from '../../src/lib/validation/validate-content.ts';
import type { Objective, Playbook, Role, Scope, Stage } from '../../src/schemas/index.ts';
import { fixtureReviewDate, stageFile, validContentFiles, writeContentFiles } from '../helpers/content-fixture.ts';

describe('review dates', () => {
  it('is due the given number of months after the last review, at the end of a shorter month', () => {
    expect(nextReviewDate('2026-12-01', 12)).toBe('2027-12-01');
    expect(nextReviewDate('2026-11-30', 3)).toBe('2027-02-28');
  });

  it('is overdue the day after the due date and due soon within 30 days', () => {
    expect(reviewState('2026-12-01', '2026-12-01')).toBe('due-soon');
    expect(reviewState('2026-12-01', '2026-12-02')).toBe('overdue');
    expect(reviewState('2026-12-31', '2026-12-01')).toBe('due-soon');
    expect(reviewState('2027-01-01', '2026-12-01')).toBe('current');
  });
});

const review = (lastReviewed: string, reviewEveryMonths: number, owner = 'lead') => ({ owner, lastReviewed, reviewEveryMonths });

describe('page reviews and the review report', () => {
  const stage = { id: 'setup/first', file: 'playbooks/setup/first.mdx', data: { stage: 1, title: 'First', owner: 'sponsor', lastReviewed: '2026-01-10', reviewEveryMonths: 6 } as Stage };
  const playbook = { id: 'setup', file: 'playbooks/setup/playbook.yaml', data: { title: 'Set-up', review: review('2026-06-01', 12) } as Playbook };
  const role: SourcedPage<Role> = { id: 'lead', file: 'content/roles/lead.yaml', data: { title: 'Lead', review: review('2026-10-20', 2) } as Role };
  const objective: SourcedPage<Objective> = { id: 'speed', file: 'content/objectives/speed.yaml', data: { title: 'Speed', review: review('2026-11-01', 3, 'sponsor') } as Objective };
  const scope: SourcedPage<Scope> = { id: 'scope', file: 'content/scope/scope.yaml', data: { title: 'Scope', review: review('2026-09-01', 3) } as Scope };
  const reviews = pageReviews({ stages: [stage], playbooks: [playbook], roles: [role], objectives: [objective], scope: [scope] });

  it('reads the owner, interval and next date of every kind of page, with its path and file', () => {
    expect(reviews.map((item) => [item.file, item.path, item.owner, item.nextReview, item.fieldPath.join('.')])).toEqual([
      ['content/objectives/speed.yaml', '/objectives/#speed', 'sponsor', '2027-02-01', 'review'],
      ['content/roles/lead.yaml', '/roles/lead/', 'lead', '2026-12-20', 'review'],
      ['content/scope/scope.yaml', '/scope/', 'lead', '2026-12-01', 'review'],
      ['playbooks/setup/first.mdx', '/playbooks/setup/first/', 'sponsor', '2026-07-10', ''],
      ['playbooks/setup/playbook.yaml', '/playbooks/setup/', 'lead', '2027-06-01', 'review'],
    ]);
    expect(reviews.find((item) => item.collection === 'stages')?.kind).toBe('Stage 1 of Set-up');
  });

  it('lists overdue and due-soon pages by owner, most overdue owner first, soonest first', () => {
    const report = reviewReport(reviews, '2026-11-26');
    expect(report.horizon).toBe('2026-12-26');
    expect(report.byOwner.map((group) => [group.owner, group.overdue.map((item) => item.id), group.dueSoon.map((item) => item.id)])).toEqual([
      ['sponsor', ['setup/first'], []],
      ['lead', [], ['scope', 'lead']],
    ]);
    expect([report.overdueCount, report.dueSoonCount, report.currentCount]).toEqual([1, 2, 2]);
  });
});

describe('review rules in the checker', () => {
  const files = validContentFiles();

  it('warns about an overdue page at its lastReviewed line, naming the owner, and does not fail', () => {
    const result = validateContent(writeContentFiles(files), { today: addMonths(fixtureReviewDate, 13) });
    const overdue = result.problems.filter((problem) => problem.rule === 'review/overdue');
    expect(overdue.map((problem) => `${problem.file}:${problem.position?.line} ${problem.field}`)).toEqual([
      'content/objectives/visibility.yaml:17 review.lastReviewed',
      'content/roles/pmo-lead.yaml:10 review.lastReviewed',
      'content/roles/sponsor.yaml:9 review.lastReviewed',
      'content/scope/scope.yaml:21 review.lastReviewed',
      'playbooks/setup/first.mdx:7 lastReviewed',
      'playbooks/setup/playbook.yaml:8 review.lastReviewed',
      'playbooks/setup/second.mdx:7 lastReviewed',
    ]);
    expect(overdue.every((problem) => problem.severity === 'warning')).toBe(true);
    expect(overdue[0].message).toContain('owner: pmo-lead');
    expect(result.errorCount).toBe(0);
  });

  it('rejects a last review in the future', () => {
    const result = validateContent(
      writeContentFiles({ ...files, 'playbooks/setup/first.mdx': stageFile(1, 'a').replace(`lastReviewed: ${fixtureReviewDate}`, 'lastReviewed: 2062-06-01') }),
      { today: fixtureReviewDate },
    );
    expect(result.problems).toMatchObject([{ rule: 'review/future-date', severity: 'error', file: 'playbooks/setup/first.mdx', field: 'lastReviewed', position: { line: 7 } }]);
  });

  it('requires a review block on YAML pages', () => {
    const result = validateContent(writeContentFiles({ ...files, 'content/roles/sponsor.yaml': files['content/roles/sponsor.yaml'].replace(/review:[\s\S]*$/, '') }));
    expect(result.problems).toMatchObject([{ file: 'content/roles/sponsor.yaml', field: 'review', message: 'This required field is missing.' }]);
  });
});
