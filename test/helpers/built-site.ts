import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BuiltSite } from '../quality/link-check.ts';
import { builtPages, resolvesInBuild } from './dist.ts';

/** A folder of built files as the link checker reads it. */
export function readBuiltSite(outDir: string): BuiltSite {
  const stylesheets = new Map<string, string>();
  for (const file of globSync('**/*.css', { cwd: outDir }).sort()) stylesheets.set(`/${file.replace(/\\/g, '/')}`, readFileSync(join(outDir, file), 'utf8'));
  return { pages: builtPages(outDir), stylesheets, serves: (sitePath) => resolvesInBuild(outDir, sitePath) };
}
