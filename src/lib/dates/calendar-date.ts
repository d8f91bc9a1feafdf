/**
 * Calendar dates as "YYYY-MM-DD" strings, the one form content, pages and downloads use. All
 * arithmetic is done on UTC midnights, so no time zone or daylight-saving change can move a
 * date. Showing a date to readers is `format.ts`'s job, in the organization's locale.
 */
const DAY_MS = 86_400_000;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Whether `value` is written YYYY-MM-DD and names a day that exists (no 2027-02-30). */
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const [year, month, day] = value.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The calendar date of `moment` in UTC. */
export function isoDateOf(moment: Date): string {
  return moment.toISOString().slice(0, 10);
}

/** UTC midnight of a calendar date, for Intl formatting and spreadsheet cells. */
export function utcMidnight(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00Z`);
}

/** Days since 1970-01-01 for a calendar date. */
export function dayNumber(isoDate: string): number {
  return utcMidnight(isoDate).getTime() / DAY_MS;
}

/** The calendar date of a day number. */
export function fromDayNumber(day: number): string {
  return isoDateOf(new Date(day * DAY_MS));
}

/** `isoDate` plus whole days (negative to go back). */
export function addDays(isoDate: string, days: number): string {
  return fromDayNumber(dayNumber(isoDate) + days);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** 0 Sunday ... 6 Saturday. */
export function weekday(isoDate: string): number {
  return utcMidnight(isoDate).getUTCDay();
}

export function isWeekend(isoDate: string): boolean {
  const day = weekday(isoDate);
  return day === 0 || day === 6;
}

/** The day of the month, 1 to 31. */
export function dayOfMonth(isoDate: string): number {
  return Number(isoDate.slice(8, 10));
}

/**
 * `isoDate` plus whole months (negative to go back). A day the target month does not have
 * becomes that month's last day: 31 January plus one month is 28 (or 29) February, as a
 * review "every month" from the 31st is still due within the month.
 */
export function addMonths(isoDate: string, months: number): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  const lastDayOfTarget = new Date(Date.UTC(year, month - 1 + months + 1, 0)).getUTCDate();
  return isoDateOf(new Date(Date.UTC(year, month - 1 + months, Math.min(day, lastDayOfTarget))));
}

/** "2027-03" for a date. */
export function monthOf(isoDate: string): string {
  return isoDate.slice(0, 7);
}

/** The month `count` months after "YYYY-MM". */
export function addMonthsToMonth(month: string, count: number): string {
  return monthOf(addMonths(`${month}-01`, count));
}

/** Last calendar date of "YYYY-MM". */
export function lastDayOfMonth(month: string): string {
  return addDays(`${addMonthsToMonth(month, 1)}-01`, -1);
}

export const laterOf = (a: string, b: string) => (a > b ? a : b);

/**
 * Today's date as the site and the checker see it. PMO_TODAY=YYYY-MM-DD pins it, so tests and
 * "what will be overdue next month" previews do not depend on the clock.
 */
export function todayIso(env: Record<string, string | undefined> = process.env, now: Date = new Date()): string {
  const pinned = env.PMO_TODAY;
  if (pinned !== undefined) {
    if (!isIsoDate(pinned)) throw new Error(`PMO_TODAY must be a date written as YYYY-MM-DD, not "${pinned}".`);
    return pinned;
  }
  return isoDateOf(now);
}

/**
 * The day the site is built, in UTC: the "print date" of the paper checklists.
 * SOURCE_DATE_EPOCH (seconds, the reproducible-builds convention) fixes it for repeatable builds.
 */
export function buildDate(env: Record<string, string | undefined>, now: Date = new Date()): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  return isoDateOf(epoch !== undefined && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : now);
}
