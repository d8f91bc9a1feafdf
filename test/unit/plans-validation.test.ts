import { describe, expect, it } from 'vitest';
import { validPlanningFiles } from '../helpers/planning-fixture.ts';
import { fixtureChecker, onlyRule as only } from '../helpers/fixture-checker.ts';

const base = validPlanningFiles();
const PLAN = 'content/plans/setup-plan.yaml';
const METRIC = 'content/metrics/register-coverage.yaml';
const COMMS = 'content/comms/board-update.yaml';
const BOARD = 'content/stakeholders/board.yaml';

/** Validates the valid planning fixture with some files changed (undefined removes a file). */
const { check, edit } = fixtureChecker(base);

describe('planning content on valid input', () => {
  it('finds no problem', () => {
    expect(check()).toEqual([]);
  });
});

describe('plan schema', () => {
  it('needs a start date or an after list, and a duration or an end', () => {
    const problems = check(edit(PLAN, '        after: [approve]\n        duration: 10\n', ''));
    expect(problems.map(({ field, message }) => [field, message])).toEqual([
      ['timeline.0.tasks.1.start', 'Needs a start date or an `after` list of tasks that must finish first.'],
      ['timeline.0.tasks.1.duration', 'Needs a duration in working days or an end date (or milestone: true for a point in time).'],
    ]);
    expect(problems[0]).toMatchObject({ file: PLAN, position: { line: 17, column: 9 } });
  });

  it('refuses a milestone with a duration, and a task with both duration and end', () => {
    const milestone = check(edit(PLAN, '        milestone: true\n', '        milestone: true\n        duration: 2\n'));
    expect(milestone[0]).toMatchObject({ field: 'timeline.0.tasks.0.duration', message: 'A milestone has no duration or end date; remove it, or set milestone: false.' });
    const both = check(edit(PLAN, '        duration: 10\n', '        duration: 10\n        end: 2026-10-20\n'));
    expect(both[0]).toMatchObject({ field: 'timeline.0.tasks.1.end', message: 'Give a duration or an end date, not both.' });
  });

  it('refuses an unknown currency code and a resource with neither role nor title', () => {
    const currency = check(edit(PLAN, '      currency: GBP\n      costType: capex', '      currency: XYZ\n      costType: capex'));
    expect(currency[0]).toMatchObject({ field: 'budget.lines.1.currency', rule: 'schema/custom' });
    expect(currency[0].message).toContain('ISO 4217');
    const resource = check(edit(PLAN, '  - title: Tool contractor\n', '  - note: Tool contractor\n'));
    expect(resource[0]).toMatchObject({ field: 'resources.1.role', message: 'Needs a role (a playbook role id) or a title (for any other post).' });
  });
});

describe('plan rules', () => {
  it('reports an after id that names no task, with the likely one', () => {
    const [problem] = only(check(edit(PLAN, 'after: [register]', 'after: [registr]')), 'plan/unknown-dependency');
    expect(problem).toMatchObject({ file: PLAN, field: 'timeline.0.tasks.2.after.0', message: '"registr" is not a task of this plan.', position: { line: 23, column: 17 } });
    expect(problem.hint).toContain('Did you mean "register"?');
  });

  it('reports a dependency cycle once, naming every task in it', () => {
    const problems = check(edit(PLAN, '        after: [approve]\n', '        after: [board]\n'));
    const cycles = only(problems, 'plan/dependency-cycle');
    expect(cycles).toHaveLength(1);
    expect(cycles[0].message).toBe('Tasks wait for each other in a loop: register → board → register.');
    expect(cycles[0]).toMatchObject({ file: PLAN, field: 'timeline.0.tasks.1.after' });
    expect(cycles[0].hint).toContain('Remove one of these ids');
    // The dates of a plan in a loop cannot be worked out, so no date rule runs on it.
    expect(only(problems, 'plan/task-ends-before-start')).toEqual([]);
  });

  it('reports a task id used twice', () => {
    const [problem] = only(check(edit(PLAN, '      - id: board\n', '      - id: register\n')), 'plan/duplicate-task-id');
    expect(problem).toMatchObject({ field: 'timeline.0.tasks.2.id', message: 'The task id "register" is used twice in this plan.' });
  });

  it('reports a budget line in another currency than the first line', () => {
    const [problem] = only(check(edit(PLAN, '      currency: GBP\n      costType: capex', '      currency: EUR\n      costType: capex')), 'plan/one-currency');
    expect(problem).toMatchObject({ file: PLAN, field: 'budget.lines.1.currency', message: "This line is in EUR but the plan's first budget line is in GBP." });
    expect(problem.hint).toBe("Convert the amount to GBP and write currency: GBP; a plan's totals are in one currency.");
  });

  it('reports a task that ends before the start its dependencies allow', () => {
    // "register" runs from 2 to 15 October 2026, so "board" cannot start before the 16th.
    const [problem] = only(check(edit(PLAN, 'end: 2026-10-30', 'end: 2026-10-12')), 'plan/task-ends-before-start');
    expect(problem).toMatchObject({ file: PLAN, field: 'timeline.0.tasks.2.end', message: 'Task "board" ends on 2026-10-12 but starts on 2026-10-16 (the first working day its after list allows).' });
    expect(problem.hint).toBe('Set end to 2026-10-16 or later, or replace end with a duration in working days.');
  });

  it('reports an impossible date with its field', () => {
    const [problem] = check(edit(PLAN, 'start: 2026-10-01', 'start: 2026-09-31'));
    expect(problem).toMatchObject({ file: PLAN, field: 'timeline.0.tasks.0.start' });
    expect(problem.message).toContain('not a real calendar date');
  });

  it('reports a resource that ends before it starts', () => {
    const [problem] = only(check(edit(PLAN, 'to: 2027-04-30', 'to: 2026-04-30')), 'plan/resource-dates');
    expect(problem).toMatchObject({ field: 'resources.1.to', message: 'The resource ends on 2026-04-30, before it starts on 2026-11-02.' });
  });
});

describe('planning references', () => {
  it('reports unknown roles in plans, KPIs, stakeholders and comms through the role rule', () => {
    const problems = only(
      check({
        ...edit(PLAN, '      owner: sponsor\n', '      owner: sponser\n'),
        ...edit(METRIC, 'owner: pmo-lead', 'owner: pmo-leed'),
        ...edit(BOARD, 'owner: sponsor', 'owner: boss'),
        ...edit(COMMS, 'owner: pmo-lead', 'owner: comms'),
      }),
      'reference/role',
    );
    expect(problems.map(({ file, field }) => `${file} ${field}`)).toEqual([
      `${COMMS} owner`,
      `${METRIC} owner`,
      `${PLAN} budget.lines.1.owner`,
      `${BOARD} owner`,
    ]);
    expect(problems[2].hint).toContain('Did you mean "sponsor"?');
  });

  it('reports a resource role and a stakeholder role that do not exist', () => {
    const problems = only(
      check({ ...edit(PLAN, '  - role: pmo-lead\n', '  - role: pmo-head\n'), ...edit(BOARD, 'owner: sponsor\n', 'owner: sponsor\nrole: directors\n') }),
      'reference/role',
    );
    expect(problems.map(({ field }) => field)).toEqual(['resources.0.role', 'role']);
  });

  it('reports KPIs named by objectives and plans that do not exist', () => {
    const objective = 'content/objectives/visibility.yaml';
    const problems = only(
      check({ ...edit(PLAN, '  - metric: register-coverage', '  - metric: register-coverag'), [objective]: base[objective].replace('owner: pmo-lead', 'metrics:\n  - on-time-reports\nowner: pmo-lead') }),
      'reference/metric',
    );
    expect(problems.map(({ file, field, message }) => [file, field, message])).toEqual([
      [objective, 'metrics.0', 'Unknown KPI "on-time-reports".'],
      [PLAN, 'metrics.0.metric', 'Unknown KPI "register-coverag".'],
    ]);
    expect(problems[1].hint).toBe('Did you mean "register-coverage"? KPI ids are the file names in content/metrics/.');
    expect(problems[0].hint).toContain('Known: register-coverage.');
  });

  it('reports an audience that is not a stakeholder', () => {
    const [problem] = only(check(edit(COMMS, '  - board\n', '  - bord\n')), 'reference/stakeholder');
    expect(problem).toMatchObject({ file: COMMS, field: 'audience.0', message: 'Unknown stakeholder "bord".' });
    expect(problem.hint).toContain('Did you mean "board"?');
  });

  it('reports stages that do not exist and stage references written the wrong way', () => {
    const problems = check({ ...edit(PLAN, '  - setup/first\n', '  - setup/third\n'), ...edit(COMMS, '  - setup/second\n', '  - second\n') });
    expect(only(problems, 'reference/stage')).toMatchObject([{ file: PLAN, field: 'stages.0', message: 'Unknown stage "setup/third" (plan "setup-plan").' }]);
    const [format] = only(problems, 'schema/invalid_format');
    expect(format).toMatchObject({ file: COMMS, field: 'stages.0' });
    expect(format.message).toContain('<playbook>/<stage>');
  });
});

describe('engagement and KPI rules', () => {
  it('reports a high-power, high-interest stakeholder with no communication', () => {
    const [problem] = only(check({ [COMMS]: undefined }), 'stakeholder/no-comms');
    expect(problem).toMatchObject({ file: BOARD, field: 'assessment', position: { line: 5, column: 1 } });
    expect(problem.message).toBe('"Executive board" has high power and high interest (both 0.5 or more) but no communication plan entry.');
    expect(problem.hint).toContain('Add board to the audience of an entry in content/comms/');
  });

  it('does not ask for communications for a stakeholder outside that quadrant', () => {
    expect(only(check({ [COMMS]: undefined, ...edit(BOARD, 'interest: 0.6', 'interest: 0.4') }), 'stakeholder/no-comms')).toEqual([]);
  });

  it('reports a KPI whose target equals its baseline, in the definition and in a plan', () => {
    const definition = only(check(edit(METRIC, 'target: 100', 'target: 40')), 'metric/target-equals-baseline');
    expect(definition).toMatchObject([{ file: METRIC, field: 'target', message: 'The target (40) equals the baseline.' }]);
    const inPlan = only(check(edit(PLAN, '  - metric: register-coverage\n', '  - metric: register-coverage\n    target: 40\n')), 'metric/target-equals-baseline');
    expect(inPlan).toMatchObject([{ file: PLAN, field: 'metrics.0.target', message: `For "register-coverage" this plan's target (40) equals its baseline.` }]);
  });

  it('needs a baseline or a note saying why there is none', () => {
    const [problem] = check(edit(METRIC, 'baseline: 40\n', ''));
    expect(problem).toMatchObject({ file: METRIC, field: 'baseline' });
    expect(problem.message).toContain('baselineNote');
  });

  it('reports comms dates that do not fit: until before first, daily on a weekend, monthly after the 28th', () => {
    const until = only(check(edit(COMMS, 'first: 2026-10-14\n', 'first: 2026-10-14\nuntil: 2026-10-01\n')), 'comms/until-before-first');
    expect(until).toMatchObject([{ file: COMMS, field: 'until', message: 'until (2026-10-01) is before first (2026-10-14).' }]);
    const daily = only(check(edit(COMMS, 'frequency: monthly\nfirst: 2026-10-14', 'frequency: daily\nfirst: 2026-10-17')), 'comms/first-date');
    expect(daily).toMatchObject([{ field: 'first', message: 'A daily communication goes out on working days, but 2026-10-17 is a Saturday or Sunday.' }]);
    const monthly = only(check(edit(COMMS, 'first: 2026-10-14', 'first: 2026-10-30')), 'comms/first-date');
    expect(monthly).toMatchObject([{ field: 'first', message: 'A monthly communication on day 30 would skip months that have no such day.' }]);
    expect(monthly[0].hint).toBe('Set first to a day from the 1st to the 28th, so it goes out every time.');
  });

  it('rejects power or interest outside 0 to 1 and an unknown engagement level', () => {
    const problems = check(edit(BOARD, 'power: 0.9\n  current: neutral', 'power: 1.5\n  current: hostile'));
    expect(problems.map(({ field }) => field)).toEqual(['assessment.power', 'assessment.current']);
    expect(problems[1].hint).toBe('Use one of: unaware, resistant, neutral, supportive, leading.');
  });
});
