import type { Problem } from '../../src/lib/validation/problem.ts';
import { validateContent, type ValidationResult } from '../../src/lib/validation/validate-content.ts';
import { reviewedOn, writeContentFiles } from './content-fixture.ts';

/** Files to change from a valid fixture: new text, or undefined to delete the file. */
export type FixtureChanges = Record<string, string | undefined>;

/**
 * The shape every rule test uses: check a valid fixture with a few files changed, and make a
 * change by replacing one piece of text (failing loudly if the text is not there, so a test
 * cannot pass by editing nothing). `today` fixes the checker's date where rules depend on it,
 * and the fixture's pages are then reviewed on that day.
 */
export function fixtureChecker(base: Record<string, string>, defaults: { today?: string } = {}) {
  /** The checker's whole result: problems and the content it read. */
  const result = (changes: FixtureChanges = {}, today = defaults.today): ValidationResult => {
    const files = { ...base };
    for (const [path, text] of Object.entries(changes)) {
      if (text === undefined) delete files[path];
      else files[path] = text;
    }
    if (today === undefined) return validateContent(writeContentFiles(files));
    return validateContent(writeContentFiles(reviewedOn(files, today)), { today });
  };
  const check = (changes: FixtureChanges = {}, today = defaults.today): Problem[] => result(changes, today).problems;
  const edit = (path: string, from: string, to: string): Record<string, string> => {
    if (!base[path].includes(from)) throw new Error(`${path} has no "${from}"`);
    return { [path]: base[path].replace(from, to) };
  };
  return { check, result, edit };
}

/** The problems one rule reported. */
export const onlyRule = (problems: Problem[], rule: string) => problems.filter((problem) => problem.rule === rule);
