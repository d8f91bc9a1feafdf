import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { tablesToXlsx } from '../../src/lib/downloads/xlsx.ts';
import { tableCells } from '../../src/lib/downloads/table.ts';
import { higherIsBetter, ragOfValue } from '../../src/lib/monitoring/kpi.ts';
import { buildRaidLog, heatMapOf } from '../../src/lib/monitoring/raid-log.ts';
import { raidTables } from '../../src/lib/monitoring/raid-tables.ts';
import { bandOf, holdingLevel, levelForRisk, levelsDecidedBy } from '../../src/lib/monitoring/risk-scoring.ts';
import { reportRag } from '../../src/lib/monitoring/status-rag.ts';
import type { EscalationLevel, Risk, RiskMatrix, StatusReport } from '../../src/schemas/index.ts';

const level = (id: string, title: string, tolerances: EscalationLevel['tolerances'], programmeWorkOnly = false): EscalationLevel => ({
  id,
  title,
  decidedBy: { role: id },
  programmeWorkOnly,
  tolerances,
});

const levels: EscalationLevel[] = [
  level('project-manager', 'Project manager', { cost: { percent: 5, of: 'stage-budget', cap: 50000 }, schedule: { weeks: 2, on: 'stage-end' }, scope: { benefitsShortfallPercent: 0, description: 'x' }, risk: { maxScore: 8 } }),
  level('project', 'Project', { cost: { percent: 10, of: 'total-budget' }, schedule: { weeks: 4, on: 'end-date' }, scope: { benefitsShortfallPercent: 5, description: 'x' }, risk: { maxScore: 11 } }),
  level('programme', 'Programme', { cost: { percent: 15, of: 'total-budget' }, schedule: { weeks: 8, on: 'end-date' }, scope: { benefitsShortfallPercent: 10, description: 'x' }, risk: { maxScore: 15 } }, true),
  level('portfolio', 'Portfolio', { cost: { percent: 20, of: 'total-budget' }, schedule: { weeks: 13, on: 'end-date' }, scope: { benefitsShortfallPercent: 20, description: 'x' }, risk: { maxScore: 25 } }),
  level('executive', 'Executive', {}),
];
const deciderName = (decider: EscalationLevel) => `the ${decider.title.toLowerCase()} decider`;
// Levels here are decided by a role of the same id; no forums.
const people = { deciderName, chairOf: () => undefined, roleTitle: (roleId: string) => roleId.replace(/-/g, ' ') };

const point = (value: number, label: string) => ({ value, label, description: label });
const matrix: RiskMatrix = {
  summary: 'x',
  probability: [point(1, 'Low'), point(2, 'Medium'), point(3, 'High')],
  impact: [point(1, 'Small'), point(2, 'Large'), point(3, 'Huge')],
  bands: [
    { label: 'Low', from: 1, to: 2, rag: 'green', response: 'x' },
    { label: 'Medium', from: 3, to: 5, rag: 'amber', response: 'x' },
    { label: 'High', from: 6, to: 9, rag: 'red', response: 'x' },
  ],
};

const risk = (id: string, probability: number, impact: number, status: Risk['status'] = 'open'): { id: string; data: Risk } => ({
  id,
  data: {
    id,
    title: `Risk ${id}`,
    belongsTo: { plan: 'p' },
    owner: 'pmo-lead',
    raised: '2026-10-01',
    cause: 'c',
    event: 'e',
    effect: 'f',
    probability,
    impact,
    escalationLevel: 'project-manager',
    proximity: '2027-01-01',
    response: 'reduce',
    actions: [],
    status,
    ...(status === 'closed' ? { closed: '2026-11-01', closedReason: 'Passed.' } : {}),
  },
});

describe('risk ownership on the escalation ladder', () => {
  it('puts a score at the lowest level whose risk tolerance holds it, and says why', () => {
    expect(levelForRisk(levels, 8)).toMatchObject({ level: { id: 'project-manager' }, reason: "a score of 8 is within Project manager's limit of 8" });
    expect(levelForRisk(levels, 9)).toMatchObject({ level: { id: 'project' }, reason: "a score of 9 is above Project manager's limit of 8 and within Project's limit of 11" });
  });

  it('skips the programme level for work outside a programme, and uses it inside one', () => {
    expect(levelForRisk(levels, 12)?.level.id).toBe('portfolio');
    expect(levelForRisk(levels, 12, true)?.level.id).toBe('programme');
  });

  it('holds a risk that names no level at the highest level its owner decides at, alone or as chair of its forum', () => {
    const ladder: EscalationLevel[] = [levels[0], { ...levels[1], decidedBy: { forum: 'project-board' } }, { ...levels[3], decidedBy: { forum: 'portfolio-board' } }];
    const chairOf = (forumId: string) => ({ 'project-board': 'sponsor', 'portfolio-board': 'sponsor' })[forumId];
    expect(levelsDecidedBy(ladder, 'sponsor', chairOf).map((entry) => entry.id)).toEqual(['project', 'portfolio']);
    expect(holdingLevel({ owner: 'sponsor' }, ladder, chairOf)).toEqual({ level: ladder[2], stated: false });
    expect(holdingLevel({ owner: 'project-manager' }, ladder, chairOf)).toEqual({ level: ladder[0], stated: false });
    expect(holdingLevel({ owner: 'analyst' }, ladder, chairOf)).toBeUndefined();
    expect(holdingLevel({ owner: 'analyst', escalationLevel: 'project' }, ladder, chairOf)).toEqual({ level: ladder[1], stated: true });
    expect(holdingLevel({ owner: 'sponsor', escalationLevel: 'nowhere' }, ladder, chairOf)).toBeUndefined();
  });

  it('finds the band of a score', () => {
    expect(bandOf(matrix, 5)?.label).toBe('Medium');
    expect(bandOf(matrix, 6)?.label).toBe('High');
    expect(bandOf(matrix, 10)).toBeUndefined();
  });
});

describe('RAID log view', () => {
  const log = buildRaidLog({ risks: [risk('r02', 3, 2), risk('r01', 1, 1), risk('r03', 3, 3, 'closed')], issues: [], assumptions: [], dependencies: [], matrix, levels, ...people });

  it('places only open risks on the heat map, highest probability first', () => {
    const heatMap = heatMapOf(matrix, log.items.flatMap((item) => (item.type === 'risk' && item.summary.open ? [item.risk] : [])));
    expect(heatMap.rows.map((row) => row.probability)).toEqual([3, 2, 1]);
    expect(heatMap.rows[0].cells[1]).toMatchObject({ probability: 3, impact: 2, score: 6, band: { label: 'High' } });
    expect(heatMap.rows[0].cells[1].risks.map((summary) => summary.ref)).toEqual(['R02']);
    expect(heatMap.rows[0].cells[2].risks).toEqual([]);
    expect(heatMap.openRisks).toBe(2);
  });

  it('explains a risk held above the level it needs', () => {
    const held = buildRaidLog({ risks: [{ ...risk('r01', 1, 1), data: { ...risk('r01', 1, 1).data, escalationLevel: 'portfolio' } }], issues: [], assumptions: [], dependencies: [], matrix, levels, ...people });
    const [item] = held.items;
    expect(item.type === 'risk' && item.risk.heldBecause).toBe(
      "Held at the Portfolio level (decided by the portfolio decider) by choice; the lowest level that may hold it is Project manager, because a score of 1 is within Project manager's limit of 8.",
    );
  });

  it('says when a risk is held where its owner decides', () => {
    const { escalationLevel: _stated, ...unstated } = risk('r01', 3, 3).data;
    const derived = buildRaidLog({ risks: [{ id: 'r01', data: { ...unstated, owner: 'project' } }], issues: [], assumptions: [], dependencies: [], matrix, levels, ...people });
    const [item] = derived.items;
    expect(item.type === 'risk' && item.risk.heldAt?.id).toBe('project');
    expect(item.type === 'risk' && item.risk.heldBecause).toBe(
      "Held at the Project level (decided by the project decider), where its owner, the project, decides: a score of 9 is above Project manager's limit of 8 and within Project's limit of 11.",
    );
  });

  it('sorts items by number and splits them by status and owner', () => {
    expect(log.items.map((item) => item.summary.ref)).toEqual(['R01', 'R02', 'R03']);
    expect(log.open.map((item) => item.summary.id)).toEqual(['r01', 'r02']);
    expect(log.closed.map((item) => item.summary.id)).toEqual(['r03']);
    expect([...log.byOwner.keys()]).toEqual(['pmo-lead']);
  });

  it('downloads risks with drop-down lists of the allowed values', async () => {
    const [risks] = raidTables(log, { roleTitle: (id) => id.toUpperCase() }, { probability: 3, impact: 3 }, ['project-manager', 'project']);
    expect(risks.columns.find((column) => column.header === 'Response')?.allowed).toEqual(['avoid', 'reduce', 'transfer', 'accept', 'exploit', 'share', 'enhance']);
    expect(tableCells(risks)[1].slice(0, 2)).toEqual(['R02', 'Risk r02']);
    const bytes = await tablesToXlsx([risks], { title: 'RAID', creator: 'test', created: new Date('2026-11-30T00:00:00Z') });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer);
    const sheet = workbook.getWorksheet('Risks')!;
    const responseColumn = risks.columns.findIndex((column) => column.header === 'Response') + 1;
    expect(sheet.getCell(2, responseColumn).dataValidation).toMatchObject({ type: 'list', formulae: ['"avoid,reduce,transfer,accept,exploit,share,enhance"'] });
    expect(sheet.getCell(400, responseColumn).dataValidation).toMatchObject({ type: 'list' });
    expect(sheet.getCell(2, 1).dataValidation).toBeUndefined();
  });
});

describe('status report RAG', () => {
  const report = (forecast: Partial<StatusReport['forecast']>, workOwnedBy = 'project-manager'): StatusReport => ({
    id: 'r',
    plan: 'p',
    periodEnd: '2026-11-30',
    author: 'pmo-lead',
    workOwnedBy,
    inProgramme: false,
    stageBudget: 200000,
    summary: 's',
    forecast: { costOverrun: 0, stageSlipWeeks: 0, endDateSlipWeeks: 0, scopeBenefitsShortfallPercent: 0, benefitsShortfallPercent: 0, riskScore: 4, ...forecast },
    achievements: ['a'],
    nextSteps: ['n'],
    decisionsNeeded: [],
    topRisks: [],
    topIssues: [],
  });
  const context = { levels, totalBudget: 600000, deciderName };
  const dimension = (rag: ReturnType<typeof reportRag>, name: string) => rag.dimensions.find((entry) => entry.dimension === name)!;

  it('is green everywhere when the forecasts are within the owning level', () => {
    const rag = reportRag(report({}), context);
    expect(rag.overall).toBe('green');
    expect(dimension(rag, 'cost').rule).toBe('Cost: within the Project manager tolerance (5% of the current stage budget, up to £50,000): green, decided by the project manager decider.');
  });

  it('turns cost amber one level up, naming the tolerance broken and who decides', () => {
    const rag = reportRag(report({ costOverrun: 14000 }), context);
    expect(dimension(rag, 'cost')).toMatchObject({ rag: 'amber', decidedBy: { id: 'project' } });
    expect(dimension(rag, 'cost').rule).toBe('Cost: £14,000 is 7% of the £200,000 current stage budget, more than 5%, beyond the Project manager tolerance: amber, decided by the project decider.');
    expect(rag.overall).toBe('amber');
    expect(rag.overallRule).toBe('Overall: amber, the worst of the five dimensions (cost).');
  });

  it('turns risk red when it passes two levels, skipping the programme level for standalone work', () => {
    const rag = reportRag(report({ riskScore: 12 }), context);
    expect(dimension(rag, 'risk')).toMatchObject({ rag: 'red', decidedBy: { id: 'portfolio' } });
    expect(dimension(rag, 'risk').rule).toContain('beyond the Project tolerance too (a risk scoring 12 is above 11)');
  });

  it('measures from the level that owns the work', () => {
    const rag = reportRag(report({ riskScore: 12 }, 'project'), context);
    expect(dimension(rag, 'risk').rag).toBe('amber');
  });

  it('measures benefits and scope against the benefits tolerance', () => {
    const rag = reportRag(report({ benefitsShortfallPercent: 3, scopeBenefitsShortfallPercent: 7 }), context);
    expect(dimension(rag, 'benefits').rag).toBe('amber');
    expect(dimension(rag, 'scope').rag).toBe('red');
  });
});

describe('KPI RAG', () => {
  it('reads the direction of improvement from baseline and target', () => {
    expect(higherIsBetter({ baseline: 45, target: 75, thresholds: undefined })).toBe(true);
    expect(higherIsBetter({ baseline: 11, target: 4, thresholds: undefined })).toBe(false);
    expect(higherIsBetter({ baseline: undefined, target: 90, thresholds: { green: 90, amber: 75 } })).toBe(true);
  });

  it('gives green, amber and red either way round', () => {
    const up = { baseline: 45, target: 100, thresholds: { green: 90, amber: 70 } };
    expect([95, 90, 80, 69].map((value) => ragOfValue(up, value))).toEqual(['green', 'green', 'amber', 'red']);
    const down = { baseline: 11, target: 4, thresholds: { green: 6, amber: 9 } };
    expect([4, 7, 10].map((value) => ragOfValue(down, value))).toEqual(['green', 'amber', 'red']);
    expect(ragOfValue({ baseline: 1, target: 2, thresholds: undefined }, 2)).toBeUndefined();
  });
});
