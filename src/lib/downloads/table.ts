/** How a column's values are written: as text, numbers, money in the table's currency, or dates. */
export type ColumnFormat = 'text' | 'number' | 'money' | 'date';

/** A value of a cell; dates are "YYYY-MM-DD" strings in a date column; undefined is an empty cell. */
export type Cell = string | number | undefined;

/** One column of a download table: its heading, how its values are written, and where each row's value comes from. */
export interface Column<Row = unknown> {
  header: string;
  /** Width in characters, as spreadsheets measure it. */
  width: number;
  format?: ColumnFormat;
  /** The only values a cell may take; the workbook offers them as a drop-down list. */
  allowed?: readonly string[];
  /** The row's cell in this column. */
  value(row: Row): Cell;
}

/** One table of a download: a CSV file on its own, and one sheet of the workbook. */
export interface Table<Row = unknown> {
  /** File-name part, for example "timeline" in plan-x-timeline.csv. */
  slug: string;
  /** Sheet name: at most 31 characters, none of [ ] : * ? / \ */
  sheet: string;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  /** ISO 4217 code for money columns. */
  currency?: string;
}

/** A table whose columns are typed by its rows, so every `value` is checked against the row it reads. */
export const defineTable = <Row>(table: Table<Row>): Table<Row> => table;

/** Every row's cells, in column order. */
export function tableCells(table: Table): Cell[][] {
  return table.rows.map((row) => table.columns.map((column) => column.value(row)));
}
