import { describe, expect, it } from 'vitest';
import { assessmentCsv, assessmentMarkdown } from '../../src/lib/improvement/maturity-export.ts';
import { answerKey, describeScore, parseStoredAnswers, perspectiveLevel, scoreAssessment, type Answer, type ScoringModel } from '../../src/lib/improvement/maturity-score.ts';
import { maturityTrendChart } from '../../src/lib/improvement/maturity-chart.ts';
import { maturityTrend, type MaturityTrend } from '../../src/lib/improvement/maturity-view.ts';
import { validateContent } from '../../src/lib/validation/validate-content.ts';
import { reviewedOn, writeContentFiles } from '../helpers/content-fixture.ts';
import { validImprovementFiles } from '../helpers/improvement-fixture.ts';
import { fixtureChecker } from '../helpers/fixture-checker.ts';

const statements = (...ids: string[]) => ids.map((id) => ({ id, text: `Statement ${id}` }));
const model: ScoringModel = {
  perspectives: [
    {
      id: 'risk',
      title: 'Risk',
      levels: [
        { level: 1, name: 'Ad hoc', statements: statements('a', 'b') },
        { level: 2, name: 'Repeatable', statements: statements('c', 'd') },
        { level: 3, name: 'Defined', statements: statements('e', 'f', 'g') },
        { level: 4, name: 'Managed', statements: statements('h', 'i') },
        { level: 5, name: 'Optimising', statements: statements('j', 'k') },
      ],
    },
  ],
};
const answers = (entries: Record<string, Answer>) => new Map(Object.entries(entries).map(([id, answer]) => [answerKey('risk', id), answer]));

describe('scoring a maturity self-assessment', () => {
  it('is 0 until every level 1 statement is answered yes', () => {
    expect(perspectiveLevel(model.perspectives[0], answers({}))).toBe(0);
    expect(perspectiveLevel(model.perspectives[0], answers({ a: 'yes', b: 'no' }))).toBe(0);
    expect(perspectiveLevel(model.perspectives[0], answers({ a: 'yes', b: 'yes' }))).toBe(1);
  });

  it('does not count a level whose lower level fails, however many of its own statements hold', () => {
    const score = perspectiveLevel(model.perspectives[0], answers({ a: 'yes', b: 'yes', c: 'no', d: 'yes', e: 'yes', f: 'yes', g: 'yes' }));
    expect(score).toBe(1);
  });

  it('lists the gap to the next level: statements answered no or not answered, not those answered yes', () => {
    const [score] = scoreAssessment(model, answers({ a: 'yes', b: 'yes', c: 'yes', d: 'yes', e: 'no', f: 'yes' }));
    expect(score).toMatchObject({ level: 2, levelName: 'Repeatable', answered: 6, total: 11 });
    expect(score.gap).toEqual({ level: 3, name: 'Defined', statements: [{ id: 'e', text: 'Statement e', answer: 'no' }, { id: 'g', text: 'Statement g', answer: undefined }] });
    expect(describeScore(score)).toBe('Risk: Level 2, Repeatable. 6 of 11 statements answered.');
  });

  it('has no gap at the top level', () => {
    const all = Object.fromEntries('abcdefghijk'.split('').map((id) => [id, 'yes' as Answer]));
    const [score] = scoreAssessment(model, answers(all));
    expect(score.level).toBe(5);
    expect(score.gap).toBeUndefined();
  });

  it('reads stored answers, dropping statements the model no longer has and values that are not yes or no', () => {
    const stored = JSON.stringify({ version: 1, answers: { 'risk/a': 'yes', 'risk/gone': 'yes', 'risk/b': 'maybe', 'risk/c': 'no' } });
    expect([...parseStoredAnswers(stored, model)]).toEqual([['risk/a', 'yes'], ['risk/c', 'no']]);
    expect(parseStoredAnswers('not json', model).size).toBe(0);
    expect(parseStoredAnswers(JSON.stringify({ version: 2, answers: { 'risk/a': 'yes' } }), model).size).toBe(0);
    expect(parseStoredAnswers(null, model).size).toBe(0);
  });
});

describe('exporting a self-assessment', () => {
  const given = answers({ a: 'yes', b: 'yes', c: 'no' });

  it('writes one CSV row per statement with the answer and the level reached', () => {
    const lines = assessmentCsv(model, given).split('\r\n');
    expect(lines[0]).toBe('\uFEFFPerspective,Level,Level name,Statement id,Statement,Answer,Level reached');
    expect(lines[1]).toBe('Risk,1,Ad hoc,a,Statement a,yes,1');
    expect(lines[3]).toBe('Risk,2,Repeatable,c,Statement c,no,1');
    expect(lines[4]).toBe('Risk,2,Repeatable,d,Statement d,,1');
    expect(lines).toHaveLength(13);
  });

  it('writes Markdown with the level per perspective and the gap as a task list', () => {
    const markdown = assessmentMarkdown(model, given, { title: 'Test model', pageUrl: 'https://pmo.example/improve/maturity/', date: '2027-09-16' });
    expect(markdown).toContain('| Risk | Level 1, Ad hoc | 3 of 11 |');
    expect(markdown).toContain('**Risk**, to reach level 2 (Repeatable):\n\n- [ ] Statement c\n- [ ] Statement d (not answered)\n');
    expect(markdown).toContain('Taken on 2027-09-16 at https://pmo.example/improve/maturity/.');
  });
});

describe('maturity trend', () => {
  it('orders assessments by date and reads each perspective\'s level', () => {
    const assessment = (id: string, date: string, level: number) => ({ id, data: { id, title: id, date, assessor: 'x', notes: 'n', levels: [{ perspective: 'risk', level }] } });
    const trend = maturityTrend({ title: 't', introduction: 'i', perspectives: [{ ...model.perspectives[0], summary: 's', levels: [] }], review: { owner: 'x', lastReviewed: '2026-01-01', reviewEveryMonths: 12 } }, [assessment('later', '2027-09-16', 3), assessment('first', '2026-10-01', 2)]);
    expect(trend.assessments.map((entry) => entry.id)).toEqual(['first', 'later']);
    expect(trend.rows).toEqual([{ perspectiveId: 'risk', title: 'Risk', levels: [2, 3] }]);
  });

  it('draws the latest assessment as bars and each earlier one as a line, with the levels in the summary', () => {
    const entry = (id: string, title: string, date: string) => ({ id, data: { id, title, date, assessor: 'x', notes: 'n', levels: [] } });
    const trend: MaturityTrend = {
      assessments: [entry('audit', 'Audit review', '2026-03-12'), entry('baseline', 'Baseline assessment', '2026-10-22')],
      rows: [
        { perspectiveId: 'governance', title: 'Governance', levels: [1, 2] },
        { perspectiveId: 'risk', title: 'Risk "RAID" use', levels: [undefined, 2] },
      ],
    };
    const chart = maturityTrendChart(trend, (date) => date.slice(0, 7))!;
    const body = chart.source.slice(chart.source.lastIndexOf('---\n') + 4).split('\n');
    expect(body).toEqual([
      'xychart-beta horizontal',
      `  x-axis ["Governance", "Risk 'RAID' use"]`,
      '  y-axis "Level" 0 --> 5',
      '  bar "2026-10" [2, 2]',
      '  line "2026-03" [1, 0]',
      '',
    ]);
    expect(chart.source).toContain('showLegend: true');
    expect(chart.summary).toBe(
      `Maturity level per perspective. The baseline assessment of 2026-10 found Governance 2 and Risk "RAID" use 2; the audit review of 2026-03 found Governance 1 and Risk "RAID" use not assessed.`,
    );
    expect(maturityTrendChart({ assessments: [], rows: trend.rows }, (date) => date)).toBeUndefined();
  });
});

const base = validImprovementFiles();
const MODEL = 'content/maturity/model.yaml';
const BASELINE = 'content/maturity/assessments/baseline.yaml';

const { check, edit } = fixtureChecker(base);

describe('maturity content rules', () => {
  it('finds no problem in the valid fixture', () => {
    expect(check()).toEqual([]);
  });

  it('refuses a level with one statement or five, and a perspective without five levels', () => {
    const one = check(edit(MODEL, '          - id: g1b\n            text: Statement g1b holds.\n', ''));
    expect(one[0]).toMatchObject({ file: MODEL, field: 'perspectives.0.levels.0.statements', message: expect.stringContaining('at least 2 statements') });
    const missingLevel = check(edit(MODEL, base[MODEL].slice(base[MODEL].indexOf('      - level: 5'), base[MODEL].indexOf('  - id: benefits')), ''));
    expect(missingLevel[0]).toMatchObject({ field: 'perspectives.0.levels', message: expect.stringContaining('exactly 5 levels') });
  });

  it('reports levels out of order, with the number expected', () => {
    const problems = check(edit(MODEL, '      - level: 2\n        name: Repeatable\n        descriptor: What level 2', '      - level: 3\n        name: Repeatable\n        descriptor: What level 2'));
    expect(problems).toEqual([
      expect.objectContaining({ file: MODEL, field: 'perspectives.0.levels.1.level', rule: 'maturity/level-order', hint: expect.stringContaining('should be level 2') }),
    ]);
    expect(problems[0].position?.line).toBeGreaterThan(1);
  });

  it('reports a statement id used twice in one perspective', () => {
    const problems = check(edit(MODEL, '- id: g2b', '- id: g1a'));
    expect(problems).toEqual([expect.objectContaining({ field: 'perspectives.0.levels.1.statements.1.id', rule: 'maturity/duplicate-id', message: 'Statement id "g1a" is used twice in perspective "governance".' })]);
  });

  it('reports an assessment that misses a perspective or names an unknown one, with the likely id', () => {
    const problems = check(edit(BASELINE, '  - perspective: benefits\n', '  - perspective: benefit\n'));
    expect(problems.map(({ field, rule, message, hint }) => ({ field, rule, message, hint }))).toEqual([
      { field: 'levels', rule: 'maturity/missing-level', message: 'No level given for "benefits".', hint: expect.stringContaining('level reached') },
      { field: 'levels.1.perspective', rule: 'maturity/unknown-perspective', message: 'Unknown perspective "benefit".', hint: 'Did you mean "benefits"?' },
    ]);
  });

  it('refuses a level above 5 and an unknown assessor role', () => {
    const level = check(edit(BASELINE, 'level: 2', 'level: 6'));
    expect(level[0]).toMatchObject({ file: BASELINE, field: 'levels.0.level' });
    const role = check(edit(BASELINE, 'assessor: pmo-lead', 'assessor: pmo-leed'));
    expect(role).toEqual([expect.objectContaining({ field: 'assessor', rule: 'reference/role', hint: expect.stringContaining('Did you mean "pmo-lead"?') })]);
  });

  it('reports an assessment with no model, and two assessments on one day', () => {
    const noModel = check({ [MODEL]: undefined });
    expect(noModel.filter((problem) => problem.rule.startsWith('maturity/'))).toEqual([expect.objectContaining({ file: BASELINE, rule: 'maturity/no-model' })]);
    // The backlog item's gap names a perspective of the missing model.
    expect(noModel.filter((problem) => !problem.rule.startsWith('maturity/'))).toEqual([expect.objectContaining({ rule: 'improvement/unknown-perspective' })]);
    const twice = check({ 'content/maturity/assessments/second.yaml': base[BASELINE].replace('id: baseline', 'id: second') });
    expect(twice).toEqual([expect.objectContaining({ file: 'content/maturity/assessments/second.yaml', rule: 'maturity/duplicate-date', field: 'date' })]);
  });

  it('refuses an assessment dated after today, naming the date and where the next one is planned', () => {
    const files = { ...base, [BASELINE]: base[BASELINE].replace('date: 2026-10-01', 'date: 2027-09-16') };
    const problems = validateContent(writeContentFiles(reviewedOn(files, '2026-11-30')), { today: '2026-11-30' }).problems;
    expect(problems).toEqual([
      expect.objectContaining({
        file: BASELINE,
        field: 'date',
        rule: 'maturity/future-assessment',
        message: 'Assessment "baseline" is dated 2027-09-16, after today (2026-11-30).',
        hint: expect.stringContaining('improvement backlog'),
      }),
    ]);
    // An assessment held today is in the past already.
    const heldToday = validateContent(writeContentFiles(reviewedOn(base, '2026-10-01')), { today: '2026-10-01' }).problems;
    expect(heldToday.filter((problem) => problem.rule === 'maturity/future-assessment')).toEqual([]);
  });
});
