import ExcelJS from 'exceljs';
import { utcMidnight } from '../dates/calendar-date.ts';
import { currencySign } from '../formats/format.ts';
import { tableCells, type Column, type Table } from './table.ts';
import { withEntryDates } from './zip-dates.ts';

/** Excel's own format codes; the reader's Excel shows its separators, the sign sits where the organization's locale puts it. */
function moneyFormat(currency: string | undefined): string {
  const { sign, after } = currencySign(currency);
  return after ? `#,##0.00 "${sign}"` : `"${sign}"#,##0.00`;
}

function numberFormat(column: Column, currency: string | undefined): string | undefined {
  if (column.format === 'date') return 'dd mmm yyyy';
  if (column.format === 'money') return moneyFormat(currency);
  return undefined;
}

/** Rows below the data that still get a column's drop-down, so new rows are checked too. */
const VALIDATED_ROWS = 500;

/** exceljs supports a validation over a range (one rule, not one per cell) but leaves it out of its types. */
const rangeValidations = (sheet: ExcelJS.Worksheet) => (sheet as unknown as { dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void } }).dataValidations;

/** A drop-down of the allowed values on every column that has them. */
function addListValidations(sheet: ExcelJS.Worksheet, columns: readonly Column[]): void {
  columns.forEach((column, index) => {
    if (column.allowed === undefined) return;
    const letter = sheet.getColumn(index + 1).letter;
    rangeValidations(sheet).add(`${letter}2:${letter}${VALIDATED_ROWS}`, {
      type: 'list',
      allowBlank: true,
      formulae: [`"${column.allowed.join(',')}"`],
      showErrorMessage: true,
      errorTitle: column.header,
      error: `Choose one of: ${column.allowed.join(', ')}`,
    });
  });
}

/**
 * A workbook with one sheet per table: a bold, frozen header row with filters, column
 * widths, real numbers for amounts and real dates for dates.
 */
export async function tablesToXlsx(tables: Table[], properties: { title: string; creator: string; created: Date }): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = properties.creator;
  workbook.title = properties.title;
  workbook.created = properties.created;
  workbook.modified = properties.created;
  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = table.columns.map((column) => ({
      header: column.header,
      width: column.width,
      style: { numFmt: numberFormat(column, table.currency), alignment: { vertical: 'top', wrapText: column.width >= 40 } },
    }));
    for (const cells of tableCells(table)) {
      sheet.addRow(cells.map((cell, index) => (table.columns[index].format === 'date' && typeof cell === 'string' ? utcMidnight(cell) : cell)));
    }
    addListValidations(sheet, table.columns);
    sheet.getRow(1).font = { bold: true };
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
  }
  // `created` is the only moment in the file (properties and zip entries), so builds repeat.
  return withEntryDates(new Uint8Array(await workbook.xlsx.writeBuffer()), properties.created);
}
