import { describe, expect, it } from 'vitest';
import type { Improvement, Lesson } from '../../src/schemas/index.ts';
import { generatedDiagrams, pageAnchors } from '../../src/lib/pages/catalogue.ts';
import { improvementStageSections } from '../../src/lib/pages/kinds/improvement.ts';
import { buildSiteModel } from '../../src/lib/pages/site-model.ts';
import { improvementsByLesson, improvementsByPerspective, lessonFilters, lessonsByStage, orderBacklog } from '../../src/lib/improvement/lessons-backlog.ts';
import { validateContent } from '../../src/lib/validation/validate-content.ts';
import { writeContentFiles } from '../helpers/content-fixture.ts';
import { validImprovementFiles } from '../helpers/improvement-fixture.ts';
import { fixtureChecker } from '../helpers/fixture-checker.ts';

const lesson = (id: string, date: string, stages: string[], tags: string[], kind: Lesson['source']['kind'] = 'project') => ({
  id,
  data: { id, title: id, date, source: { kind, name: 'x' }, whatHappened: 'w', why: 'y', doDifferently: 'd', stages, roles: [], tags },
});
const item = (id: string, status: Improvement['status'], priority: Improvement['priority'], targetDate: string, lessons: string[] = [], gaps: Improvement['gaps'] = []) => ({
  id,
  data: { id, title: id, problem: 'p', proposal: 'q', lessons, gaps, owner: 'o', priority, status, raised: '2026-10-01', targetDate },
});

describe('lessons and backlog views', () => {
  const lessons = [lesson('old', '2026-01-01', ['a/one'], ['estimating']), lesson('new', '2026-06-01', ['a/one', 'a/two'], ['reporting', 'estimating'], 'health-check')];

  it('lists lessons by stage, newest first', () => {
    expect([...lessonsByStage(lessons)].map(([stage, list]) => [stage, list.map((entry) => entry.id)])).toEqual([
      ['a/one', ['new', 'old']],
      ['a/two', ['new']],
    ]);
  });

  it('offers a filter for every stage, theme and source that selects something, with counts', () => {
    const filters = lessonFilters(lessons, [{ id: 'a/one', title: 'One' }, { id: 'a/two', title: 'Two' }, { id: 'a/three', title: 'Three' }]);
    expect(filters.map(({ facet, value, count }) => `${facet}:${value}:${count}`)).toEqual(['stage:a/one:2', 'stage:a/two:1', 'tag:estimating:2', 'tag:reporting:1', 'source:project:1', 'source:health-check:1']);
  });

  it('orders the backlog: open work first, then priority, then target date', () => {
    const ordered = orderBacklog([
      item('done', 'done', 'high', '2026-01-01'),
      item('planned-low', 'planned', 'low', '2026-01-01'),
      item('planned-high-late', 'planned', 'high', '2027-01-01'),
      item('planned-high', 'planned', 'high', '2026-12-01'),
      item('doing', 'in-progress', 'medium', '2027-06-01'),
    ]);
    expect(ordered.map((entry) => entry.id)).toEqual(['doing', 'planned-high', 'planned-high-late', 'planned-low', 'done']);
  });

  it('links back from lessons and maturity perspectives to the items they led to', () => {
    const items = [item('x', 'planned', 'high', '2027-01-01', ['old'], [{ perspective: 'risk', level: 3 }, { perspective: 'risk', level: 4 }]), item('y', 'done', 'low', '2027-01-01', ['old', 'new'])];
    expect([...improvementsByLesson(items)].map(([id, list]) => [id, list.map((entry) => entry.id)])).toEqual([
      ['old', ['x', 'y']],
      ['new', ['y']],
    ]);
    expect(improvementsByPerspective(items).get('risk')?.map((entry) => entry.id)).toEqual(['x']);
  });
});

const base = validImprovementFiles();
const LESSON = 'content/lessons/late-reports.yaml';
const ITEM = 'content/improvements/earlier-reminders.yaml';

const { check, edit } = fixtureChecker(base, { today: '2026-11-30' });

describe('lesson and backlog rules', () => {
  it('find no problem in the valid fixture', () => {
    expect(check({})).toEqual([]);
  });

  it('report a lesson stage that does not exist, with the likely one', () => {
    expect(check(edit(LESSON, '  - setup/second', '  - setup/secnd'))).toEqual([
      expect.objectContaining({ file: LESSON, field: 'stages.0', rule: 'lesson/unknown-stage', hint: 'Did you mean "setup/second"?' }),
    ]);
    expect(check(edit(LESSON, '  - setup/second', '  - second'))[0]).toMatchObject({ field: 'stages.0', message: expect.stringContaining('for example "pmo-setup/establish-governance"') });
  });

  it('report a lesson role that is not a role, and a lesson dated after today', () => {
    expect(check(edit(LESSON, '  - pmo-lead', '  - pmo-led'))).toEqual([expect.objectContaining({ field: 'roles.0', rule: 'reference/role' })]);
    expect(check(edit(LESSON, 'date: 2026-10-30', 'date: 2026-12-30'))).toEqual([expect.objectContaining({ field: 'date', rule: 'lesson/future-date' })]);
  });

  it('report an item whose lesson or maturity perspective does not exist', () => {
    expect(check(edit(ITEM, '  - late-reports', '  - late-report'))).toEqual([
      expect.objectContaining({ file: ITEM, field: 'lessons.0', rule: 'improvement/unknown-lesson', hint: 'Did you mean "late-reports"?' }),
    ]);
    expect(check(edit(ITEM, 'perspective: governance', 'perspective: governanse'))).toEqual([
      expect.objectContaining({ file: ITEM, field: 'gaps.0.perspective', rule: 'improvement/unknown-perspective', hint: 'Did you mean "governance"?' }),
    ]);
  });

  it('refuse an item with no source, and one due before it was raised', () => {
    const noSource = check(edit(ITEM, 'lessons:\n  - late-reports\ngaps:\n  - perspective: governance\n    level: 3\n', ''));
    expect(noSource[0]).toMatchObject({ file: ITEM, field: 'lessons', message: expect.stringContaining('Needs a source') });
    expect(check(edit(ITEM, 'targetDate: 2026-12-01', 'targetDate: 2026-10-01'))).toEqual([expect.objectContaining({ field: 'targetDate', rule: 'improvement/date-order' })]);
  });

  it('report a maturity model that names a stage that does not exist', () => {
    const model = 'content/maturity/model.yaml';
    expect(check(edit(model, 'stage: setup/second', 'stage: setup/third'))).toEqual([expect.objectContaining({ file: model, field: 'stage', rule: 'maturity/unknown-stage' })]);
  });
});

describe('stage 8 pages in the page catalogue', () => {
  const site = buildSiteModel(validateContent(writeContentFiles(base)).content);

  it('gives the lesson section to the stages lessons concern, and the backlog section to the model\'s stage', () => {
    expect(improvementStageSections(site, 'setup/second').map((section) => section.id)).toEqual(['lessons', 'improvement', 'value-review']);
    expect(improvementStageSections(site, 'setup/first')).toEqual([]);
  });

  it('lists the lessons page, one page per filter and the backlog with their anchors', () => {
    const pages = pageAnchors(site);
    const anchors = (path: string) => [...(pages.get(path) ?? [])];
    expect(anchors('/improve/lessons/')).toEqual(['main', 'filters', 'lesson-late-reports']);
    expect(anchors('/improve/lessons/stage/setup/second/')).toEqual(['main', 'filters', 'lesson-late-reports']);
    expect(anchors('/improve/lessons/tag/reporting/')).toEqual(['main', 'filters', 'lesson-late-reports']);
    expect(anchors('/improve/lessons/source/retrospective/')).toEqual(['main', 'filters', 'lesson-late-reports']);
    expect(anchors('/improve/backlog/')).toEqual(['main', 'backlog', 'items', 'earlier-reminders']);
    expect(anchors('/improve/benefits/register-complete/')).toEqual(['main', 'realisation', 'values', 'dis-benefits']);
  });

  it('renders each benefit\'s realisation chart before the pages', () => {
    expect(generatedDiagrams(site).filter((diagram) => diagram.source.includes('xychart'))).not.toEqual([]);
  });
});
