import { describe, expect, it } from 'vitest';
import { formatReport } from '../../src/lib/validation/format-report.ts';
import type { Problem } from '../../src/lib/validation/problem.ts';
import { reviewBlock, validContentFiles } from '../helpers/content-fixture.ts';
import { validGovernanceFiles } from '../helpers/governance-fixture.ts';
import { fixtureChecker } from '../helpers/fixture-checker.ts';

const base = { ...validContentFiles(), ...validGovernanceFiles() };
const matrixFile = 'content/raci/approvals.yaml';
const boardFile = 'content/governance/forums/board.yaml';
const groupFile = 'content/governance/forums/working-group.yaml';
const escalationFile = 'content/governance/escalation.yaml';
const settingsFile = 'content/governance/settings.yaml';

/** Validates the valid fixture plus governance content with some files replaced (undefined removes a file). */
const { result: check } = fixtureChecker(base);

const only = (problems: Problem[], rule: string) => problems.filter((problem) => problem.rule === rule);

/** Replaces exactly one occurrence, so a test cannot silently change nothing. */
function edit(path: string, from: string, to: string): Record<string, string> {
  const text = base[path as keyof typeof base];
  if (text.split(from).length !== 2) throw new Error(`"${from}" must occur exactly once in ${path}`);
  return { [path]: text.replace(from, to) };
}

describe('governance content that is valid', () => {
  it('has no problem and is read into the content set', () => {
    const result = check();
    expect(result.problems).toEqual([]);
    expect(result.content.raci.map((matrix) => matrix.id)).toEqual(['approvals']);
    expect(result.content.forums.map((forum) => forum.id)).toEqual(['board', 'working-group']);
    expect(result.content.escalation[0].data.levels.map((level) => level.id)).toEqual(['lead', 'group', 'top']);
    expect(result.content.governanceSettings[0].data.raci.maxAccountablePerRole).toBe(5);
  });
});

describe('RACI rules', () => {
  it('reports an activity with two Accountable roles at the second one, naming file, matrix, activity, roles and fix', () => {
    const result = check(edit(matrixFile, '      pmo-lead: R\n      sponsor: A\n', '      pmo-lead: A\n      sponsor: A\n'));
    const [problem] = only(result.problems, 'raci/accountable');
    expect(problem).toMatchObject({ severity: 'error', file: matrixFile, field: 'activities.0.assignments.sponsor', position: { line: 14, column: 7 } });
    expect(problem.message).toBe('Activity "prepare" in the matrix "approvals" has 2 Accountable roles: pmo-lead, sponsor.');
    expect(problem.hint).toBe('Keep A for the one role that answers for the outcome (for example pmo-lead) and change sponsor to R, C or I.');
  });

  it('reports an activity with no Accountable role', () => {
    const result = check(edit(matrixFile, '      sponsor: A\n      pmo-lead: R\n', '      sponsor: C\n      pmo-lead: R\n'));
    const [problem] = only(result.problems, 'raci/accountable');
    expect(problem).toMatchObject({ file: matrixFile, field: 'activities.1.assignments' });
    expect(problem.message).toBe('Activity "decide" in the matrix "approvals" has no Accountable role.');
    expect(problem.hint).toContain('Mark exactly one role A');
    expect(problem.hint).toContain('Roles here: sponsor, pmo-lead.');
  });

  it('reports an activity with no Responsible role', () => {
    const result = check(edit(matrixFile, '      sponsor: A\n      pmo-lead: R\n', '      sponsor: A\n      pmo-lead: I\n'));
    const [problem] = only(result.problems, 'raci/responsible');
    expect(problem).toMatchObject({ file: matrixFile, field: 'activities.1.assignments', position: { line: 17, column: 5 } });
    expect(problem.message).toBe('Activity "decide" in the matrix "approvals" has no Responsible role.');
    expect(problem.hint).toContain('Mark at least one role R');
  });

  it('reports an activity id used twice in a matrix', () => {
    const result = check(edit(matrixFile, '  - id: decide\n', '  - id: prepare\n'));
    expect(only(result.problems, 'raci/duplicate-activity')[0]).toMatchObject({ file: matrixFile, field: 'activities.1.id', message: 'Activity "prepare" in the matrix "approvals" appears twice.' });
  });

  it('reports an unknown role in an assignment with the matrix, the activity and a suggestion', () => {
    const result = check(edit(matrixFile, '      sponsor: A\n      pmo-lead: R\n', '      sponsr: A\n      pmo-lead: R\n'));
    const [problem] = only(result.problems, 'reference/role');
    expect(problem).toMatchObject({ file: matrixFile, field: 'activities.1.assignments.sponsr', position: { line: 18, column: 7 } });
    expect(problem.message).toBe('Unknown role "sponsr" (matrix "approvals", activity "decide").');
    expect(problem.hint).toBe('Did you mean "sponsor"? Role ids are the file names in content/roles/.');
  });

  it('rejects a letter other than R, A, C or I, and an empty assignment list', () => {
    const letter = check(edit(matrixFile, '      pmo-lead: R\n      sponsor: A\n', '      pmo-lead: r\n      sponsor: A\n'));
    const [problem] = only(letter.problems, 'schema/invalid_value');
    expect(problem).toMatchObject({ file: matrixFile, field: 'activities.0.assignments.pmo-lead' });
    expect(problem.hint).toBe('Use one of: R, A, C, I.');

    const empty = check(edit(matrixFile, '    assignments:\n      sponsor: A\n      pmo-lead: R\n', '    assignments: {}\n'));
    expect(empty.problems.map((p) => `${p.field} ${p.message}`)).toContain('activities.1.assignments Needs at least one role.');
  });

  it('explains a role id key that is not kebab-case', () => {
    const result = check(edit(matrixFile, '      sponsor: A\n      pmo-lead: R\n', '      Sponsor: A\n      pmo-lead: R\n'));
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ file: matrixFile, field: 'activities.1.assignments.Sponsor', position: { line: 18, column: 7 }, rule: 'schema/invalid_key' });
    expect(result.problems[0].message).toBe('The key "Sponsor" is not valid: it must be lower-case kebab-case (letters, digits and single hyphens), for example "pmo-director".');
  });

  it('warns about a role that has no part in any matrix, but only once matrices exist', () => {
    const extraRole = { 'content/roles/auditor.yaml': `id: auditor\ntitle: Auditor\nsummary: Checks things.\nresponsibilities:\n  - Audit\ntimeCommitment: A day a month\n${reviewBlock()}` };
    const result = check(extraRole);
    const [warning] = only(result.problems, 'raci/unassigned-role');
    expect(warning).toMatchObject({ severity: 'warning', file: 'content/roles/auditor.yaml', field: 'id' });
    expect(warning.message).toBe('The role "auditor" has no part (R, A, C or I) in any RACI matrix.');
    expect(result.errorCount).toBe(0);

    const noMatrices = check({ ...extraRole, [matrixFile]: undefined });
    expect(only(noMatrices.problems, 'raci/unassigned-role')).toEqual([]);
  });

  it('warns about a role accountable for more activities than the configured limit', () => {
    const result = check({ [settingsFile]: 'raci:\n  maxAccountablePerRole: 1\n' });
    const [warning] = only(result.problems, 'raci/accountable-load');
    expect(warning).toMatchObject({ severity: 'warning', file: 'content/roles/sponsor.yaml', field: 'id' });
    expect(warning.message).toBe('The role "sponsor" is Accountable for 2 activities, more than the limit of 1: approvals/prepare, approvals/decide.');
    expect(warning.hint).toContain('raise raci.maxAccountablePerRole in content/governance/settings.yaml (now 1)');
    expect(result.errorCount).toBe(0);
  });

  it('uses the default limit of 12 when there is no settings file, and says where to set it', () => {
    const activities = Array.from({ length: 13 }, (_, i) => `  - id: step-${i}\n    name: Step ${i}\n    assignments:\n      sponsor: A\n      pmo-lead: R\n`).join('');
    const matrix = base[matrixFile].slice(0, base[matrixFile].indexOf('activities:\n') + 'activities:\n'.length) + activities;
    const result = check({ [settingsFile]: undefined, [matrixFile]: matrix });
    const [warning] = only(result.problems, 'raci/accountable-load');
    expect(warning.message).toContain('Accountable for 13 activities, more than the limit of 12');
    expect(warning.hint).toContain('set raci.maxAccountablePerRole in content/governance/settings.yaml (the default is 12)');

    const atLimit = check({ [settingsFile]: undefined, [matrixFile]: matrix.replace(/  - id: step-12[\s\S]*$/, '') });
    expect(only(atLimit.problems, 'raci/accountable-load')).toEqual([]);
  });

  it('rejects a settings limit below 1', () => {
    const result = check({ [settingsFile]: 'raci:\n  maxAccountablePerRole: 0\n' });
    expect(result.problems[0]).toMatchObject({ file: settingsFile, field: 'raci.maxAccountablePerRole', rule: 'schema/too_small' });
  });
});

describe('stage and forum references', () => {
  it('reports an unknown stage in a matrix and in a forum, with a suggestion', () => {
    const result = check({
      ...edit(matrixFile, '  - setup/first\n', '  - setup/frist\n'),
      ...edit(boardFile, '  - setup/second\n', '  - other/second\n'),
    });
    const problems = only(result.problems, 'reference/stage');
    expect(problems.map((p) => `${p.file}:${p.position?.line} ${p.field} ${p.message}`)).toEqual([
      'content/governance/forums/board.yaml:25 stages.0 Unknown stage "other/second" (forum "board").',
      'content/raci/approvals.yaml:6 stages.0 Unknown stage "setup/frist" (matrix "approvals").',
    ]);
    expect(problems[1].hint).toContain('Did you mean "setup/first"?');
    expect(problems[0].hint).toContain('Did you mean "setup/second"?');
  });

  it('rejects a stage written without its playbook', () => {
    const result = check(edit(matrixFile, '  - setup/first\n', '  - first\n'));
    expect(result.problems[0]).toMatchObject({ file: matrixFile, field: 'stages.0', rule: 'schema/invalid_format' });
    expect(result.problems[0].message).toContain('"<playbook>/<stage>"');
  });

  it('reports unknown forums as escalation targets, in matrices and in escalation levels', () => {
    const result = check({
      ...edit(groupFile, 'escalatesTo: board', 'escalatesTo: bord'),
      ...edit(matrixFile, 'forums:\n  - board\n', 'forums:\n  - steering-group\n'),
      ...edit(escalationFile, '      forum: working-group\n', '      forum: workgroup\n'),
    });
    const problems = only(result.problems, 'reference/forum');
    expect(problems.map((p) => `${p.file} ${p.field} ${p.message}`)).toEqual([
      'content/governance/escalation.yaml levels.1.decidedBy.forum Unknown forum "workgroup" (escalation level "group").',
      'content/governance/forums/working-group.yaml escalatesTo Unknown forum "bord" (escalation route of the forum "working-group").',
      'content/raci/approvals.yaml forums.0 Unknown forum "steering-group" (matrix "approvals").',
    ]);
    expect(problems[1].hint).toContain('Did you mean "board"?');
    expect(problems[2].hint).toContain('Use the id of a forum in content/governance/forums/ (board, working-group)');
  });
});

describe('forum rules', () => {
  it('reports an unknown chair, member and quorum role, naming the forum', () => {
    const result = check({
      ...edit(boardFile, 'chair: sponsor', 'chair: chairperson'),
      ...edit(groupFile, 'members:\n  - sponsor\n', 'members:\n  - sponsors\n'),
    });
    const messages = only(result.problems, 'reference/role').map((p) => `${p.field} ${p.message}`);
    expect(messages).toEqual(['chair Unknown role "chairperson" (chair of the forum "board").', 'members.0 Unknown role "sponsors" (member of the forum "working-group").']);
  });

  it('reports a quorum that requires someone who does not sit on the forum', () => {
    const result = check(edit(groupFile, 'quorum:\n  description: The PMO lead.\n', 'quorum:\n  description: The PMO lead.\n  requires:\n    - pmo-lead\n    - nobody\n'));
    expect(only(result.problems, 'reference/role')[0].message).toBe('Unknown role "nobody" (quorum of the forum "working-group").');
    const seated = check({
      ...edit(groupFile, 'members:\n  - sponsor\n', 'members:\n  - pmo-lead\n'),
      [groupFile]: base[groupFile].replace('members:\n  - sponsor\n', 'members:\n  - pmo-lead\n').replace('  description: The PMO lead.\n', '  description: The PMO lead.\n  requires:\n    - sponsor\n'),
    });
    const [problem] = only(seated.problems, 'governance/quorum-role');
    expect(problem).toMatchObject({ file: groupFile, field: 'quorum.requires.0' });
    expect(problem.message).toBe('The quorum of the forum "working-group" requires "sponsor", who is neither its chair nor a member, so it could never be met.');
    expect(problem.hint).toBe('Add sponsor to members, or remove it from quorum.requires.');
  });

  it('reports escalation routes that loop, once per loop, and a forum escalating to itself', () => {
    const loop = check(edit(boardFile, 'stages:\n', 'escalatesTo: working-group\nstages:\n'));
    const loops = only(loop.problems, 'governance/escalation-loop');
    expect(loops).toHaveLength(1);
    expect(loops[0].message).toMatch(/^Escalation routes form a loop: (board → working-group → board|working-group → board → working-group)\.$/);
    expect(loops[0].hint).toContain('leave it out on the top forum');

    const self = check(edit(boardFile, 'stages:\n', 'escalatesTo: board\nstages:\n'));
    expect(only(self.problems, 'governance/escalation-loop')[0]).toMatchObject({ file: boardFile, field: 'escalatesTo', message: 'The forum "board" escalates to itself.' });
  });

  it('checks that a cadence names the weeks its frequency needs', () => {
    const twoWeeks = check(edit(boardFile, 'weeks: [3]', 'weeks: [1, 3]'));
    expect(twoWeeks.problems[0]).toMatchObject({ file: boardFile, field: 'cadence.weeks', rule: 'schema/custom' });
    expect(twoWeeks.problems[0].message).toBe('A monthly forum needs exactly 1 week of the month, for example weeks: [3].');

    const weekly = check(edit(groupFile, '  frequency: weekly\n', '  frequency: weekly\n  weeks: [2]\n'));
    expect(weekly.problems[0].message).toBe('A weekly forum meets every week: remove weeks.');

    const quarterly = check(edit(boardFile, '  frequency: monthly\n', '  frequency: quarterly\n'));
    expect(quarterly.problems[0]).toMatchObject({ field: 'cadence.months' });
    expect(quarterly.problems[0].message).toContain('needs the four months it meets in');

    const fifthWeek = check(edit(boardFile, 'weeks: [3]', 'weeks: [5]'));
    expect(fifthWeek.problems[0]).toMatchObject({ field: 'cadence.weeks.0', message: 'Must be at most 4, found number 5.' });
  });
});

describe('escalation rules', () => {
  it('reports a tolerance that narrows going up, at the field, naming both levels and the fix', () => {
    const result = check(edit(escalationFile, '        percent: 10\n', '        percent: 4\n'));
    const [problem] = only(result.problems, 'governance/tolerance-order');
    expect(problem).toMatchObject({ file: escalationFile, field: 'levels.1.tolerances.cost.percent', position: { line: 28, column: 9 } });
    expect(problem.message).toBe('Tolerances must widen going up: the level "group" allows a cost overrun of 4%, less than the 5% below it (level "lead").');
    expect(problem.hint).toBe('Widen cost.percent on "group" to at least what "lead" allows, or tighten "lead". Levels are listed lowest first.');
  });

  it('reports narrower caps, schedules, scope and risk, and a limit above an open level', () => {
    const result = check({
      [escalationFile]: base[escalationFile]
        .replace('        cap: 50000\n', '        cap: 5000\n')
        .replace('        weeks: 4\n', '        weeks: 1\n')
        .replace('        benefitsShortfallPercent: 5\n', '        benefitsShortfallPercent: 0\n        # narrower is fine at equal\n')
        .replace('        maxScore: 12\n', '        maxScore: 6\n'),
    });
    expect(only(result.problems, 'governance/tolerance-order').map((p) => p.field)).toEqual([
      'levels.1.tolerances.cost.cap',
      'levels.1.tolerances.schedule.weeks',
      'levels.1.tolerances.risk.maxScore',
    ]);
  });

  it('reports a top level with limits, since nobody would decide beyond them', () => {
    const result = check(edit(escalationFile, '    tolerances: {}\n', '    tolerances:\n      risk:\n        maxScore: 20\n'));
    const [problem] = only(result.problems, 'governance/escalation-top');
    expect(problem).toMatchObject({ file: escalationFile, field: 'levels.2.tolerances.risk' });
    expect(problem.message).toBe('The top level "top" sets limits on risk, so a situation beyond them would have nobody to decide it.');
    expect(problem.hint).toBe('Remove tolerances.risk from "top": the top level takes whatever the levels below cannot.');
  });

  it('reports a level id used twice, and levels that only serve programmes', () => {
    const duplicate = check(edit(escalationFile, '  - id: group\n', '  - id: lead\n'));
    expect(only(duplicate.problems, 'governance/duplicate-level')[0]).toMatchObject({ field: 'levels.1.id', message: 'The escalation level "lead" appears twice.' });

    const programmeOnly = base[escalationFile].replaceAll('    decidedBy:\n', '    programmeWorkOnly: true\n    decidedBy:\n');
    const result = check({ [escalationFile]: programmeOnly });
    expect(only(result.problems, 'governance/escalation-top').map((p) => p.message)).toContain(
      'Every level is marked programmeWorkOnly, so projects outside a programme have no level to decide for them.',
    );
  });

  it('reports an unknown deciding role and a level decided by both a forum and a role', () => {
    const unknown = check(edit(escalationFile, '      role: pmo-lead\n', '      role: lead\n'));
    expect(only(unknown.problems, 'reference/role')[0]).toMatchObject({ field: 'levels.0.decidedBy.role', message: 'Unknown role "lead" (deciding at the escalation level "lead").' });

    const both = check(edit(escalationFile, '      role: pmo-lead\n', '      role: pmo-lead\n      forum: board\n'));
    expect(both.problems[0]).toMatchObject({ field: 'levels.0.decidedBy', message: 'Needs exactly one of forum or role.' });
  });

  it('rejects an example without a forecast and a percentage above 100', () => {
    const result = check({
      [escalationFile]: base[escalationFile].replace('      costOverrun: 20000\n', '      {}\n').replace('    forecast:\n      {}\n', '    forecast: {}\n').replace('        percent: 5\n', '        percent: 105\n'),
    });
    expect(result.problems.map((p) => `${p.field} ${p.message}`)).toEqual([
      'levels.0.tolerances.cost.percent Must be at most 100, found number 105.',
      'examples.0.forecast Needs at least one forecast deviation.',
    ]);
  });
});

describe('report', () => {
  it('prints a RACI error with file, line, field, message, rule and fix', () => {
    const result = check(edit(matrixFile, '      sponsor: A\n      pmo-lead: R\n', '      sponsor: A\n      pmo-lead: A\n'));
    const report = formatReport(result);
    expect(report).toContain('content/raci/approvals.yaml:19:7  error  activities.1.assignments.pmo-lead  Activity "decide" in the matrix "approvals" has 2 Accountable roles: sponsor, pmo-lead.  [raci/accountable]');
    expect(report).toContain('    fix: Keep A for the one role that answers for the outcome (for example sponsor) and change pmo-lead to R, C or I.');
  });
});
