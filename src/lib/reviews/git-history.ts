import { spawnSync } from 'node:child_process';
import { isoDateOf } from '../dates/calendar-date.ts';

/**
 * When each file was last changed, from one `git log` call over the given folders: the map
 * holds root-relative paths and YYYY-MM-DD commit dates (UTC). Outside a git checkout, or
 * without git, it is empty and pages simply show no "last updated" date.
 */
export function lastUpdatedByFile(root: string, folders: string[]): Map<string, string> {
  const run = spawnSync('git', ['log', '--format=%x00%ct', '--name-only', '--relative', '--no-renames', '--', ...folders], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0 || typeof run.stdout !== 'string') return new Map();
  return parseGitLog(run.stdout);
}

/** Reads `git log --format=%x00%ct --name-only` output; the newest commit comes first. */
export function parseGitLog(output: string): Map<string, string> {
  const dates = new Map<string, string>();
  for (const commit of output.split('\0').slice(1)) {
    const [timestamp, ...files] = commit.split('\n');
    const date = isoDateOf(new Date(Number(timestamp) * 1000));
    for (const file of files) {
      if (file !== '' && !dates.has(file)) dates.set(file, date);
    }
  }
  return dates;
}
