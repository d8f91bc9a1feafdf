import type { RaciLetter, RaciMatrix } from '../../schemas/index.ts';
import type { Entry } from '../playbook/playbook-model.ts';
import { routes } from '../pages/routes.ts';
import type { RaciGrid, RaciRow } from './raci-matrix.ts';

export interface DecisionRaciRow extends RaciRow {
  /** The matrix the decision is typed in, so the row can link to it. */
  matrix: Entry<RaciMatrix>;
}

/** The decisions marked keyDecision across every matrix, as one grid with one column per role. */
export interface DecisionRaci {
  columns: string[];
  rows: DecisionRaciRow[];
}

/**
 * Collects the key decisions of every matrix (in matrix order) into one table, so the
 * governance stage shows the decision RACI from the typed matrices instead of a second copy.
 * Columns are roles in the order they are first assigned, with the accountable role of each
 * decision counted first so the people who decide come leftmost.
 */
export function decisionRaci(matrices: readonly Entry<RaciMatrix>[]): DecisionRaci {
  const decisions = matrices.flatMap((matrix) => matrix.data.activities.filter((activity) => activity.keyDecision).map((activity) => ({ matrix, activity })));
  const columns = new Set<string>();
  const weight: RaciLetter[] = ['A', 'R', 'C', 'I'];
  for (const letter of weight) {
    for (const { activity } of decisions) {
      for (const [roleId, assigned] of Object.entries(activity.assignments)) if (assigned === letter) columns.add(roleId);
    }
  }
  const ordered = [...columns];
  return {
    columns: ordered,
    rows: decisions.map(({ matrix, activity }) => ({ matrix, activity, cells: ordered.map((roleId) => activity.assignments[roleId]) })),
  };
}

/** The key decisions as a table, each row linking to the decision in its matrix. */
export function decisionRaciGrid(table: DecisionRaci): RaciGrid {
  return {
    captionId: 'decision-raci-caption',
    caption: 'Key decisions: who is responsible, accountable, consulted and informed (from the RACI matrices)',
    firstColumn: 'Decision',
    columns: table.columns,
    rows: table.rows.map((row) => ({ label: row.activity.name, path: routes.raciActivity(row.matrix.id, row.activity.id), cells: row.cells })),
  };
}
