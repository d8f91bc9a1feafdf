import type { Cell, Table } from './table.ts';

// Excel reads a UTF-8 file as UTF-8 (and shows currency signs and accents correctly) only when it starts with a byte order mark.
const BYTE_ORDER_MARK = '\uFEFF';

/**
 * A spreadsheet treats text starting with = + - @ (or a tab or carriage return) as a
 * formula; a leading apostrophe keeps it text (OWASP "CSV injection").
 */
function defuse(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function field(cell: Cell): string {
  if (cell === undefined) return '';
  const text = typeof cell === 'number' ? String(cell) : defuse(cell);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The table as RFC 4180 CSV: a header row, CRLF line ends, quotes only where needed. */
export function tableToCsv(table: Table): string {
  const lines = [table.columns.map((column) => field(column.header)), ...table.rows.map((row) => table.columns.map((_, index) => field(row[index])))];
  return `${BYTE_ORDER_MARK}${lines.map((line) => line.join(',')).join('\r\n')}\r\n`;
}
