import type { Problem } from './problem.ts';
import type { ValidationResult } from './validate-content.ts';

/** The command whose run the report closes: the wording says what did (not) happen. */
export type CheckedBy = 'check' | 'build';

/** The one line after the report when content has errors. */
export function failureLine(result: ValidationResult, by: CheckedBy): string {
  const listed = `Content check failed with ${result.errorCount} error(s), listed above`;
  return by === 'build' ? `${listed}; nothing was built.` : `${listed}; fix them and run npm run check again.`;
}

// Workflow-command escaping, as GitHub's @actions/core does it.
const escapeData = (text: string) => text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
const escapeProperty = (text: string) => escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');

/**
 * One problem as a GitHub Actions workflow command, so the pull request shows it on the line:
 * `::error file=...,line=...,col=...,title=rule::message`, with the fix on a second line.
 */
export function githubAnnotation(problem: Problem): string {
  const properties = [`file=${escapeProperty(problem.file)}`];
  if (problem.position) properties.push(`line=${problem.position.line}`, `col=${problem.position.column}`);
  properties.push(`title=${escapeProperty(problem.field ? `${problem.rule} (${problem.field})` : problem.rule)}`);
  const message = problem.hint ? `${problem.message}\nFix: ${problem.hint}` : problem.message;
  return `::${problem.severity} ${properties.join(',')}::${escapeData(message)}`;
}

/** Whether this run is a GitHub Actions job, which reads workflow commands from the output. */
export const inGitHubActions = (env: Record<string, string | undefined>): boolean => env.GITHUB_ACTIONS === 'true';

/** How a crash of the tool itself is shown: one line, or the stack trace with DEBUG=1. */
export function crashText(error: unknown, env: Record<string, string | undefined>): string {
  const debug = env.DEBUG !== undefined && env.DEBUG !== '' && env.DEBUG !== '0';
  if (debug) return error instanceof Error && error.stack ? error.stack : String(error);
  const message = error instanceof Error ? error.message : String(error);
  return `The content check itself crashed (this is a bug in the tool, not in your content): ${message}\nRun again with DEBUG=1 to see the stack trace, and report it.`;
}

/** The error Astro's dev overlay shows: the shape of the `err` of a Vite `{ type: 'error' }` message. */
export interface DevOverlayError {
  name: string;
  title: string;
  message: string;
  hint: string;
  stack: string;
  loc?: { file: string; line: number; column: number };
}

/**
 * The content report for the error overlay of `npm run dev`, pointing at the first problem's
 * file (`root` makes it absolute, for the overlay's "open in editor").
 */
export function devOverlayError(result: ValidationResult, report: string, root: string): DevOverlayError {
  const first = result.problems.find((problem) => problem.severity === 'error');
  return {
    name: 'Content check',
    title: `The content has ${result.errorCount} error(s)`,
    message: report,
    hint: 'Fix the files listed; this page reloads when you save, and the dev server keeps running.',
    stack: '',
    ...(first ? { loc: { file: `${root.replace(/\/$/, '')}/${first.file}`, line: first.position?.line ?? 1, column: first.position?.column ?? 1 } } : {}),
  };
}
