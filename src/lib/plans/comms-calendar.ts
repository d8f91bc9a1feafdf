import type { CommsEntry, CommsFrequency } from '../../schemas/index.ts';
import { formatMonthYear } from '../formats/format.ts';
import { addDays, addMonths, addMonthsToMonth, dayOfMonth, isWeekend, lastDayOfMonth, monthOf } from '../dates/calendar-date.ts';

type Timing = Pick<CommsEntry, 'frequency' | 'first' | 'until'>;

const stepDays: Partial<Record<CommsFrequency, number>> = { weekly: 7, fortnightly: 14 };
const stepMonths: Partial<Record<CommsFrequency, number>> = { monthly: 1, quarterly: 3 };

/**
 * Dates a communication goes out between `from` and `to` (both included), from its first
 * date and frequency. "daily" means working days, Monday to Friday. "monthly" and
 * "quarterly" keep the day of the month of the first date and, as iCalendar does, skip a
 * month that has no such day. "per-event" has only its first date.
 */
export function occurrences(entry: Timing, from: string, to: string): string[] {
  const last = entry.until !== undefined && entry.until < to ? entry.until : to;
  const dates: string[] = [];
  const keep = (date: string) => {
    if (date >= from && date <= last) dates.push(date);
  };
  if (entry.frequency === 'per-event') {
    keep(entry.first);
  } else if (entry.frequency === 'daily') {
    for (let date = entry.first; date <= last; date = addDays(date, 1)) if (!isWeekend(date)) keep(date);
  } else if (stepDays[entry.frequency] !== undefined) {
    for (let date = entry.first; date <= last; date = addDays(date, stepDays[entry.frequency]!)) keep(date);
  } else {
    const step = stepMonths[entry.frequency]!;
    for (let count = 0; ; count += step) {
      const date = addMonths(entry.first, count);
      if (date > last) break;
      if (dayOfMonth(date) !== dayOfMonth(entry.first)) continue;
      keep(date);
    }
  }
  return dates;
}

export interface MonthOfComms<T> {
  /** "YYYY-MM" */
  month: string;
  items: { entry: T; dates: string[] }[];
}

/**
 * What goes out in each of `months` months starting with the month of the earliest first
 * date: the month-by-month view of the communication plan. Months with nothing are kept,
 * so the view shows quiet months too.
 */
export function monthByMonth<T extends Timing>(entries: T[], months = 12): MonthOfComms<T>[] {
  if (entries.length === 0) return [];
  const firstMonth = monthOf(entries.map((entry) => entry.first).reduce((a, b) => (a < b ? a : b)));
  return Array.from({ length: months }, (_, index) => {
    const month = addMonthsToMonth(firstMonth, index);
    const items = entries
      .map((entry) => ({ entry, dates: occurrences(entry, `${month}-01`, lastDayOfMonth(month)) }))
      .filter((item) => item.dates.length > 0)
      .sort((a, b) => a.dates[0].localeCompare(b.dates[0]));
    return { month, items };
  });
}

/** A month of the communication plan as its heading names it ("2026-03" -> "March 2026"). */
export function monthTitle(month: string): string {
  return formatMonthYear(`${month}-01`);
}
