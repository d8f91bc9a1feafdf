import { addDays, isWeekend } from '../dates/calendar-date.ts';

/**
 * Plans count durations in working days: Monday to Friday, less the plan's holidays. That is
 * how PMO staff estimate ("ten days' work") and how the governance calendar counts
 * ("status reports on working day 5"), and it keeps bank holidays from being scheduled.
 */
export class WorkingCalendar {
  readonly #holidays: ReadonlySet<string>;

  constructor(holidays: Iterable<string> = []) {
    this.#holidays = new Set(holidays);
  }

  isWorkingDay(isoDate: string): boolean {
    return !isWeekend(isoDate) && !this.#holidays.has(isoDate);
  }

  /** The date itself when it is a working day, otherwise the next working day. */
  onOrAfter(isoDate: string): string {
    let date = isoDate;
    while (!this.isWorkingDay(date)) date = addDays(date, 1);
    return date;
  }

  /** The first working day after the date. */
  nextAfter(isoDate: string): string {
    return this.onOrAfter(addDays(isoDate, 1));
  }

  /** Last day of a task that starts on working day `start` and lasts `days` working days. */
  endOf(start: string, days: number): string {
    let date = start;
    for (let counted = 1; counted < days; counted++) date = this.nextAfter(date);
    return date;
  }

  /** Working days from `start` to `end`, both counted; 0 when end is before start. */
  countBetween(start: string, end: string): number {
    let count = 0;
    for (let date = start; date <= end; date = addDays(date, 1)) if (this.isWorkingDay(date)) count++;
    return count;
  }
}
