/**
 * Review dates: pure calendar arithmetic on YYYY-MM-DD strings, always in UTC, so a build
 * in any time zone computes the same next-review date.
 */

/** Days ahead within which a review counts as "due soon". */
export const DUE_SOON_DAYS = 30;

export type ReviewState = 'overdue' | 'due-soon' | 'current';

const toUtc = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);
const toIso = (date: Date) => date.toISOString().slice(0, 10);

/** `isoDate` plus whole months; the 31st becomes the last day of a shorter month. */
export function addMonths(isoDate: string, months: number): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  const lastDayOfTarget = new Date(Date.UTC(year, month - 1 + months + 1, 0)).getUTCDate();
  return toIso(new Date(Date.UTC(year, month - 1 + months, Math.min(day, lastDayOfTarget))));
}

/** `isoDate` plus whole days (negative to go back). */
export function addDays(isoDate: string, days: number): string {
  const date = toUtc(isoDate);
  date.setUTCDate(date.getUTCDate() + days);
  return toIso(date);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / 86_400_000);
}

/** The date by which the next review is due. */
export function nextReviewDate(lastReviewed: string, everyMonths: number): string {
  return addMonths(lastReviewed, everyMonths);
}

/** Overdue once the due date has passed; due soon within DUE_SOON_DAYS of it. */
export function reviewState(nextReview: string, today: string): ReviewState {
  if (nextReview < today) return 'overdue';
  if (daysBetween(today, nextReview) <= DUE_SOON_DAYS) return 'due-soon';
  return 'current';
}

/**
 * Today's date as the site and the checker see it. PMO_TODAY=YYYY-MM-DD pins it, so tests and
 * "what will be overdue next month" previews do not depend on the clock.
 */
export function todayIso(env: Record<string, string | undefined> = process.env, now: Date = new Date()): string {
  const pinned = env.PMO_TODAY;
  if (pinned !== undefined) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(pinned) || Number.isNaN(toUtc(pinned).getTime())) {
      throw new Error(`PMO_TODAY must be a date written as YYYY-MM-DD, not "${pinned}".`);
    }
    return pinned;
  }
  return toIso(now);
}
