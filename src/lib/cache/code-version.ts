import { createHash } from 'node:crypto';
import { existsSync, globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The version of the build code of the project at `root`, for caches of what that code makes: a
 * hash of its src/ and of the installed packages (node_modules/.package-lock.json), so a change to
 * either makes every cached entry stale.
 */
export function projectCodeVersion(root: string): string {
  const hash = createHash('sha256');
  const sources = globSync('src/**/*.ts', { cwd: root }).map((path) => path.split('\\').join('/')).sort();
  for (const path of [...sources, 'node_modules/.package-lock.json']) {
    const file = join(root, path);
    hash.update(`${path}\0${existsSync(file) ? readFileSync(file, 'utf8') : ''}\0`);
  }
  return hash.digest('hex');
}
