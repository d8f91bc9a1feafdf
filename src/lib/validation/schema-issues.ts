import type { z } from 'zod';
import type { SourceDocument } from './source-document.ts';
import { fieldName, type Problem } from './problem.ts';

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (value instanceof Date) return 'a date';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a group of fields';
  if (typeof value === 'string') return `"${value}"`;
  return `${typeof value} ${String(value)}`;
}

function capitalise(message: string): string {
  return message.charAt(0).toUpperCase() + message.slice(1);
}

const expectedWords: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list (lines starting with "- ")',
  object: 'a group of indented fields',
  date: 'a date',
};

/** Turns one zod issue into a message and hint an editor can act on. */
function explain(issue: z.core.$ZodIssue): { message: string; hint?: string } {
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'invalid_type': {
      const expected = expectedWords[issue.expected] ?? issue.expected;
      if (input === undefined) {
        return { message: 'This required field is missing.', hint: `Add it: it must be ${expected}.` };
      }
      const custom = issue.message && !issue.message.startsWith('Invalid input') ? ` (${issue.message})` : '';
      return { message: `Expected ${expected}, found ${describeValue(input)}${custom}.`, hint: `Write ${expected} here.` };
    }
    case 'invalid_value':
      return {
        message: `${describeValue(input)} is not an allowed value.`,
        hint: `Use one of: ${issue.values.map((v) => String(v)).join(', ')}.`,
      };
    case 'unrecognized_keys':
      return {
        message: `Unknown field${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.join(', ')}.`,
        hint: 'Check the spelling against the schema (your editor autocompletes field names), or remove it.',
      };
    case 'too_small':
      if (issue.origin === 'array') {
        return {
          message: issue.message.startsWith('Too small') ? `Needs at least ${issue.minimum} item(s).` : `${capitalise(issue.message)}.`,
          hint: 'Add the missing items.',
        };
      }
      if (issue.origin === 'string') return { message: 'Must not be empty.', hint: 'Write the text, or remove the field if it is optional.' };
      return { message: `Must be at least ${issue.minimum}, found ${describeValue(input)}.`, hint: `Use a value of ${issue.minimum} or more.` };
    case 'invalid_key': {
      // Keys of a mapping (such as role ids in a RACI assignment) carry their own issue inside.
      const reason = issue.issues[0]?.message ?? 'it is not allowed here';
      return { message: `The key ${describeValue(input)} is not valid: it ${reason}.`, hint: 'Rename the key; here keys are ids, such as the file names in content/roles/.' };
    }
    case 'too_big':
      return { message: `Must be at most ${issue.maximum}, found ${describeValue(input)}.`, hint: `Use a value of ${issue.maximum} or less.` };
    default:
      if (/YYYY-MM-DD|calendar date/.test(issue.message)) {
        return {
          message: `${capitalise(issue.message)} (found ${describeValue(input)}).`,
          hint: 'Write the date as YYYY-MM-DD with a day that exists in that month, for example 2027-02-28.',
        };
      }
      return {
        message: `${capitalise(issue.message)}${input !== undefined && typeof input !== 'object' ? ` (found ${describeValue(input)})` : ''}.`,
        hint: 'Correct the value as the message says.',
      };
  }
}

/** Checks `source.data` against `schema` and reports every issue with its position. */
export function schemaProblems<S extends z.ZodType>(
  source: SourceDocument,
  schema: S,
): { data?: z.output<S>; problems: Problem[] } {
  const result = schema.safeParse(source.data, { reportInput: true });
  if (result.success) return { data: result.data, problems: [] };
  const problems = result.error.issues.map((issue): Problem => {
    const { message, hint } = explain(issue);
    const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]] : issue.path;
    return {
      severity: 'error',
      file: source.fileOf?.(path as (string | number)[]) ?? source.file,
      position: source.locate(path as (string | number)[]),
      field: fieldName(path as (string | number)[]) || undefined,
      message,
      hint,
      rule: `schema/${issue.code}`,
    };
  });
  return { problems };
}
