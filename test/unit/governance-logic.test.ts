import { describe, expect, it } from 'vitest';
import { calendarRows, describeCadence, formatDuration, meetingMonths, meetingWeeks } from '../../src/lib/governance/cadence.ts';
import { escalationLadderGraph, forumStructureGraph } from '../../src/lib/governance/escalation-graphs.ts';
import { breachesOf, levelsByForum, limitedDimensions, narrowings, whoDecides } from '../../src/lib/governance/escalation.ts';
import { escalationDepth, forumRoleIds, forumsByRole, orderForums } from '../../src/lib/governance/forum-roles.ts';
import { buildGovernanceModel } from '../../src/lib/governance/governance-model.ts';
import { matrixColumns, orderMatrices, raciTable } from '../../src/lib/governance/raci-matrix.ts';
import { accountableActivities, assignmentsByRole, roleLoads } from '../../src/lib/governance/role-assignments.ts';
import { describeCost, describeRisk, describeSchedule, describeScope, toleranceSummary } from '../../src/lib/governance/tolerance-text.ts';
import type { Entry } from '../../src/lib/playbook/playbook-model.ts';
import type { Cadence, EscalationLevel, Forum, RaciMatrix } from '../../src/schemas/index.ts';

const matrix = (id: string, order: number, activities: [string, Record<string, 'R' | 'A' | 'C' | 'I'>][], stages = ['p/one']): Entry<RaciMatrix> => ({
  id,
  data: {
    id,
    title: `Matrix ${id}`,
    description: 'd',
    order,
    stages,
    forums: [],
    activities: activities.map(([activityId, assignments]) => ({ id: activityId, name: `Do ${activityId}`, assignments })),
  },
});

const cadence = (overrides: Partial<Cadence> = {}): Cadence => ({ frequency: 'monthly', weeks: [3], day: 'wednesday', durationMinutes: 90, ...overrides });

const forum = (id: string, chair: string, members: string[], escalatesTo?: string, overrides: Partial<Forum> = {}): Entry<Forum> => ({
  id,
  data: {
    id,
    title: `Forum ${id}`,
    purpose: 'p',
    chair,
    members,
    otherMembers: [],
    cadence: cadence(),
    quorum: { description: 'q', requires: [] },
    decisionRights: [{ decision: 'Decide' }],
    inputs: ['i'],
    outputs: ['o'],
    escalatesTo,
    stages: [],
    ...overrides,
  },
});

/** The Northwind ladder in miniature: a role, a project forum, a programme-only forum, a portfolio forum, an open top. */
const levels: EscalationLevel[] = [
  {
    id: 'pm', title: 'Project manager', decidedBy: { role: 'project-manager' }, programmeWorkOnly: false, escalateWithinWorkingDays: 2,
    tolerances: {
      cost: { percent: 5, of: 'stage-budget', cap: 50_000, maxRevisedBudget: 2_000_000 },
      schedule: { weeks: 2, on: 'stage-end' },
      scope: { benefitsShortfallPercent: 0, description: 'No must-have changes.' },
      risk: { maxScore: 8 },
    },
  },
  {
    id: 'project', title: 'Project', decidedBy: { forum: 'project-board' }, programmeWorkOnly: false, escalateWithinWorkingDays: 5,
    tolerances: {
      cost: { percent: 10, of: 'total-budget', cap: 100_000, maxRevisedBudget: 2_000_000 },
      schedule: { weeks: 4, on: 'end-date' },
      scope: { benefitsShortfallPercent: 5, description: 'Must-haves may change.' },
      risk: { maxScore: 11 },
    },
  },
  {
    id: 'programme', title: 'Programme', decidedBy: { forum: 'programme-board' }, programmeWorkOnly: true,
    tolerances: { cost: { percent: 15, of: 'total-budget', cap: 250_000, maxRevisedBudget: 2_000_000 }, schedule: { weeks: 8, on: 'end-date' }, risk: { maxScore: 15 } },
  },
  {
    id: 'portfolio', title: 'Portfolio', decidedBy: { forum: 'portfolio-board' }, programmeWorkOnly: false,
    tolerances: { cost: { percent: 20, of: 'total-budget', cap: 500_000, maxRevisedBudget: 2_000_000 }, schedule: { weeks: 13, on: 'end-date' }, risk: { maxScore: 25 } },
  },
  { id: 'executive', title: 'Executive', decidedBy: { forum: 'executive-board' }, programmeWorkOnly: false, tolerances: {} },
];

describe('RACI matrix model', () => {
  const m = matrix('change', 1, [
    ['log', { pm: 'A', analyst: 'R' }],
    ['decide', { sponsor: 'A', pm: 'R', finance: 'C' }],
  ]);

  it('puts roles in columns in the order they are first assigned', () => {
    expect(matrixColumns(m.data)).toEqual(['pm', 'analyst', 'sponsor', 'finance']);
  });

  it('fills one cell per column and leaves roles without a part empty', () => {
    const table = raciTable(m);
    expect(table.rows.map((row) => row.cells)).toEqual([
      ['A', 'R', undefined, undefined],
      ['R', undefined, 'A', 'C'],
    ]);
    expect(table.rows[1].activity.id).toBe('decide');
  });

  it('orders matrices by their order, then title', () => {
    expect(orderMatrices([matrix('b', 2, []), matrix('z', 1, []), matrix('a', 2, [])]).map((x) => x.id)).toEqual(['z', 'a', 'b']);
  });
});

describe('role assignments and load', () => {
  const intake = matrix('intake', 2, [['score', { pm: 'C', sponsor: 'A', analyst: 'R' }], ['reply', { analyst: 'R', pm: 'A' }]]);
  const change = matrix('change', 1, [['log', { pm: 'R', sponsor: 'A' }], ['tell', { pm: 'I', sponsor: 'A', analyst: 'R' }]]);
  const assignments = assignmentsByRole([intake, change]);

  it('lists each role\'s activities with A first, then R, C, I, in matrix order within a letter', () => {
    expect(assignments.get('pm')!.map((a) => `${a.letter} ${a.matrix.id}/${a.activity.id}`)).toEqual([
      'A intake/reply',
      'R change/log',
      'C intake/score',
      'I change/tell',
    ]);
    expect(assignments.get('sponsor')!.map((a) => `${a.matrix.id}/${a.activity.id}`)).toEqual(['change/log', 'change/tell', 'intake/score']);
  });

  it('counts R, A, C and I per matrix and in total', () => {
    const loads = roleLoads(assignments);
    expect(loads.get('sponsor')!.total).toEqual({ R: 0, A: 3, C: 0, I: 0 });
    expect(loads.get('analyst')!.byMatrix.get('intake')).toEqual({ R: 2, A: 0, C: 0, I: 0 });
    expect(loads.get('analyst')!.byMatrix.get('change')).toEqual({ R: 1, A: 0, C: 0, I: 0 });
    expect(loads.get('pm')!.total).toEqual({ R: 1, A: 1, C: 1, I: 1 });
  });

  it('finds the activities a role is accountable for', () => {
    expect(accountableActivities(assignments, 'sponsor').map((a) => a.activity.id)).toEqual(['log', 'tell', 'score']);
    expect(accountableActivities(assignments, 'nobody')).toEqual([]);
  });
});

describe('forums and roles', () => {
  const forums = [
    forum('project-board', 'sponsor', ['pm', 'sponsor'], 'portfolio-board'),
    forum('executive', 'exec', ['chair'], undefined),
    forum('portfolio-board', 'chair', ['director', 'finance'], 'executive'),
    forum('working-group', 'director', ['analyst'], 'portfolio-board'),
  ];

  it('lists a forum\'s roles once, chair first', () => {
    expect(forumRoleIds(forums[0].data)).toEqual(['sponsor', 'pm']);
  });

  it('orders forums from the top of the escalation structure down, then by title', () => {
    expect(orderForums(forums).map((f) => f.id)).toEqual(['executive', 'portfolio-board', 'project-board', 'working-group']);
  });

  it('stops at a loop instead of walking it forever', () => {
    const loop = new Map<string, string | undefined>([['a', 'b'], ['b', 'a']]);
    expect(escalationDepth('a', loop)).toBe(1);
    expect(escalationDepth('x', new Map([['x', 'missing']]))).toBe(0);
  });

  it('tells each role which forums it chairs and sits on, without counting a chair twice', () => {
    const seats = forumsByRole(forums);
    expect(seats.get('director')!.chairs.map((f) => f.id)).toEqual(['working-group']);
    expect(seats.get('director')!.memberOf.map((f) => f.id)).toEqual(['portfolio-board']);
    expect(seats.get('sponsor')!.chairs.map((f) => f.id)).toEqual(['project-board']);
    expect(seats.get('sponsor')!.memberOf).toEqual([]);
    expect(seats.has('nobody')).toBe(false);
  });
});

describe('cadence', () => {
  it('describes each frequency in words', () => {
    expect(describeCadence(cadence({ durationMinutes: 150 }))).toBe('Third Wednesday of every month, for 2 hours 30 minutes');
    expect(describeCadence({ frequency: 'weekly', day: 'tuesday', durationMinutes: 60 })).toBe('Every Tuesday, for 1 hour');
    expect(describeCadence({ frequency: 'fortnightly', weeks: [3, 1], day: 'thursday', durationMinutes: 45 })).toBe('First and third Thursday of every month, for 45 minutes');
    expect(describeCadence({ frequency: 'quarterly', weeks: [4], day: 'thursday', months: ['january', 'april', 'july', 'october'], durationMinutes: 120 })).toBe(
      'Fourth Thursday of January, April, July and October, for 2 hours',
    );
    expect(describeCadence({ frequency: 'monthly', weeks: [2], durationMinutes: 60, alsoWhen: 'At each stage gate' })).toBe(
      'During the second week of every month, for 1 hour; also at each stage gate',
    );
  });

  it('gives the weeks and months a forum meets in', () => {
    expect(meetingWeeks({ frequency: 'weekly', durationMinutes: 60 })).toEqual([1, 2, 3, 4]);
    expect(meetingWeeks({ frequency: 'fortnightly', weeks: [4, 2], durationMinutes: 60 })).toEqual([2, 4]);
    expect(meetingMonths(cadence())).toBe('Every month');
    expect(meetingMonths({ frequency: 'quarterly', weeks: [1], months: ['march', 'june', 'september', 'december'], durationMinutes: 60 })).toBe('March, June, September and December');
    expect(formatDuration(120)).toBe('2 hours');
  });

  it('lays out a calendar row per forum with the day in each week it meets', () => {
    const rows = calendarRows([
      forum('board', 'chair', ['x'], undefined, { papersDueWorkingDays: 5 }),
      forum('project', 'sponsor', ['pm'], undefined, { cadence: { frequency: 'monthly', weeks: [2], durationMinutes: 60 } }),
    ]);
    expect(rows.map((row) => row.weeks)).toEqual([
      [undefined, undefined, 'Wednesday', undefined],
      [undefined, 'Meets', undefined, undefined],
    ]);
    expect(rows[0].papersDueWorkingDays).toBe(5);
    expect(rows[1].months).toBe('Every month');
  });
});

describe('tolerances in words', () => {
  it('describes each dimension, and an open one as no limit', () => {
    expect(describeCost(levels[0].tolerances.cost)).toBe('5% of the current stage budget, up to £50,000, revised budget at most £2,000,000');
    expect(describeCost({ percent: 5, of: 'stage-budget' })).toBe('5% of the current stage budget');
    expect(describeCost(levels[3].tolerances.cost)).toBe('20% of the total budget, up to £500,000, revised budget at most £2,000,000');
    expect(describeSchedule(levels[1].tolerances.schedule)).toBe('4 weeks on the end date');
    expect(describeSchedule({ weeks: 1, on: 'stage-end' })).toBe('1 week on the end of the current stage');
    expect(describeScope(levels[0].tolerances.scope)).toBe('No fall in benefits. No must-have changes.');
    expect(describeScope(levels[1].tolerances.scope)).toBe('Benefits may fall by up to 5%. Must-haves may change.');
    expect(describeRisk(levels[1].tolerances.risk)).toBe('Risks scoring up to 11');
    expect(describeCost(undefined)).toBe('No limit');
    expect(toleranceSummary(levels[1].tolerances)).toBe('cost +10% (max £100,000), 4 weeks late, benefits down 5%, risks up to 11');
    expect(toleranceSummary({})).toBe('no limit');
  });
});

describe('who decides', () => {
  const decide = (project: { totalBudget: number; stageBudget?: number; inProgramme?: boolean }, forecast: Record<string, number>) =>
    whoDecides(levels, { project: { inProgramme: false, ...project }, forecast })?.level.id;

  it('sends a standalone project 15% over budget to the portfolio board', () => {
    expect(decide({ totalBudget: 600_000, stageBudget: 250_000 }, { costOverrun: 90_000 })).toBe('portfolio');
  });

  it('stops the same overrun at the programme board when the project is in a programme', () => {
    expect(decide({ totalBudget: 600_000, stageBudget: 250_000, inProgramme: true }, { costOverrun: 90_000 })).toBe('programme');
  });

  it('leaves a small overrun with the project manager and takes exact limits as within', () => {
    expect(decide({ totalBudget: 520_000, stageBudget: 200_000 }, { costOverrun: 10_000, stageSlipWeeks: 2 })).toBe('pm');
    expect(decide({ totalBudget: 520_000, stageBudget: 200_000 }, { costOverrun: 10_001 })).toBe('project');
  });

  it('applies the cap whatever the percentage allows', () => {
    // 5% of a £1.2m stage is £60,000, above the £50,000 cap; 6% of the total is within the project level.
    expect(decide({ totalBudget: 1_000_000, stageBudget: 1_200_000 }, { costOverrun: 55_000 })).toBe('project');
  });

  it('passes a situation up when the budget it is measured against is not given', () => {
    const decision = whoDecides(levels, { project: { totalBudget: 1_000_000, inProgramme: false }, forecast: { costOverrun: 1_000 } });
    expect(decision?.level.id).toBe('project');
    expect(decision?.passedOver[0].breaches[0].reason).toBe('the current stage budget is not given, so £1,000 cannot be shown to be within 5% of it');
  });

  it('sends an overrun that takes a budget above the approval limit to the top', () => {
    const decision = whoDecides(levels, { project: { totalBudget: 1_800_000, stageBudget: 900_000, inProgramme: false }, forecast: { costOverrun: 300_000 } });
    expect(decision?.level.id).toBe('executive');
    expect(decision?.passedOver.map((step) => step.level.id)).toEqual(['pm', 'project', 'portfolio']);
    expect(decision?.passedOver[2].breaches.map((breach) => breach.reason)).toEqual(['the revised budget of £2,100,000 is more than £2,000,000']);
  });

  it('decides on the worst dimension: a schedule slip, a fall in benefits, a risk', () => {
    expect(decide({ totalBudget: 610_000 }, { stageSlipWeeks: 3, endDateSlipWeeks: 3 })).toBe('project');
    expect(decide({ totalBudget: 610_000 }, { stageSlipWeeks: 1, endDateSlipWeeks: 1 })).toBe('pm');
    expect(decide({ totalBudget: 450_000 }, { benefitsShortfallPercent: 8 })).toBe('portfolio');
    expect(decide({ totalBudget: 1_400_000 }, { riskScore: 20 })).toBe('portfolio');
    expect(decide({ totalBudget: 1_400_000, inProgramme: true }, { riskScore: 14 })).toBe('programme');
    expect(decide({ totalBudget: 100_000, stageBudget: 50_000 }, { costOverrun: 1_000, riskScore: 9 })).toBe('project');
  });

  it('holds a stage-based schedule limit against the end date too, and reads a stage slip as at most that much on the end date', () => {
    // The project manager's two weeks on a stage cannot accept five weeks on the end date.
    expect(decide({ totalBudget: 610_000 }, { stageSlipWeeks: 1, endDateSlipWeeks: 5 })).toBe('portfolio');
    expect(decide({ totalBudget: 610_000 }, { stageSlipWeeks: 3 })).toBe('project');
    const unknownStage = whoDecides(levels, { project: { totalBudget: 610_000, inProgramme: false }, forecast: { endDateSlipWeeks: 1 } });
    expect(unknownStage?.level.id).toBe('project');
    expect(unknownStage?.passedOver[0].breaches.map((breach) => breach.reason)).toEqual([
      'the slip of the end of the current stage is not given, so it cannot be shown to be within 2 weeks',
    ]);
  });

  it('explains why each lower level could not decide', () => {
    const reasons = whoDecides(levels, { project: { totalBudget: 600_000, stageBudget: 250_000, inProgramme: false }, forecast: { costOverrun: 90_000 } })!
      .passedOver.map(({ level, breaches }) => [level.id, breaches.map((breach) => breach.reason)]);
    expect(reasons).toEqual([
      ['pm', ['£90,000 is 36% of the £250,000 current stage budget, more than 5%', '£90,000 is more than the £50,000 cap']],
      ['project', ['£90,000 is 15% of the £600,000 total budget, more than 10%']],
    ]);
  });

  it('finds nobody when even the top level is limited', () => {
    const capped: EscalationLevel[] = [{ ...levels[0] }];
    expect(whoDecides(capped, { project: { totalBudget: 100, stageBudget: 100, inProgramme: false }, forecast: { riskScore: 25 } })).toBeUndefined();
  });

  it('reports a breach only for dimensions the situation gives', () => {
    expect(breachesOf(levels[0].tolerances, { project: { totalBudget: 1, inProgramme: false }, forecast: { riskScore: 3 } })).toEqual([]);
  });

  it('maps each forum to the level it decides at', () => {
    expect([...levelsByForum(levels)].map(([forumId, level]) => `${forumId}:${level.id}`)).toEqual([
      'project-board:project',
      'programme-board:programme',
      'portfolio-board:portfolio',
      'executive-board:executive',
    ]);
  });
});

describe('tolerances widening', () => {
  it('accepts levels that each allow at least as much as the one below', () => {
    for (let i = 1; i < levels.length; i++) expect(narrowings(levels[i - 1].tolerances, levels[i].tolerances)).toEqual([]);
  });

  it('names every field that is tighter than the level below', () => {
    const lower = levels[1].tolerances;
    const upper = {
      cost: { percent: 8, of: 'stage-budget' as const, cap: 90_000, maxRevisedBudget: 1_000_000 },
      schedule: { weeks: 3, on: 'stage-end' as const },
      scope: { benefitsShortfallPercent: 4, description: 'x' },
      risk: { maxScore: 10 },
    };
    expect(narrowings(lower, upper).map((narrowing) => narrowing.field.join('.'))).toEqual([
      'cost.percent',
      'cost.of',
      'cost.cap',
      'cost.maxRevisedBudget',
      'schedule.weeks',
      'schedule.on',
      'scope.benefitsShortfallPercent',
      'risk.maxScore',
    ]);
  });

  it('treats a limit above an open level as narrower, and an open level above a limit as wider', () => {
    expect(narrowings({}, { risk: { maxScore: 25 } }).map((n) => n.field)).toEqual([['risk']]);
    expect(narrowings(levels[0].tolerances, {})).toEqual([]);
    expect(narrowings({ cost: { percent: 5, of: 'stage-budget' } }, { cost: { percent: 10, of: 'total-budget', cap: 1 } }).map((n) => n.field.join('.'))).toEqual(['cost.cap']);
  });

  it('lists the dimensions a level limits', () => {
    expect(limitedDimensions(levels[2].tolerances)).toEqual(['cost', 'schedule', 'risk']);
    expect(limitedDimensions({})).toEqual([]);
  });
});

describe('diagram input', () => {
  const labels = {
    roleTitle: (id: string) => ({ sponsor: 'Project Sponsor', chair: 'Board Chair', exec: 'Executive Sponsor', 'project-manager': 'Project Manager' })[id],
    forumTitle: (id: string) => ({ 'project-board': 'Project board', 'portfolio-board': 'Portfolio board', 'programme-board': 'Programme board', 'executive-board': 'Executive board' })[id],
  };

  it('turns forums and their escalation routes into nodes and labelled edges, leaving out routes to unknown forums', () => {
    const graph = forumStructureGraph(
      [
        forum('project-board', 'sponsor', ['pm'], 'portfolio-board'),
        forum('executive-board', 'exec', ['chair'], undefined),
        forum('portfolio-board', 'chair', ['finance'], 'executive-board'),
        forum('working-group', 'director', ['analyst'], 'missing-forum'),
      ],
      levels,
      labels,
    );
    expect(graph.nodes).toEqual([
      { id: 'executive-board', label: 'Forum executive-board (chair: Executive Sponsor)' },
      // Its escalation target is unknown (an error the checker reports), so it sorts with the top forums.
      { id: 'working-group', label: 'Forum working-group (chair: director)' },
      { id: 'portfolio-board', label: 'Forum portfolio-board (chair: Board Chair)' },
      { id: 'project-board', label: 'Forum project-board (chair: Project Sponsor)' },
    ]);
    expect(graph.edges).toEqual([
      { from: 'portfolio-board', to: 'executive-board', label: 'beyond cost +20% (max £500,000), 13 weeks late, risks up to 25' },
      { from: 'project-board', to: 'portfolio-board', label: 'beyond cost +10% (max £100,000), 4 weeks late, benefits down 5%, risks up to 11' },
    ]);
  });

  it('turns the escalation ladder into a chain, with a second route past programme-only levels', () => {
    const graph = escalationLadderGraph(levels, labels);
    expect(graph.nodes.map((node) => node.id)).toEqual(['pm', 'project', 'programme', 'portfolio', 'executive']);
    expect(graph.nodes[0].label).toBe('Project manager: Project Manager (cost +5% (max £50,000), 2 weeks late, benefits down 0%, risks up to 8)');
    expect(graph.nodes[4].label).toBe('Executive: Executive board (no limit)');
    expect(graph.edges).toEqual([
      { from: 'pm', to: 'project', label: 'beyond tolerance, within 2 working days' },
      { from: 'project', to: 'programme', label: 'beyond tolerance, projects in a programme, within 5 working days' },
      { from: 'project', to: 'portfolio', label: 'beyond tolerance, other projects, within 5 working days' },
      { from: 'programme', to: 'portfolio', label: 'beyond tolerance' },
      { from: 'portfolio', to: 'executive', label: 'beyond tolerance' },
    ]);
  });
});

describe('governance model', () => {
  const model = buildGovernanceModel({
    raci: [matrix('second', 2, [['x', { a: 'A', b: 'R' }]], ['p/one', 'p/two']), matrix('first', 1, [['y', { b: 'A', a: 'R' }]], ['p/two', 'p/two'])],
    forums: [forum('low', 'a', ['b'], 'top', { stages: ['p/one'] }), forum('top', 'b', ['a'])],
    escalation: [{ id: 'escalation', data: { summary: 's', levels, examples: [{ situation: 'Over', project: { totalBudget: 600_000, stageBudget: 250_000, inProgramme: false }, forecast: { costOverrun: 90_000 } }] } }],
    governanceSettings: [],
  });

  it('indexes matrices and forums by stage, each once', () => {
    expect(model.byStage.get('p/two')!.matrices.map((m) => m.id)).toEqual(['first', 'second']);
    expect(model.byStage.get('p/one')!.matrices.map((m) => m.id)).toEqual(['second']);
    expect(model.byStage.get('p/one')!.forums.map((f) => f.id)).toEqual(['low']);
    expect(model.byStage.has('p/three')).toBe(false);
  });

  it('works out the answer to each example and uses the default limit without a settings file', () => {
    expect(model.examples[0].decision?.level.id).toBe('portfolio');
    expect(model.maxAccountablePerRole).toBe(12);
    expect(model.forums.map((f) => f.id)).toEqual(['top', 'low']);
    expect(model.tables.get('first')!.columns).toEqual(['b', 'a']);
  });

  it('copes with no governance content at all', () => {
    const empty = buildGovernanceModel({ raci: [], forums: [], escalation: [], governanceSettings: [{ id: 'settings', data: { raci: { maxAccountablePerRole: 3 } } }] });
    expect(empty.escalation).toBeUndefined();
    expect(empty.examples).toEqual([]);
    expect(empty.calendar).toEqual([]);
    expect(empty.maxAccountablePerRole).toBe(3);
  });
});
