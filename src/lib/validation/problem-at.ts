import type { SourcedEntry } from './content-set.ts';
import { fieldName, type FieldPath, type Problem, type Severity } from './problem.ts';

/** Builds a problem pointing at `path` inside an entry's file. */
export function problemAt(
  entry: SourcedEntry<unknown>,
  path: FieldPath,
  rule: string,
  message: string,
  hint: string,
  severity: Severity = 'error',
): Problem {
  return {
    severity,
    file: entry.source.fileOf?.(path) ?? entry.source.file,
    position: entry.source.locate(path),
    field: fieldName(path) || undefined,
    message,
    hint,
    rule,
  };
}
