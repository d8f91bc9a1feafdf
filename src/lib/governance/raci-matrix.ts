import type { RaciActivity, RaciLetter, RaciMatrix } from '../../schemas/index.ts';
import type { Entry } from '../playbook/playbook-model.ts';

/** The full word for each letter: what screen readers hear and the legend shows. */
export const raciWords: Record<RaciLetter, string> = {
  R: 'Responsible',
  A: 'Accountable',
  C: 'Consulted',
  I: 'Informed',
};

/** What each letter asks of a role, for the legend. */
export const raciMeanings: Record<RaciLetter, string> = {
  R: 'does the work or prepares the decision',
  A: 'answers for the outcome and signs it off; exactly one per activity',
  C: 'gives their view before the work is done or the decision taken',
  I: 'is told the outcome afterwards',
};

/** Letters in order of weight: a role page lists what a role answers for first. */
export const lettersByWeight: readonly RaciLetter[] = ['A', 'R', 'C', 'I'];

export interface RaciRow {
  activity: RaciActivity;
  /** One cell per column, in column order; undefined where the role has no part. */
  cells: (RaciLetter | undefined)[];
}

/** What a RACI table shows, whatever it is drawn from: rows of letters under role columns. */
export interface RaciGrid {
  /** Id of the caption, which names the scrollable region. */
  captionId: string;
  caption: string;
  /** Heading of the row-header column, for example "Activity". */
  firstColumn: string;
  columns: string[];
  rows: {
    label: string;
    /** Site path the row header links to, if any. */
    path?: string;
    /** Id of the row header, so other pages can link to the row. */
    anchorId?: string;
    cells: (RaciLetter | undefined)[];
  }[];
}

/** One matrix as a table: its activities under the roles, each row an anchor. */
export function matrixRaciGrid(table: RaciTable): RaciGrid {
  return {
    captionId: `raci-caption-${table.matrix.id}`,
    caption: `${table.matrix.data.title}: who is responsible, accountable, consulted and informed`,
    firstColumn: 'Activity',
    columns: table.columns,
    rows: table.rows.map((row) => ({ label: row.activity.name, anchorId: `activity-${row.activity.id}`, cells: row.cells })),
  };
}

export interface RaciTable {
  matrix: Entry<RaciMatrix>;
  /** Role ids in the order they are first assigned, so editors control the column order. */
  columns: string[];
  rows: RaciRow[];
}

/** Matrices in their configured order, then by title. */
export function orderMatrices(matrices: Entry<RaciMatrix>[]): Entry<RaciMatrix>[] {
  return [...matrices].sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title));
}

/** Role ids of a matrix in the order they first appear across its activities. */
export function matrixColumns(matrix: RaciMatrix): string[] {
  const columns = new Set<string>();
  for (const activity of matrix.activities) for (const roleId of Object.keys(activity.assignments)) columns.add(roleId);
  return [...columns];
}

/** The grid a RACI page shows: activities as rows, roles as columns. */
export function raciTable(matrix: Entry<RaciMatrix>): RaciTable {
  const columns = matrixColumns(matrix.data);
  return {
    matrix,
    columns,
    rows: matrix.data.activities.map((activity) => ({
      activity,
      cells: columns.map((roleId) => activity.assignments[roleId]),
    })),
  };
}
