/**
 * A generated Word document, described independently of the .docx format so the builders
 * stay pure and tests can compare what they put in with what a reader gets back out.
 */
export type DocumentBlock =
  | { kind: 'heading'; level: 1 | 2; text: string }
  | { kind: 'paragraph'; text: string }
  /** Advice to the author, shown in italics under a heading of a template. */
  | { kind: 'guidance'; text: string }
  | { kind: 'list'; items: string[] }
  /** `rows` may hold empty strings: the cells an author fills in. */
  | { kind: 'table'; columns: string[]; rows: string[][] };

export interface DocumentModel {
  /** File-name stem under /downloads/, for example "terms-of-reference-portfolio-board". */
  slug: string;
  title: string;
  /** One line under the title, for example what the document is for. */
  subtitle?: string;
  /** Printed in every page header. */
  organizationName: string;
  pmoName: string;
  /** YYYY-MM-DD the content is next due for review, printed in the footer; none when it has no review. */
  reviewDate?: string;
  /** YYYY-MM-DD written as the document's created and modified date, from the build date. */
  documentDate: string;
  blocks: DocumentBlock[];
}

export const heading = (text: string, level: 1 | 2 = 1): DocumentBlock => ({ kind: 'heading', level, text });
export const paragraph = (text: string): DocumentBlock => ({ kind: 'paragraph', text });
export const guidance = (text: string): DocumentBlock => ({ kind: 'guidance', text });
export const list = (items: string[]): DocumentBlock => ({ kind: 'list', items });
export const table = (columns: string[], rows: string[][]): DocumentBlock => ({ kind: 'table', columns, rows });
/** `count` empty rows under `columns`. */
export const blankTable = (columns: string[], count: number): DocumentBlock => table(columns, Array.from({ length: count }, () => columns.map(() => '')));

/** The earliest of several next-review dates, or undefined when none is given. */
export function earliestReview(dates: (string | undefined)[]): string | undefined {
  const given = dates.filter((date): date is string => date !== undefined).sort();
  return given[0];
}
