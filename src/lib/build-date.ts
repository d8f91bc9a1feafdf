/**
 * The day the site is built, as YYYY-MM-DD in UTC: the "print date" of the paper checklists.
 * SOURCE_DATE_EPOCH (seconds, the reproducible-builds convention) fixes it for repeatable builds.
 */
export function buildDate(env: Record<string, string | undefined>, now: Date = new Date()): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  const when = epoch !== undefined && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : now;
  return when.toISOString().slice(0, 10);
}
