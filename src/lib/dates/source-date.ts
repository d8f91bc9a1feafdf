import { spawnSync } from 'node:child_process';

/** Seconds since 1970 of the checkout's last commit, or undefined outside a git checkout. */
export function lastCommitSeconds(root: string): number | undefined {
  const run = spawnSync('git', ['log', '-1', '--format=%ct'], { cwd: root, encoding: 'utf8' });
  const seconds = Number(run.stdout?.trim());
  return run.status === 0 && Number.isInteger(seconds) && seconds > 0 ? seconds : undefined;
}

/**
 * The one moment a build stands for, written into every file that records a time (workbook
 * properties, zip entries, calendar stamps, PDF dates): SOURCE_DATE_EPOCH (seconds, the
 * reproducible-builds convention), else the last commit's time in a git checkout, else now.
 * So two builds of one commit are byte-identical.
 */
export function sourceMoment(
  env: Record<string, string | undefined>,
  root: string,
  { lastCommit = lastCommitSeconds, now = () => new Date() }: { lastCommit?: (root: string) => number | undefined; now?: () => Date } = {},
): Date {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000);
  const committed = lastCommit(root);
  if (committed !== undefined) return new Date(committed * 1000);
  const moment = now();
  moment.setUTCMilliseconds(0);
  return moment;
}
