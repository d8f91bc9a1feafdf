import { describe, expect, it } from 'vitest';
import { decisionRaci } from '../../src/lib/governance/decision-raci.ts';
import { meetsOn, nextMeeting, workingDaysBefore } from '../../src/lib/validation/rules-consistency.ts';
import { type Cadence, raciMatrixSchema } from '../../src/schemas/index.ts';
import { stageFile } from '../helpers/content-fixture.ts';
import { validGovernanceFiles } from '../helpers/governance-fixture.ts';
import { validPlanningFiles } from '../helpers/planning-fixture.ts';
import { fixtureChecker, onlyRule as only } from '../helpers/fixture-checker.ts';

const base = { ...validPlanningFiles(), ...validGovernanceFiles() };
const COMMS = 'content/comms/board-update.yaml';
const OBJECTIVE = 'content/objectives/visibility.yaml';

const { check, edit } = fixtureChecker(base);

describe('the combined planning and governance fixture', () => {
  it('has no problem', () => {
    expect(check()).toEqual([]);
  });
});

describe('forum cadence helpers', () => {
  const board: Cadence = { frequency: 'quarterly', weeks: [4], day: 'thursday', months: ['january', 'april', 'july', 'october'], durationMinutes: 120 };
  it('knows a meeting day from the week of the month, the weekday and the month', () => {
    expect(meetsOn(board, '2027-01-28')).toBe(true);
    expect(meetsOn(board, '2026-12-09')).toBe(false);
    expect(meetsOn(board, '2027-02-25')).toBe(false);
    expect(nextMeeting(board, '2026-12-09')).toBe('2027-01-28');
  });
  it('counts working days back over a weekend', () => {
    expect(workingDaysBefore('2026-11-18', 3)).toBe('2026-11-13');
  });
});

describe('forumCommsFollowCadence', () => {
  it('accepts papers issued the forum lead time before a meeting', () => {
    expect(check(edit(COMMS, 'owner: pmo-lead\n', 'owner: pmo-lead\nforum: board\nforumLeadWorkingDays: 5\n'))).toEqual([]);
  });

  it('reports a first date off the forum cadence, with the next meeting', () => {
    const [problem] = only(check(edit(COMMS, 'owner: pmo-lead\n', 'owner: pmo-lead\nforum: board\n')), 'comms/off-forum-cadence');
    expect(problem).toMatchObject({ file: COMMS, field: 'first', severity: 'error' });
    expect(problem.message).toBe('It goes with the Board, but first (2026-10-14), which is not one of its meetings.');
    expect(problem.hint).toContain('set first: "2026-10-21"');
  });

  it('reports a frequency that differs from the forum', () => {
    const problems = only(check(edit(COMMS, 'frequency: monthly\nfirst: 2026-10-14\nowner: pmo-lead\n', 'frequency: weekly\nfirst: 2026-10-14\nowner: pmo-lead\nforum: board\nforumLeadWorkingDays: 5\n')), 'comms/off-forum-cadence');
    expect(problems.map((problem) => problem.field)).toEqual(['frequency']);
    expect(problems[0].hint).toContain('Set frequency: monthly');
  });

  it('reports an unknown forum and a lead time without a forum', () => {
    expect(only(check(edit(COMMS, 'owner: pmo-lead\n', 'owner: pmo-lead\nforum: bord\n')), 'reference/forum')[0]).toMatchObject({ field: 'forum', message: 'Unknown forum "bord".' });
    expect(only(check(edit(COMMS, 'owner: pmo-lead\n', 'owner: pmo-lead\nforumLeadWorkingDays: 2\n')), 'comms/forum-lead-without-forum')).toHaveLength(1);
  });
});

describe('dutiesStartAfterStaffing', () => {
  it('warns when a role owns a communication before the plan staffs it', () => {
    const [problem] = only(check(edit(COMMS, 'first: 2026-10-14', 'first: 2026-09-14')), 'plan/duty-before-start');
    expect(problem).toMatchObject({ file: COMMS, field: 'owner', severity: 'warning' });
    expect(problem.message).toBe('pmo-lead owns this from 2026-09-14, but plan "setup-plan" has the role start on 2026-10-01.');
    expect(problem.hint).toContain('move first to 2026-10-01 or later');
  });
});

describe('objectiveMeasuresMatchKpis', () => {
  const linked = (measure: string, metrics = 'metrics:\n  - register-coverage\n') =>
    edit(OBJECTIVE, '    target: 100%\n    by: 2027-06-30\n', `${measure}${metrics}`);

  it('accepts a measure that names its KPI with the same date and target', () => {
    expect(check(linked('    target: 100%\n    by: 2027-06-30\n    metric: register-coverage\n'))).toEqual([]);
  });

  it('reports a measure with another date or target than its KPI', () => {
    const problems = check(linked('    target: 90%\n    by: 2027-12-31\n    metric: register-coverage\n'));
    expect(only(problems, 'objective/measure-date')[0]).toMatchObject({ file: OBJECTIVE, field: 'measures.0.by' });
    expect(only(problems, 'objective/measure-date')[0].hint).toContain('set by: "2027-06-30"');
    expect(only(problems, 'objective/measure-target')[0]).toMatchObject({ field: 'measures.0.target' });
  });

  it('reports a measure with no KPI and a KPI with no measure', () => {
    const problems = check(linked('    target: 100%\n    by: 2027-06-30\n'));
    expect(only(problems, 'objective/measure-without-kpi')[0]).toMatchObject({ field: 'measures.0' });
    expect(only(problems, 'objective/kpi-without-measure')[0]).toMatchObject({ field: 'metrics.0', message: 'The KPI "register-coverage" is listed but no measure of this objective uses it.' });
  });

  it('reports a measure whose KPI is not listed in metrics', () => {
    const problems = check(linked('    target: 100%\n    by: 2027-06-30\n    metric: register-coverage\n', ''));
    expect(only(problems, 'objective/measure-without-kpi')[0]).toMatchObject({ field: 'measures.0.metric' });
  });
});

describe('stageOutputsAreUnique', () => {
  it('reports an output produced by two stages of one playbook', () => {
    const [problem] = only(check(edit('playbooks/setup/second.mdx', '  - name: Stage 2 decision', '  - name: Stage 1 Decision')), 'stage/duplicate-output');
    expect(problem).toMatchObject({ file: 'playbooks/setup/second.mdx', field: 'outputs.0.name' });
    expect(problem.message).toBe('"Stage 1 Decision" is already an output of setup/first.');
  });
});

describe('ownershipIsSpread', () => {
  const items = (stage: number) =>
    [2, 3]
      .map((n) => `  - id: item-${stage}-${n}\n    text: Do thing ${n}\n    owner: sponsor\n    evidence: Minutes\n`)
      .join('');
  const fourStages = {
    'playbooks/setup/first.mdx': stageFile(1, 'item-1-1', items(1)),
    'playbooks/setup/second.mdx': stageFile(2, 'item-2-1', items(2)),
    'playbooks/setup/third.mdx': stageFile(3, 'item-3-1', items(3)),
    'playbooks/setup/fourth.mdx': stageFile(4, 'item-4-1', items(4)),
  };

  it('warns when one role owns most checklist items and most stages', () => {
    const problems = check(fourStages);
    expect(only(problems, 'ownership/checklist-share')[0]).toMatchObject({ severity: 'warning', file: 'playbooks/setup/fourth.mdx', field: 'checklist.2.owner' });
    expect(only(problems, 'ownership/checklist-share')[0].message).toBe('sponsor owns 12 of the 12 checklist items in setup (100%, more than 25%).');
    expect(only(problems, 'ownership/stage-share')[0].message).toBe('pmo-lead owns 4 of the 4 stages of setup (more than 50%).');
  });

  it('uses the limits in governance settings', () => {
    const settings = 'raci:\n  maxAccountablePerRole: 12\nownership:\n  maxChecklistSharePercent: 100\n  maxStageSharePercent: 100\n';
    expect(check({ ...fourStages, 'content/governance/settings.yaml': settings }).filter((problem) => problem.rule.startsWith('ownership/'))).toEqual([]);
  });

  it('warns about a role that takes part in no stage', () => {
    const role = 'id: observer\ntitle: Observer\nsummary: Watches.\nresponsibilities:\n  - Watches\ntimeCommitment: None\nreview:\n  owner: pmo-lead\n  lastReviewed: 2026-11-01\n  reviewEveryMonths: 12\n';
    const problems = only(check({ 'content/roles/observer.yaml': role }), 'ownership/role-in-no-stage');
    expect(problems[0]).toMatchObject({ file: 'content/roles/observer.yaml', severity: 'warning', message: 'The role "observer" takes part in no stage.' });
  });
});

describe('decisionRaci', () => {
  const matrix = (id: string, order: number, activities: string) => ({
    id,
    data: raciMatrixSchema.parse({ id, title: id, description: 'd', order, stages: ['a/b'], activities: JSON.parse(activities) }),
  });
  it('collects key decisions of every matrix, accountable roles leftmost', () => {
    const table = decisionRaci([
      matrix('one', 1, '[{"id":"prepare","name":"Prepare","assignments":{"lead":"R","sponsor":"A"}},{"id":"approve","name":"Approve","keyDecision":true,"assignments":{"lead":"R","chair":"A","sponsor":"C"}}]'),
      matrix('two', 2, '[{"id":"stop","name":"Stop","keyDecision":true,"assignments":{"sponsor":"A","chair":"I"}}]'),
    ] as never);
    expect(table.columns).toEqual(['chair', 'sponsor', 'lead']);
    expect(table.rows.map((row) => [row.matrix.id, row.activity.id, row.cells])).toEqual([
      ['one', 'approve', ['A', 'C', 'R']],
      ['two', 'stop', ['I', 'A', undefined]],
    ]);
  });
});
