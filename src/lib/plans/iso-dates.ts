/**
 * Calendar-date arithmetic on "YYYY-MM-DD" strings. Everything is done in UTC day numbers
 * so that no time zone or daylight-saving change can move a date.
 */
const DAY_MS = 86_400_000;

/** Days since 1970-01-01 for a calendar date. */
export function dayNumber(isoDate: string): number {
  return Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS;
}

/** The calendar date of a day number. */
export function fromDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(isoDate: string, days: number): string {
  return fromDayNumber(dayNumber(isoDate) + days);
}

/** 0 Sunday ... 6 Saturday. */
export function weekday(isoDate: string): number {
  return new Date(`${isoDate}T00:00:00Z`).getUTCDay();
}

export function isWeekend(isoDate: string): boolean {
  const day = weekday(isoDate);
  return day === 0 || day === 6;
}

/** The same day of the month `months` later, or undefined when that month is too short. */
export function addMonthsKeepingDay(isoDate: string, months: number): string | undefined {
  const [year, month, day] = isoDate.split('-').map(Number);
  const target = new Date(Date.UTC(year, month - 1 + months, day));
  return target.getUTCDate() === day ? target.toISOString().slice(0, 10) : undefined;
}

/** "2027-03" for a date. */
export function monthOf(isoDate: string): string {
  return isoDate.slice(0, 7);
}

/** The month `count` months after "YYYY-MM". */
export function addMonthsToMonth(month: string, count: number): string {
  const [year, monthNumber] = month.split('-').map(Number);
  return new Date(Date.UTC(year, monthNumber - 1 + count, 1)).toISOString().slice(0, 7);
}

/** Last calendar date of "YYYY-MM". */
export function lastDayOfMonth(month: string): string {
  return addDays(`${addMonthsToMonth(month, 1)}-01`, -1);
}

export const laterOf = (a: string, b: string) => (a > b ? a : b);
