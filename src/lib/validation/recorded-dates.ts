import type { SourcedEntry } from './content-set.ts';
import type { Problem } from './problem.ts';
import { problemAt } from './problem-at.ts';

/** How one kind of record names its date field and what to do when it is in the future. */
export interface RecordedDate<T> {
  field: string;
  dateOf: (data: T) => string;
  rule: string;
  /** The record and its date in words, for example `Assessment "baseline" is dated 2027-09-16`. */
  describe: (entry: SourcedEntry<T>, date: string) => string;
  hint: string;
}

/**
 * Records of what happened (lessons, assessments, reports) cannot be dated after today: such a
 * date is a typo or a draft written ahead, and pages would show it as fact.
 */
export function recordedAfterToday<T>(entries: readonly SourcedEntry<T>[], today: string, record: RecordedDate<T>): Problem[] {
  return entries.flatMap((entry) => {
    const date = record.dateOf(entry.data);
    return date <= today ? [] : [problemAt(entry, [record.field], record.rule, `${record.describe(entry, date)}, after today (${today}).`, record.hint)];
  });
}
