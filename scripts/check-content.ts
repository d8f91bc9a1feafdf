// Validates every content file without building the site: `npm run check` (with astro check).
import { performance } from 'node:perf_hooks';
import { formatReport } from '../src/lib/validation/format-report.ts';
import { crashText, failureLine, githubAnnotation, inGitHubActions } from '../src/lib/validation/report-output.ts';
import { validateContentWithDiagrams } from '../src/lib/validation/validate-content.ts';

const args = process.argv.slice(2);
const strict = args.includes('--strict');
const root = args.find((arg) => !arg.startsWith('--')) ?? process.cwd();

const started = performance.now();
try {
  const result = await validateContentWithDiagrams(root);
  if (inGitHubActions(process.env)) for (const problem of result.problems) console.log(githubAnnotation(problem));
  console.log(formatReport(result, { colour: process.stdout.isTTY && !process.env.NO_COLOR }));
  if (result.errorCount > 0) console.log(failureLine(result, 'check'));
  else console.log(`Checked in ${Math.round(performance.now() - started)} ms.`);
  if (result.errorCount > 0 || (strict && result.warningCount > 0)) process.exitCode = 1;
} catch (error) {
  console.error(crashText(error, process.env));
  process.exitCode = 2;
}
