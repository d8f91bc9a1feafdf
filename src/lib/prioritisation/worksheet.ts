import ExcelJS from 'exceljs';
import { withEntryDates } from '../downloads/zip-dates.ts';
import type { PrioritisationModel } from '../../schemas/index.ts';
import { topScore } from './scoring.ts';

/** Blank rows under the worked example, each with its formulas, ready for new proposals. */
export const blankProposalRows = 12;

/** Spreadsheet column letter for a 1-based column number (1 -> A, 27 -> AA). */
export function columnLetter(column: number): string {
  let letters = '';
  for (let rest = column; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

/**
 * The scoring worksheet: a "Scoring" sheet whose second row holds the weights, one row per
 * proposal (the worked example first, then blank rows) with a weighted score and a rank
 * worked out by formulas, and a "Criteria" sheet with each scale and its guidance. Scores
 * are limited to the scale by data validation, so the formulas only ever see valid input.
 */
export async function scoringWorksheet(model: PrioritisationModel, properties: { creator: string; created: Date }): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = properties.creator;
  workbook.title = `${model.title}: scoring worksheet`;
  workbook.created = properties.created;
  workbook.modified = properties.created;

  const { criteria } = model;
  const lowest = criteria[0].levels[0].score;
  const highest = topScore(criteria[0]);
  const firstScore = 2;
  const lastScore = firstScore + criteria.length - 1;
  const scoreColumn = lastScore + 1;
  const weights = `$${columnLetter(firstScore)}$2:$${columnLetter(lastScore)}$2`;
  const firstRow = 3;
  const lastRow = firstRow + model.workedExample.proposals.length + blankProposalRows - 1;

  const scoring = workbook.addWorksheet('Scoring', { views: [{ state: 'frozen', xSplit: 1, ySplit: 2 }] });
  scoring.columns = [{ width: 44 }, ...criteria.map(() => ({ width: 16 })), { width: 16 }, { width: 8 }];
  scoring.addRow(['Proposal', ...criteria.map((criterion) => criterion.name), `Weighted score (${lowest}-${highest})`, 'Rank']);
  scoring.addRow(['Weight (%)', ...criteria.map((criterion) => criterion.weight), { formula: `SUM(${weights})` }, '']);
  for (let row = firstRow; row <= lastRow; row++) {
    const proposal = model.workedExample.proposals[row - firstRow];
    const scores = `${columnLetter(firstScore)}${row}:${columnLetter(lastScore)}${row}`;
    scoring.addRow([
      proposal?.name ?? '',
      ...criteria.map((criterion) => proposal?.scores[criterion.id] ?? null),
      { formula: `IF(COUNT(${scores})<${criteria.length},"",SUMPRODUCT(${weights},${scores})/100)` },
      { formula: `IF(${columnLetter(scoreColumn)}${row}="","",RANK(${columnLetter(scoreColumn)}${row},$${columnLetter(scoreColumn)}$${firstRow}:$${columnLetter(scoreColumn)}$${lastRow}))` },
    ]);
    for (let column = firstScore; column <= lastScore; column++) {
      scoring.getCell(row, column).dataValidation = {
        type: 'whole',
        operator: 'between',
        allowBlank: true,
        formulae: [lowest, highest],
        showErrorMessage: true,
        errorTitle: 'Score off the scale',
        error: `Enter a whole number from ${lowest} to ${highest}; the Criteria sheet says what each score means.`,
      };
    }
    scoring.getCell(row, scoreColumn).numFmt = '0.00';
  }
  scoring.getRow(1).font = { bold: true };
  scoring.getRow(2).font = { italic: true };

  const guide = workbook.addWorksheet('Criteria', { views: [{ state: 'frozen', ySplit: 1 }] });
  guide.columns = [{ header: 'Criterion', width: 24 }, { header: 'Weight (%)', width: 11 }, { header: 'Question', width: 48 }, { header: 'Guidance', width: 60 }, ...criteria[0].levels.map((level) => ({ header: `Score ${level.score}`, width: 36 }))];
  for (const criterion of criteria) guide.addRow([criterion.name, criterion.weight, criterion.question, criterion.guidance, ...criterion.levels.map((level) => level.meaning)]);
  guide.getRow(1).font = { bold: true };
  guide.eachRow((row) => row.eachCell((cell) => (cell.alignment = { vertical: 'top', wrapText: true })));

  // Zip entries dated like the properties, as for every other workbook, so builds repeat byte for byte.
  return withEntryDates(new Uint8Array(await workbook.xlsx.writeBuffer()), properties.created);
}
