import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { rankProposals, weightedScore } from '../../src/lib/prioritisation/scoring.ts';
import { blankProposalRows, columnLetter, scoringWorksheet } from '../../src/lib/prioritisation/worksheet.ts';
import type { Problem } from '../../src/lib/validation/problem.ts';
import { validateContent } from '../../src/lib/validation/validate-content.ts';
import { prioritisationModelSchema } from '../../src/schemas/index.ts';
import { writeContentFiles } from '../helpers/content-fixture.ts';
import { validPlanningFiles } from '../helpers/planning-fixture.ts';

const MODEL = 'content/prioritisation/model.yaml';
const levels = (name: string) => [1, 2, 3].map((score) => `      - score: ${score}\n        meaning: ${name} level ${score}.\n`).join('');
const modelYaml = `id: model
title: Model
summary: Ranks requests.
owner: pmo-lead
decidedBy: The board, with the scores in front of it.
criteria:
  - id: fit
    name: Fit
    weight: 60
    question: Does it fit?
    guidance: Ask for the goal.
    levels:
${levels('Fit')}  - id: value
    name: Value
    weight: 40
    question: Is it worth it?
    guidance: Ask finance.
    levels:
${levels('Value')}workedExample:
  context: Two requests.
  proposals:
    - id: a
      name: Alpha
      summary: Small.
      scores:
        fit: 3
        value: 1
      rationale: Fits well.
    - id: b
      name: Beta
      summary: Big.
      scores:
        fit: 2
        value: 3
      rationale: Worth more.
  outcome: Alpha first.
`;
const base = { ...validPlanningFiles(), [MODEL]: modelYaml };
const check = (text: string) => validateContent(writeContentFiles({ ...base, [MODEL]: text })).problems;
const edit = (from: string, to: string) => {
  if (!modelYaml.includes(from)) throw new Error(`no "${from}"`);
  return check(modelYaml.replace(from, to));
};
const only = (problems: Problem[], rule: string) => problems.filter((problem) => problem.rule === rule);

describe('prioritisationModelAddsUp', () => {
  it('accepts a model whose weights, scales and example add up', () => {
    expect(check(modelYaml)).toEqual([]);
  });

  it('reports weights that do not total 100', () => {
    const [problem] = only(edit('weight: 40', 'weight: 30'), 'prioritisation/weights');
    expect(problem).toMatchObject({ file: MODEL, field: 'criteria', message: 'The weights add up to 90, not 100.' });
    expect(problem.hint).toContain('fit 60, value 30');
  });

  it('reports a scale with a gap and scales of different ranges', () => {
    const gap = only(edit('      - score: 2\n        meaning: Fit level 2.\n', ''), 'prioritisation/scale');
    expect(gap[0]).toMatchObject({ field: 'criteria.0.levels', message: 'The scale of "Fit" is 1, 3; it must run one step at a time, lowest first.' });
    expect(gap).toHaveLength(1);
    const ranges = only(edit('      - score: 3\n        meaning: Value level 3.\n', '      - score: 3\n        meaning: Value level 3.\n      - score: 4\n        meaning: Value level 4.\n'), 'prioritisation/scale');
    expect(ranges[0].message).toBe('The criteria use different scales (1-3, 1-4), so their weighted scores cannot be added.');
  });

  it('reports a missing score, an unknown criterion and a score off the scale', () => {
    const problems = edit('        fit: 3\n        value: 1\n', '        fitt: 3\n        value: 4\n');
    expect(only(problems, 'prioritisation/missing-score')[0]).toMatchObject({ field: 'workedExample.proposals.0.scores', message: '"Alpha" has no score for "Fit".' });
    expect(only(problems, 'prioritisation/unknown-criterion')[0].hint).toBe('Did you mean "fit"?');
    expect(only(problems, 'prioritisation/score-off-scale')[0]).toMatchObject({ field: 'workedExample.proposals.0.scores.value', message: '4 is not on the scale of "value" (1, 2, 3).' });
  });
});

describe('scoring and the worksheet', () => {
  const model = prioritisationModelSchema.parse({
    id: 'm',
    title: 'M',
    summary: 's',
    owner: 'lead',
    decidedBy: 'Board',
    criteria: [
      { id: 'fit', name: 'Fit', weight: 60, question: 'q', guidance: 'g', levels: [1, 2, 3, 4, 5].map((score) => ({ score, meaning: `m${score}` })) },
      { id: 'value', name: 'Value', weight: 40, question: 'q', guidance: 'g', levels: [1, 2, 3, 4, 5].map((score) => ({ score, meaning: `m${score}` })) },
    ],
    workedExample: {
      context: 'c',
      outcome: 'o',
      proposals: [
        { id: 'a', name: 'Alpha', summary: 's', rationale: 'r', scores: { fit: 3, value: 1 } },
        { id: 'b', name: 'Beta', summary: 's', rationale: 'r', scores: { fit: 2, value: 4 } },
        { id: 'c', name: 'Gamma', summary: 's', rationale: 'r', scores: { fit: 1, value: 4 } },
      ],
    },
  });

  it('weights scores by percentage and ranks the highest first, ties sharing a rank', () => {
    // 0.6 * 3 + 0.4 * 1 = 2.2; 0.6 * 2 + 0.4 * 4 = 2.8; 0.6 * 1 + 0.4 * 4 = 2.2
    expect(weightedScore(model, { fit: 3, value: 1 })).toBe(2.2);
    expect(rankProposals(model).map(({ proposal, score, rank }) => [proposal.id, score, rank])).toEqual([
      ['b', 2.8, 1],
      ['a', 2.2, 2],
      ['c', 2.2, 2],
    ]);
  });

  it('names spreadsheet columns past Z', () => {
    expect([1, 26, 27, 52, 53].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA']);
  });

  it('writes weights, scores, formulas and validation that work out the score in the spreadsheet', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await scoringWorksheet(model, { creator: 'PMO', created: new Date('2026-11-30T00:00:00Z') })).buffer);
    const sheet = workbook.getWorksheet('Scoring')!;
    expect(sheet.getRow(1).values).toEqual([undefined, 'Proposal', 'Fit', 'Value', 'Weighted score (1-5)', 'Rank']);
    expect([sheet.getCell('B2').value, sheet.getCell('C2').value]).toEqual([60, 40]);
    expect(sheet.getCell('D2').value).toMatchObject({ formula: 'SUM($B$2:$C$2)' });
    expect([sheet.getCell('A3').value, sheet.getCell('B3').value, sheet.getCell('C3').value]).toEqual(['Alpha', 3, 1]);
    const lastRow = 3 + 3 + blankProposalRows - 1;
    expect(sheet.getCell('D3').value).toMatchObject({ formula: 'IF(COUNT(B3:C3)<2,"",SUMPRODUCT($B$2:$C$2,B3:C3)/100)' });
    expect(sheet.getCell('E3').value).toMatchObject({ formula: `IF(D3="","",RANK(D3,$D$3:$D$${lastRow}))` });
    expect(sheet.getCell(`D${lastRow}`).value).toMatchObject({ formula: `IF(COUNT(B${lastRow}:C${lastRow})<2,"",SUMPRODUCT($B$2:$C$2,B${lastRow}:C${lastRow})/100)` });
    expect(sheet.getCell(`B${lastRow}`).dataValidation).toMatchObject({ type: 'whole', operator: 'between', formulae: [1, 5] });
    expect(workbook.getWorksheet('Criteria')!.getRow(2).values).toEqual([undefined, 'Fit', 60, 'q', 'g', 'm1', 'm2', 'm3', 'm4', 'm5']);
  });
});
