/** How far a checklist is: required and optional items counted apart. */
export interface ChecklistProgress {
  required: { done: number; total: number };
  optional: { done: number; total: number };
  /** Every required item is ticked: the stage can close. */
  complete: boolean;
}

/** Counts ticked items; ids in `ticked` that are not items are ignored. */
export function checklistProgress(items: ReadonlyArray<{ id: string; required: boolean }>, ticked: ReadonlySet<string>): ChecklistProgress {
  const count = (required: boolean) => {
    const kind = items.filter((item) => item.required === required);
    return { done: kind.filter((item) => ticked.has(item.id)).length, total: kind.length };
  };
  const required = count(true);
  return { required, optional: count(false), complete: required.done === required.total };
}

/** "3 of 8 required items done, 1 of 2 optional": required first, as they close the stage. */
export function describeProgress({ required, optional, complete }: ChecklistProgress): string {
  const parts = [`${required.done} of ${required.total} required ${required.total === 1 ? 'item' : 'items'} done`];
  if (optional.total > 0) parts.push(`${optional.done} of ${optional.total} optional`);
  return `${parts.join(', ')}${complete && required.total > 0 ? ' (all required items done)' : ''}`;
}
