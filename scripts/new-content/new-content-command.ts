import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { planNewEntry } from '../../src/lib/editing/new-entry.ts';
import { validateContent } from '../../src/lib/validation/validate-content.ts';

export interface NewContentRun {
  exitCode: 0 | 1;
  /** What the command prints on standard output, then standard error. */
  stdout: string;
  stderr: string;
}

/**
 * `npm run new -- <kind> <id> [--owner=<role>]` in the project at `root`: writes the new file and
 * its companions from their templates, or writes nothing and says why. Separate from the script
 * so that tests run every case without starting Node for each.
 */
export function runNewContent(args: string[], { root, today }: { root: string; today: string }): NewContentRun {
  const [kind, id] = args.filter((arg) => !arg.startsWith('--'));
  const owner = args.find((arg) => arg.startsWith('--owner='))?.slice('--owner='.length);
  const planned = planNewEntry(kind, id, validateContent(root, { today }).content, {
    owner,
    today,
    fileExists: (path) => existsSync(join(root, path)),
  });
  if ('error' in planned) return { exitCode: 1, stdout: '', stderr: `${planned.error}\n` };
  const created: string[] = [];
  for (const { file, text } of [planned, ...planned.companions]) {
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), text);
    created.push(`Created ${file}.\n`);
  }
  return { exitCode: 0, stdout: `${created.join('')}Replace every "TODO:" text (npm run check lists them as warnings), then preview with npm run dev.\n`, stderr: '' };
}
