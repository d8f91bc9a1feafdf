import type { Problem } from './problem.ts';
import type { ValidationResult } from './validate-content.ts';

export interface ReportStyle {
  colour: boolean;
}

const paint = (on: boolean, code: number, text: string) => (on ? `\u001b[${code}m${text}\u001b[0m` : text);

/** One problem as `file:line:column  severity  field  message` with its hint below. */
export function formatProblem(problem: Problem, style: ReportStyle = { colour: false }): string {
  const where = problem.position ? `${problem.file}:${problem.position.line}:${problem.position.column}` : problem.file;
  const severity = problem.severity === 'error' ? paint(style.colour, 31, 'error') : paint(style.colour, 33, 'warning');
  const field = problem.field ? `  ${problem.field}` : '';
  const lines = [`${where}  ${severity}${field}  ${problem.message}  [${problem.rule}]`];
  if (problem.hint) lines.push(`    ${paint(style.colour, 2, 'fix:')} ${problem.hint}`);
  return lines.join('\n');
}

/** The whole report: every problem, then a one-line summary. */
export function formatReport(result: ValidationResult, style: ReportStyle = { colour: false }): string {
  const lines = result.problems.map((problem) => formatProblem(problem, style));
  const summary = `${result.fileCount} content files checked: ${result.errorCount} error(s), ${result.warningCount} warning(s).`;
  if (lines.length > 0) lines.push('');
  lines.push(result.errorCount > 0 ? paint(style.colour, 31, summary) : summary);
  return lines.join('\n');
}
