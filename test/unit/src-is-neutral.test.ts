import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/project.ts';

const sourceFiles = globSync('src/**/*.{ts,astro,mjs,css}', { cwd: projectRoot }).sort();
const organization = parse(readFileSync(join(projectRoot, 'content/organization.yaml'), 'utf8')) as { name: string; pmoName: string };

/** Lines of src/ that match, leaving out `.describe()` text, where examples for editors belong. */
function offendingLines(pattern: RegExp): string[] {
  return sourceFiles.flatMap((file) =>
    readFileSync(join(projectRoot, file), 'utf8')
      .split('\n')
      .flatMap((line, index) => (pattern.test(line) && !line.includes('.describe(') ? [`${file}:${index + 1}: ${line.trim()}`] : [])),
  );
}

describe('src/ names nothing of the example organization', () => {
  it('has source files to check', () => {
    expect(sourceFiles.length).toBeGreaterThan(50);
  });

  it('writes no currency sign or currency code', () => {
    const codes = Intl.supportedValuesOf('currency').join('|');
    expect(offendingLines(new RegExp(`[£€¥₹]|\\$\\d{1,3},\\d{3}|'(${codes})'|"(${codes})"`))).toEqual([]);
  });

  it('writes no locale tag', () => {
    expect(offendingLines(/['"`][a-z]{2,3}-[A-Z]{2}['"`]/)).toEqual([]);
  });

  it("writes neither the example organization's name nor its PMO's name", () => {
    expect(offendingLines(new RegExp(`${organization.name}|${organization.pmoName}`))).toEqual([]);
  });
});
