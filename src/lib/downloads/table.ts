/** How a column's values are written: as text, numbers, money in the table's currency, or dates. */
export type ColumnFormat = 'text' | 'number' | 'money' | 'date';

export interface Column {
  header: string;
  /** Width in characters, as spreadsheets measure it. */
  width: number;
  format?: ColumnFormat;
  /** The only values a cell may take; the workbook offers them as a drop-down list. */
  allowed?: readonly string[];
}

/** A value of a cell; dates are "YYYY-MM-DD" strings in a date column; undefined is an empty cell. */
export type Cell = string | number | undefined;

/** One table of a download: a CSV file on its own, and one sheet of the workbook. */
export interface Table {
  /** File-name part, for example "timeline" in plan-x-timeline.csv. */
  slug: string;
  /** Sheet name: at most 31 characters, none of [ ] : * ? / \ */
  sheet: string;
  columns: Column[];
  rows: Cell[][];
  /** ISO 4217 code for money columns. */
  currency?: string;
}
