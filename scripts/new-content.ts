// Creates a new content file from a template: `npm run new -- <kind> <id> [--owner=<role>]`.
import { todayIso } from '../src/lib/dates/calendar-date.ts';
import { runNewContent } from './new-content/new-content-command.ts';

const { exitCode, stdout, stderr } = runNewContent(process.argv.slice(2), { root: process.cwd(), today: todayIso() });
process.stdout.write(stdout);
process.stderr.write(stderr);
process.exitCode = exitCode;
