import { tableCells, type Cell, type Table } from './table.ts';

// Excel reads a UTF-8 file as UTF-8 (and shows currency signs and accents correctly) only when it starts with a byte order mark.
const BYTE_ORDER_MARK = '\uFEFF';

/**
 * A spreadsheet treats text starting with = + - @ (or a tab or carriage return) as a
 * formula; a leading apostrophe keeps it text (OWASP "CSV injection").
 */
function defuse(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** One field as RFC 4180 writes it: quoted only when it holds a quote, comma or line break. */
export function csvField(cell: Cell): string {
  if (cell === undefined) return '';
  const text = typeof cell === 'number' ? String(cell) : defuse(cell);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Rows (the header first) as the CSV every download and export writes: RFC 4180 fields,
 * CRLF line ends, a byte order mark. Browser exports use it too, so it imports nothing heavy.
 */
export function csvText(rows: readonly (readonly Cell[])[]): string {
  return `${BYTE_ORDER_MARK}${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/** The table as CSV: a header row, then its rows. */
export function tableToCsv(table: Table): string {
  return csvText([table.columns.map((column) => column.header), ...tableCells(table)]);
}
