import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** One message of the Nu HTML Checker (vnu), reduced to what a reader needs. */
export interface HtmlProblem {
  /** File path relative to the folder that was checked. */
  file: string;
  line?: number;
  column?: number;
  severity: 'error' | 'warning' | 'info';
  message: string;
  /** The markup around the problem, as vnu quotes it. */
  extract?: string;
}

/** The shape of `vnu --format json` output (written to stderr). */
interface VnuJson {
  messages: Array<{
    type: 'error' | 'info' | 'non-document-error';
    subType?: 'fatal' | 'warning' | 'internal' | 'io' | 'schema';
    url?: string;
    firstLine?: number;
    lastLine?: number;
    firstColumn?: number;
    message: string;
    extract?: string;
  }>;
}

/**
 * Reads vnu's JSON report. An error, a fatal error and a file vnu could not read all count as
 * errors; vnu's "info" messages with subType "warning" are warnings.
 */
export function parseVnuReport(json: string, checkedFolder: string): HtmlProblem[] {
  let report: VnuJson;
  try {
    report = JSON.parse(json) as VnuJson;
  } catch {
    throw new Error(`The HTML checker did not produce a JSON report. It printed:\n${json.slice(0, 2000)}`);
  }
  return report.messages.map((message) => ({
    file: message.url?.startsWith('file:') ? relative(checkedFolder, fileURLToPath(message.url)) : (message.url ?? '(no file)'),
    line: message.firstLine ?? message.lastLine,
    column: message.firstColumn,
    severity: message.type === 'info' ? (message.subType === 'warning' ? 'warning' : 'info') : 'error',
    message: message.message,
    extract: message.extract,
  }));
}

/** "file:line:column  error  message" plus the quoted markup, like the content checker's report. */
export function formatHtmlProblem(problem: HtmlProblem): string {
  const position = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}:${problem.column ?? 1}`;
  const extract = problem.extract ? `\n    near: ${problem.extract.replace(/\s+/g, ' ').trim()}` : '';
  return `${position}  ${problem.severity}  ${problem.message}${extract}`;
}
