// Creates a new content file from a template: `npm run new -- <kind> <id> [--owner=<role>]`.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { planNewEntry } from '../src/lib/editing/new-entry.ts';
import { todayIso } from '../src/lib/dates/calendar-date.ts';
import { validateContent } from '../src/lib/validation/validate-content.ts';

const args = process.argv.slice(2);
const [kind, id] = args.filter((arg) => !arg.startsWith('--'));
const owner = args.find((arg) => arg.startsWith('--owner='))?.slice('--owner='.length);
const root = process.cwd();
const today = todayIso();

const planned = planNewEntry(kind, id, validateContent(root, { today }).content, {
  owner,
  today,
  fileExists: (path) => existsSync(join(root, path)),
});
if ('error' in planned) {
  console.error(planned.error);
  process.exit(1);
}
for (const { file, text } of [planned, ...planned.companions]) {
  mkdirSync(dirname(join(root, file)), { recursive: true });
  writeFileSync(join(root, file), text);
  console.log(`Created ${file}.`);
}
console.log('Replace every "TODO:" text (npm run check lists them as warnings), then preview with npm run dev.');
