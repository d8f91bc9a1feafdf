/** Where in a file a problem sits; lines and columns count from 1. */
export interface Position {
  line: number;
  column: number;
}

export type Severity = 'error' | 'warning';

/**
 * One thing wrong with the content, shaped like a vfile message: collected, never thrown,
 * so an editor sees every problem in one run.
 */
export interface Problem {
  severity: Severity;
  /** Path relative to the project root, with forward slashes. */
  file: string;
  position?: Position;
  /** Dotted field path inside the file, for example "checklist.2.owner". */
  field?: string;
  message: string;
  /** What to do about it. */
  hint?: string;
  /** Stable rule id, for example "reference/role". */
  rule: string;
}

export type FieldPath = ReadonlyArray<string | number>;

export function fieldName(path: FieldPath): string {
  return path.map(String).join('.');
}

export function compareProblems(a: Problem, b: Problem): number {
  return (
    a.file.localeCompare(b.file) ||
    (a.position?.line ?? 0) - (b.position?.line ?? 0) ||
    (a.position?.column ?? 0) - (b.position?.column ?? 0) ||
    a.rule.localeCompare(b.rule)
  );
}
