import { describe, expect, it } from 'vitest';
import { checkDiagramSyntax } from '../../src/lib/diagrams/check-syntax.ts';
import { forumStructureDiagram } from '../../src/lib/diagrams/forum-structure.ts';
import { flowchartLabel, ganttText, mermaidIds, quadrantString } from '../../src/lib/diagrams/mermaid-text.ts';
import { planTimelineDiagram } from '../../src/lib/diagrams/plan-timeline.ts';
import { reportingLinesDiagram } from '../../src/lib/diagrams/reporting-lines.ts';
import { stageFlowDiagram } from '../../src/lib/diagrams/stage-flow.ts';
import { stakeholderGridDiagram, toUnitScale } from '../../src/lib/diagrams/stakeholder-grid.ts';

/** Text that breaks naive mermaid: quotes, brackets, entity-like text, statement separators. */
const awkward = 'R&D <ops> "Q3" [draft] {x} a:b; #1 #amp; end';

describe('mermaid text', () => {
  it('escapes flowchart labels so they stay one quoted label and read as written', () => {
    expect(flowchartLabel('R&D <ops>')).toBe('"R#amp;D #lt;ops#gt;"');
    expect(flowchartLabel('Say "yes" now')).toBe('"Say “yes” now"');
    // Mermaid reads "#word;" anywhere as an entity code; a lone "#" is plain text.
    expect(flowchartLabel('Step #1, then #amp; and #1; stay text')).toBe('"Step #1, then ＃amp; and ＃1; stay text"');
    expect(flowchartLabel('Portfolio board', 'Monthly')).toBe('"Portfolio board<br>Monthly"');
    expect(flowchartLabel('  two\n lines  ')).toBe('"two lines"');
  });

  it('escapes the characters that end a gantt task name or a quadrant string', () => {
    expect(ganttText('Recruit: analysts; phase #2 & <b>')).toBe('Recruit#58; analysts#59; phase #35;2 #amp; #lt;b#gt;');
    expect(quadrantString('CFO: "JJ"')).toBe('"CFO#58; #quot;JJ#quot;"');
  });

  it('makes node ids that are safe words, unique, and never a mermaid keyword', () => {
    const ids = mermaidIds(['end', 'a-b', 'a_b', 'a.b', 'pmo-director', 'end']);
    expect([...ids.entries()]).toEqual([
      ['end', 'n_end'],
      ['a-b', 'n_a_b'],
      ['a_b', 'n_a_b_2'],
      ['a.b', 'n_a_b_3'],
      ['pmo-director', 'n_pmo_director'],
    ]);
    for (const id of ids.values()) expect(id).toMatch(/^[A-Za-z][A-Za-z0-9_]*$/);
    expect(() => mermaidIds(['x'], 'n-1')).toThrow('prefix must be letters only');
  });
});

describe('stage flow', () => {
  const stages = [
    { number: 2, title: 'Determine scope' },
    { number: 1, title: 'Define objectives' },
    { number: 3, title: 'Continuously improve' },
  ];

  it('links the stages in stage order and loops from the last back to the first for a cycle', () => {
    const flow = stageFlowDiagram({ playbookId: 'setup', playbookTitle: 'Setting up the PMO', stages, cycle: true });
    expect(flow.source).toBe(
      [
        'flowchart TD',
        '  s1["1. Define objectives"]',
        '  s2["2. Determine scope"]',
        '  s3["3. Continuously improve"]',
        '  s1 --> s2',
        '  s2 --> s3',
        '  s3 -.->|"next cycle"| s1',
      ].join('\n'),
    );
    expect(flow.summary).toBe(
      'The 3 stages of Setting up the PMO, in order: 1. Define objectives; 2. Determine scope; 3. Continuously improve. ' +
        'After 3. Continuously improve, the cycle starts again at 1. Define objectives.',
    );
  });

  it('has no loop when the playbook is not a cycle, and refuses a playbook without stages', () => {
    const flow = stageFlowDiagram({ playbookId: 'life', playbookTitle: 'Lifecycle', stages, cycle: false });
    expect(flow.source).not.toContain('-.->');
    expect(flow.summary).not.toContain('starts again');
    expect(() => stageFlowDiagram({ playbookId: 'empty', playbookTitle: 'Empty', stages: [], cycle: true })).toThrow('playbook "empty" has no stages');
  });
});

describe('reporting lines', () => {
  it('draws each manager above its reports and names roles outside every line', () => {
    const chart = reportingLinesDiagram([
      { id: 'executive-sponsor', title: 'Executive Sponsor' },
      { id: 'pmo-director', title: 'PMO Director', reportsTo: 'executive-sponsor' },
      { id: 'pmo-analyst', title: 'PMO Analyst', reportsTo: 'pmo-director' },
      { id: 'finance-partner', title: 'Finance Partner' },
    ]);
    expect(chart.source).toBe(
      [
        'flowchart LR',
        '  r_executive_sponsor["Executive Sponsor"]',
        '  r_pmo_director["PMO Director"]',
        '  r_pmo_analyst["PMO Analyst"]',
        '  r_finance_partner["Finance Partner"]',
        '  r_executive_sponsor --> r_pmo_director',
        '  r_pmo_director --> r_pmo_analyst',
      ].join('\n'),
    );
    expect(chart.summary).toBe(
      'Reporting lines: PMO Director reports to Executive Sponsor; PMO Analyst reports to PMO Director. Finance Partner has no reporting line to another role here.',
    );
  });

  it('refuses a manager that is not in the list', () => {
    expect(() => reportingLinesDiagram([{ id: 'a', title: 'A', reportsTo: 'ghost' }])).toThrow('role "a" reports to "ghost", which is not in the list');
  });
});

describe('forum structure', () => {
  it('draws reporting lines as plain lines and escalations as labelled dashed arrows', () => {
    const chart = forumStructureDiagram(
      [
        { id: 'executive-board', name: 'Executive board', detail: 'Quarterly' },
        { id: 'portfolio-board', name: 'Portfolio board', reportsTo: 'executive-board' },
      ],
      [{ from: 'portfolio-board', to: 'executive-board', when: 'Beyond £2m, within 10 working days' }],
    );
    expect(chart.source).toBe(
      [
        'flowchart TD',
        '  f_executive_board["Executive board<br>Quarterly"]',
        '  f_portfolio_board["Portfolio board"]',
        '  f_executive_board --- f_portfolio_board',
        '  f_portfolio_board -.->|"Beyond £2m, within 10 working days"| f_executive_board',
      ].join('\n'),
    );
    expect(chart.summary).toBe(
      'Governance forums: Executive board, Portfolio board. Portfolio board reports to Executive board; ' +
        'Portfolio board escalates to Executive board (Beyond £2m, within 10 working days).',
    );
  });

  it('refuses routes to forums that are not in the list', () => {
    expect(() => forumStructureDiagram([{ id: 'a', name: 'A' }], [{ from: 'a', to: 'b' }])).toThrow('names forum "b"');
    expect(() => forumStructureDiagram([{ id: 'a', name: 'A', reportsTo: 'z' }])).toThrow('forum "a" reportsTo names forum "z"');
  });
});

describe('plan timeline', () => {
  it('writes tasks with inclusive end dates, milestones, states, and no today line', () => {
    const plan = planTimelineDiagram({
      title: 'PMO launch',
      sections: [
        {
          name: 'Set-up',
          tasks: [
            { id: 'recruit', name: 'Recruit analysts', start: '2026-01-05', end: '2026-02-27', status: 'done' },
            { id: 'tooling', name: 'Configure tooling', start: '2026-02-02', end: '2026-03-31', status: 'critical' },
            { id: 'go-live', name: 'Go live', start: '2026-04-01', milestone: true },
          ],
        },
      ],
    });
    expect(plan.source).toBe(
      [
        'gantt',
        '  title PMO launch',
        '  dateFormat YYYY-MM-DD',
        '  axisFormat %d %b',
        '  todayMarker off',
        '  section Set-up',
        '  Recruit analysts :done, t_recruit, 2026-01-05, 2026-02-28',
        '  Configure tooling :crit, t_tooling, 2026-02-02, 2026-04-01',
        '  Go live :milestone, t_go_live, 2026-04-01, 0d',
      ].join('\n'),
    );
    expect(plan.summary).toBe(
      'PMO launch. Set-up: Recruit analysts from 5 January 2026 to 27 February 2026; Configure tooling from 2 February 2026 to 31 March 2026; Go live (milestone) on 1 April 2026.',
    );
  });

  it('labels the axis by month for plans longer than about four months', () => {
    const plan = planTimelineDiagram({ sections: [{ name: 'Year', tasks: [{ id: 'a', name: 'A', start: '2026-01-01', end: '2026-12-31' }] }] });
    expect(plan.source).toContain('  axisFormat %b %Y');
    expect(plan.source).not.toContain('title');
  });

  it('reports every problem with the dates at once', () => {
    const bad = () =>
      planTimelineDiagram({
        sections: [
          {
            name: 'S',
            tasks: [
              { id: 'a', name: 'A', start: '2026-02-30', end: '2026-03-01' },
              { id: 'b', name: 'B', start: '2026-03-10', end: '2026-03-01' },
              { id: 'a', name: 'C', start: '2026-01-01' },
              { id: 'm', name: 'M', start: '2026-01-01', end: '2026-01-02', milestone: true },
            ],
          },
        ],
      });
    expect(bad).toThrow('Task "a" (A): start "2026-02-30" is not a date written YYYY-MM-DD.');
    expect(bad).toThrow('Task "b" (B): ends (2026-03-01) before it starts (2026-03-10).');
    expect(bad).toThrow('Task "a" (C): the id is used twice.');
    expect(bad).toThrow('Task "a" (C): needs an end date, or milestone: true.');
    expect(bad).toThrow('Task "m" (M): a milestone has a single date; remove end.');
    expect(() => planTimelineDiagram({ sections: [] })).toThrow('The plan has no tasks.');
  });
});

describe('stakeholder grid', () => {
  it('puts interest across and power up, and names who is in each quadrant', () => {
    const grid = stakeholderGridDiagram([
      { name: 'Chief Financial Officer', power: 0.9, interest: 0.8 },
      { name: 'Depot drivers', power: 0.2, interest: 0.75 },
      { name: 'Trade union', power: 0.6, interest: 0.3333 },
    ]);
    expect(grid.source).toBe(
      [
        'quadrantChart',
        '  title Stakeholder power and interest',
        '  x-axis "Low interest" --> "High interest"',
        '  y-axis "Low power" --> "High power"',
        '  quadrant-1 "Manage closely"',
        '  quadrant-2 "Keep satisfied"',
        '  quadrant-3 "Monitor"',
        '  quadrant-4 "Keep informed"',
        '  "Chief Financial Officer": [0.8, 0.9]',
        '  "Depot drivers": [0.75, 0.2]',
        '  "Trade union": [0.33, 0.6]',
      ].join('\n'),
    );
    expect(grid.summary).toBe(
      'Stakeholder power and interest. Manage closely (high power, high interest): Chief Financial Officer. ' +
        'Keep satisfied (high power, lower interest): Trade union. Keep informed (lower power, high interest): Depot drivers.',
    );
  });

  it('refuses scores outside 0..1 instead of moving the stakeholder to another quadrant', () => {
    const bad = () =>
      stakeholderGridDiagram([
        { name: 'Board', power: 1.2, interest: 0.5 },
        { name: 'Drivers', power: 0.5, interest: -0.1 },
        { name: 'Press', power: Number.NaN, interest: 0.5 },
      ]);
    expect(bad).toThrow(RangeError);
    expect(bad).toThrow('"Board": power is 1.2; it must be a number from 0 to 1');
    expect(bad).toThrow('"Drivers": interest is -0.1');
    expect(bad).toThrow('"Press": power is NaN');
    expect(() => stakeholderGridDiagram([{ name: 'Edges', power: 0, interest: 1 }])).not.toThrow();
  });

  it('converts ratings on another scale', () => {
    expect(toUnitScale(4, 1, 5)).toBe(0.75);
    expect(toUnitScale(1, 1, 5)).toBe(0);
    expect(() => toUnitScale(6, 1, 5)).toThrow('outside the scale 1..5');
    expect(() => toUnitScale(1, 5, 5)).toThrow('is empty');
  });
});

describe('generated sources parse with mermaid, whatever the labels say', () => {
  const sources = {
    'stage flow': stageFlowDiagram({ playbookId: 'p', playbookTitle: awkward, cycle: true, stages: [{ number: 1, title: awkward }, { number: 2, title: 'end' }] }).source,
    'reporting lines': reportingLinesDiagram([{ id: 'end', title: awkward }, { id: 'graph', title: 'graph', reportsTo: 'end' }]).source,
    'forum structure': forumStructureDiagram([{ id: 'a', name: awkward, detail: awkward }, { id: 'b', name: 'B', reportsTo: 'a' }], [{ from: 'b', to: 'a', when: awkward }]).source,
    'plan timeline': planTimelineDiagram({ title: awkward, sections: [{ name: awkward, tasks: [{ id: 'x', name: awkward, start: '2026-01-01', end: '2026-01-31' }] }] }).source,
    'stakeholder grid': stakeholderGridDiagram([{ name: awkward, power: 1, interest: 0 }], awkward).source,
  };

  for (const [name, source] of Object.entries(sources)) {
    it(name, async () => {
      expect(await checkDiagramSyntax(source)).toMatchObject({ status: 'valid' });
    });
  }
});
