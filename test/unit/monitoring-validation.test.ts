import { describe, expect, it } from 'vitest';
import { validateContent } from '../../src/lib/validation/validate-content.ts';
import { planNewEntry } from '../../src/lib/editing/new-entry.ts';
import { reviewedOn, writeContentFiles } from '../helpers/content-fixture.ts';
import { validMonitoringFiles } from '../helpers/monitoring-fixture.ts';
import { fixtureChecker, onlyRule as only } from '../helpers/fixture-checker.ts';

const base = validMonitoringFiles();
const MATRIX = 'content/governance/risk-matrix.yaml';
const RISK = 'content/raid/risks/r01.yaml';
const ISSUE = 'content/raid/issues/i01.yaml';
const ASSUMPTION = 'content/raid/assumptions/a01.yaml';
const DEPENDENCY = 'content/raid/dependencies/d01.yaml';
const REPORT = 'content/status-reports/setup-plan-2026-10.yaml';
const METRIC = 'content/metrics/register-coverage.yaml';

const { check, edit } = fixtureChecker(base, { today: '2026-11-30' });

describe('monitoring content on valid input', () => {
  it('finds no problem', () => {
    expect(check()).toEqual([]);
  });
});

describe('risk matrix schema', () => {
  it('refuses bands with a gap, naming the score the band must start at', () => {
    const [problem] = check(edit(MATRIX, '    from: 3\n', '    from: 4\n'));
    expect(problem).toMatchObject({ file: MATRIX, field: 'bands.1.from', rule: 'schema/custom' });
    expect(problem.message).toContain('Must be 3, the score after the band before it');
  });

  it('refuses bands that stop short of the largest score', () => {
    const [problem] = check(edit(MATRIX, '    to: 9\n', '    to: 8\n'));
    expect(problem).toMatchObject({ file: MATRIX, field: 'bands.2.to' });
    expect(problem.message).toContain('must end at 9, the largest score (3 × 3)');
  });

  it('refuses a scale that does not run 1, 2, 3', () => {
    const [problem] = check(edit(MATRIX, '  - value: 3\n    label: Likely', '  - value: 4\n    label: Likely'));
    expect(problem).toMatchObject({ file: MATRIX, field: 'probability' });
    expect(problem.message).toContain('found 1, 2, 4');
  });
});

describe('RAID schemas', () => {
  it('refuses a risk id without its type letter', () => {
    const problems = check({ 'content/raid/risks/hire.yaml': base[RISK].replace('id: r01', 'id: hire'), [RISK]: undefined, [REPORT]: base[REPORT].replace('topRisks: [r01]', 'topRisks: []') });
    expect(problems[0]).toMatchObject({ file: 'content/raid/risks/hire.yaml', field: 'id' });
    expect(problems[0].message).toContain('"r" and a number');
  });

  it('refuses an unknown risk response, listing the allowed ones', () => {
    const [problem] = check(edit(RISK, 'response: reduce', 'response: mitigate'));
    expect(problem).toMatchObject({ file: RISK, field: 'response' });
    expect(problem.hint ?? problem.message).toContain('avoid');
  });

  it('needs a RAID item to belong to something', () => {
    const [problem] = check(edit(ISSUE, 'belongsTo:\n  objective: visibility\n', 'belongsTo: {}\n'));
    expect(problem).toMatchObject({ file: ISSUE, field: 'belongsTo' });
    expect(problem.message).toContain('at least one of plan, stage or objective');
  });
});

describe('RAID rules', () => {
  it('reports a probability outside the matrix, listing the scale', () => {
    const [problem] = only(check(edit(RISK, 'probability: 2', 'probability: 4')), 'raid/score-outside-matrix');
    expect(problem).toMatchObject({ file: RISK, field: 'probability', message: "Probability 4 is not on the matrix's probability scale (1 to 3).", position: { line: 11, column: 1 } });
    expect(problem.hint).toContain('1 (Unlikely), 2 (Possible), 3 (Likely)');
  });

  it('reports risks logged without a risk matrix', () => {
    const [problem] = only(check({ [MATRIX]: undefined }), 'raid/no-risk-matrix');
    expect(problem).toMatchObject({ file: RISK });
    expect(problem.hint).toContain('content/governance/risk-matrix.yaml');
  });

  it('reports a risk scoring above its level, naming the level that must hold it', () => {
    const [problem] = only(check(edit(RISK, 'probability: 2\nimpact: 2', 'probability: 3\nimpact: 3')), 'raid/risk-above-level-tolerance');
    expect(problem).toMatchObject({ file: RISK, field: 'escalationLevel', message: "Risk R01 scores 9 (3 × 3), above the Lead level's risk tolerance of 8." });
    expect(problem.hint).toContain('set escalationLevel: group');
    expect(problem.hint).toContain("above Lead's limit of 8 and within Group's limit of 12");
  });

  it('holds a risk that names no level where its owner decides, and names that level when the score is above it', () => {
    const unstated = base[RISK].replace('escalationLevel: lead\n', '');
    // pmo-lead decides the Lead level and chairs the working group, which decides the Group level (limit 12).
    expect(only(check({ [RISK]: unstated.replace('probability: 2\nimpact: 2', 'probability: 3\nimpact: 3') }), 'raid/risk-above-level-tolerance')).toEqual([]);
    const workingGroup = 'content/governance/forums/working-group.yaml';
    const chairedBySponsor = base[workingGroup].replace('chair: pmo-lead\nmembers:\n  - sponsor', 'chair: sponsor\nmembers:\n  - pmo-lead');
    const [problem] = only(check({ [workingGroup]: chairedBySponsor, [RISK]: unstated.replace('probability: 2\nimpact: 2', 'probability: 3\nimpact: 3') }), 'raid/risk-above-level-tolerance');
    expect(problem).toMatchObject({ file: RISK, field: 'owner', message: `Risk R01 scores 9 (3 × 3), above the Lead level's (the highest its owner "pmo-lead" decides at) risk tolerance of 8.` });
    expect(problem.hint).toContain('set escalationLevel: group');
  });

  it('needs a level when the risk names none and its owner decides at none', () => {
    const analyst = base['content/roles/pmo-lead.yaml'].replace('id: pmo-lead', 'id: analyst');
    const [problem] = only(check({ 'content/roles/analyst.yaml': analyst, [RISK]: base[RISK].replace('escalationLevel: lead\n', '').replace('owner: pmo-lead\nraised', 'owner: analyst\nraised') }), 'raid/no-holding-level');
    expect(problem).toMatchObject({ file: RISK, field: 'owner', message: 'Risk R01 names no escalation level, and its owner "analyst" decides at none, so nothing says who holds it.' });
    expect(problem.hint).toContain('Add escalationLevel: lead');
  });

  it('does not hold a closed risk to the tolerance of its level', () => {
    const closed = edit(RISK, 'probability: 2\nimpact: 2', 'probability: 3\nimpact: 3')[RISK].replace('status: open\n', 'status: closed\nclosed: 2026-11-20\nclosedReason: Hire started.\n');
    expect(only(check({ [RISK]: closed }), 'raid/risk-above-level-tolerance')).toEqual([]);
  });

  it('reports an unknown escalation level', () => {
    const [problem] = only(check(edit(RISK, 'escalationLevel: lead', 'escalationLevel: leed')), 'reference/escalation-level');
    expect(problem).toMatchObject({ file: RISK, field: 'escalationLevel', message: 'Unknown escalation level "leed".' });
    expect(problem.hint).toContain('Did you mean "lead"?');
  });

  it('reports owners and action owners that are not roles', () => {
    const problems = only(check(edit(RISK, '    owner: sponsor\n', '    owner: sponser\n')), 'reference/role');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: RISK, field: 'actions.0.owner', message: 'Unknown role "sponser".' });
  });

  it('reports an unknown plan, stage and objective in belongsTo', () => {
    const plan = only(check(edit(ASSUMPTION, 'plan: setup-plan', 'plan: setup-plans')), 'reference/raid-plan');
    expect(plan[0]).toMatchObject({ file: ASSUMPTION, field: 'belongsTo.plan', message: 'Unknown plan "setup-plans".' });
    const stage = only(check(edit(RISK, 'stage: setup/first', 'stage: setup/frist')), 'reference/raid-stage');
    expect(stage[0]).toMatchObject({ file: RISK, field: 'belongsTo.stage' });
    expect(stage[0].hint).toContain('Did you mean "setup/first"?');
    const objective = only(check(edit(ISSUE, 'objective: visibility', 'objective: visibilty')), 'reference/raid-objective');
    expect(objective[0]).toMatchObject({ file: ISSUE, field: 'belongsTo.objective' });
  });

  it('reports a dependency on a task the plan does not have', () => {
    const [problem] = only(check(edit(DEPENDENCY, 'task: register', 'task: registr')), 'raid/dependency-task');
    expect(problem).toMatchObject({ file: DEPENDENCY, field: 'dependsOn.task', message: '"registr" is not a task of the plan "setup-plan".' });
    expect(problem.hint).toContain('Did you mean "register"?');
  });

  it('reports a task named with no plan to look it up in', () => {
    const files = edit(DEPENDENCY, 'belongsTo:\n  plan: setup-plan\n', 'belongsTo:\n  stage: setup/first\n');
    expect(only(check(files), 'raid/dependency-task').map((problem) => problem.field)).toEqual(['dependent.task', 'dependsOn.task']);
  });

  it('needs a closed item to say when and why it closed', () => {
    const noDate = only(check(edit(DEPENDENCY, 'closed: 2026-10-20\n', '')), 'raid/closed-needs-date');
    expect(noDate[0]).toMatchObject({ file: DEPENDENCY, field: 'status', message: 'D01 is met but has no closed date.' });
    const noReason = only(check(edit(DEPENDENCY, 'closedReason: Register loaded on 20 October.\n', '')), 'raid/closed-needs-reason');
    expect(noReason[0]).toMatchObject({ file: DEPENDENCY, message: 'D01 is met but says nothing about why.' });
    const issue = only(check(edit(ISSUE, 'status: open', 'status: closed\nclosed: 2026-11-20')), 'raid/closed-needs-reason');
    expect(issue[0].hint).toContain('Add resolution');
  });

  it('refuses a closed date on an open item and one before the item was raised', () => {
    expect(only(check(edit(ISSUE, 'status: open', 'status: open\nclosed: 2026-11-20')), 'raid/open-item-closed-date')[0]).toMatchObject({ file: ISSUE, field: 'closed' });
    expect(only(check(edit(DEPENDENCY, 'closed: 2026-10-20', 'closed: 2026-09-20')), 'raid/closed-before-raised')[0]).toMatchObject({ file: DEPENDENCY, field: 'closed' });
  });

  it('warns about a past action date and a past validate-by date on open items', () => {
    const problems = check({}, '2099-06-01');
    const action = only(problems, 'raid/action-overdue');
    expect(action).toEqual([expect.objectContaining({ severity: 'warning', file: RISK, field: 'actions.0.due', message: 'An action on R01 was due on 2099-01-15 and is not done.' })]);
    const dates = only(problems, 'raid/date-passed');
    expect(dates.map((problem) => [problem.file, problem.field, problem.severity])).toEqual([
      [ASSUMPTION, 'validateBy', 'warning'],
      [ISSUE, 'due', 'warning'],
    ]);
    // D01 is met: a closed item's dates are history, not a warning.
    expect(problems.filter((problem) => problem.file === DEPENDENCY)).toEqual([]);
  });
});

describe('status report rules', () => {
  it('reports unknown plan, level, decider and RAID references', () => {
    const problems = check({
      [REPORT]: base[REPORT].replace('plan: setup-plan', 'plan: setup').replace('workOwnedBy: lead', 'workOwnedBy: leader').replace('from: board', 'from: bored').replace('topRisks: [r01]', 'topRisks: [r09]'),
    });
    expect(problems.map((problem) => [problem.rule, problem.field])).toEqual([
      ['reference/raid-plan', 'plan'],
      ['reference/escalation-level', 'workOwnedBy'],
      ['reference/decider', 'decisionsNeeded.0.from'],
      ['reference/raid-item', 'topRisks.0'],
    ]);
    expect(problems[2].hint).toContain('Did you mean "board"?');
  });

  it('warns about a top risk logged against another plan', () => {
    const otherPlan = base['content/plans/setup-plan.yaml'].replace('id: setup-plan', 'id: other-plan');
    const problems = only(check({ 'content/plans/other-plan.yaml': otherPlan, [RISK]: base[RISK].replace('plan: setup-plan', 'plan: other-plan') }), 'status/item-of-another-plan');
    expect(problems).toEqual([
      expect.objectContaining({ severity: 'warning', file: REPORT, field: 'topRisks.0', message: 'R01 belongs to the plan "other-plan", not to "setup-plan" that this report is on.' }),
    ]);
  });

  it('refuses two reports on one plan for the same period', () => {
    const problems = only(check({ 'content/status-reports/copy.yaml': base[REPORT].replace('id: setup-plan-2026-10', 'id: copy') }), 'status/duplicate-period');
    expect(problems).toHaveLength(1);
    expect(problems[0].message).toContain('already has a report for the period ending 2026-10-31');
  });

  it('refuses a report whose period has not ended', () => {
    const problems = only(check({}, '2026-10-30'), 'status/future-period');
    expect(problems).toEqual([
      expect.objectContaining({ severity: 'error', file: REPORT, field: 'periodEnd', message: "The report's period ends on 2026-10-31, after today (2026-10-30)." }),
    ]);
    expect(only(check({}, '2026-10-31'), 'status/future-period')).toEqual([]);
  });

  it('refuses a top risk or issue raised after the period ended', () => {
    const problems = only(check(edit(RISK, 'raised: 2026-10-01', 'raised: 2026-11-02')), 'status/item-raised-after-period');
    expect(problems).toEqual([
      expect.objectContaining({ severity: 'error', file: REPORT, field: 'topRisks.0', message: "R01 was raised on 2026-11-02, after this report's period ended on 2026-10-31.", hint: expect.stringContaining('Remove it from topRisks') }),
    ]);
  });
});

describe('KPI reading rules', () => {
  const withReadings = (readings: string, thresholds = 'thresholds:\n  green: 90\n  amber: 70\n') => ({ [METRIC]: `${base[METRIC]}${thresholds}readings:\n${readings}` });
  const reading = (date: string, value: number, extra = '') => `  - date: ${date}\n    value: ${value}\n    source: Register\n${extra}`;

  it('accepts ordered readings with thresholds that run the way the KPI improves', () => {
    expect(check(withReadings(reading('2026-10-31', 45) + reading('2026-11-30', 60)))).toEqual([]);
  });

  it('reports readings out of date order and two readings on one date', () => {
    const order = only(check(withReadings(reading('2026-11-30', 60) + reading('2026-10-31', 45))), 'metric/readings-order');
    expect(order[0]).toMatchObject({ file: METRIC, field: 'readings.1.date', message: 'The reading of 2026-10-31 comes after one of 2026-11-30.' });
    const duplicate = only(check(withReadings(reading('2026-10-31', 45) + reading('2026-10-31', 50))), 'metric/duplicate-reading');
    expect(duplicate[0]).toMatchObject({ field: 'readings.1.date', message: 'Two readings are dated 2026-10-31.' });
  });

  it('reports a reading in another unit', () => {
    const [problem] = only(check(withReadings(reading('2026-10-31', 45, '    unit: projects\n'))), 'metric/reading-unit');
    expect(problem).toMatchObject({ field: 'readings.0.unit', message: 'The reading is in "projects" but the KPI is measured in "%".' });
  });

  it('reports thresholds in the wrong order and green beyond the target', () => {
    const swapped = only(check(withReadings(reading('2026-10-31', 45), 'thresholds:\n  green: 70\n  amber: 90\n')), 'metric/thresholds-order');
    expect(swapped[0]).toMatchObject({ field: 'thresholds.amber' });
    expect(swapped[0].message).toContain('this KPI improves as it goes up');
    const beyond = only(check(withReadings(reading('2026-10-31', 45), 'thresholds:\n  green: 110\n  amber: 90\n')), 'metric/thresholds-order');
    expect(beyond[0]).toMatchObject({ field: 'thresholds.green', message: 'Green (110) is beyond the target (100), so meeting the target would not be green.' });
  });
});

describe('npm run new for RAID items and status reports', () => {
  const content = validateContent(writeContentFiles(reviewedOn(base, '2026-11-30')), { today: '2026-11-30' }).content;
  const plan = (kind: string, id: string) => planNewEntry(kind, id, content, { today: '2026-11-30', fileExists: () => false });

  it('writes each new kind where its collection lives, passing the checker with only "write this" warnings', () => {
    const cases: [string, string, string][] = [
      ['risk', 'r02', 'content/raid/risks/r02.yaml'],
      ['issue', 'i02', 'content/raid/issues/i02.yaml'],
      ['assumption', 'a02', 'content/raid/assumptions/a02.yaml'],
      ['dependency', 'd02', 'content/raid/dependencies/d02.yaml'],
      ['status-report', 'setup-plan-2026-11', 'content/status-reports/setup-plan-2026-11.yaml'],
    ];
    for (const [kind, id, file] of cases) {
      const planned = plan(kind, id);
      expect(planned, kind).toMatchObject({ file });
      const problems = check({ [file]: (planned as { text: string }).text });
      expect(problems.filter((problem) => problem.rule !== 'content/template-text'), kind).toEqual([]);
      expect(problems.length, kind).toBeGreaterThan(0);
    }
  });

  it('fills in the period end of a status report and refuses a reference of the wrong type', () => {
    expect((plan('status-report', 'setup-plan-2027-02') as { text: string }).text).toContain('periodEnd: 2027-02-28');
    expect(plan('risk', 'i03')).toEqual({ error: '"i03" is not a risk reference: use "r" and a number of at least two digits, for example r12.' });
    expect((plan('status-report', 'nope-2027-02') as { error: string }).error).toContain('for a plan in content/plans/ (setup-plan)');
  });
});
