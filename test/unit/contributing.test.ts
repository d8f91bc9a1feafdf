import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { z } from 'zod';
import { documentTemplateSchema, objectiveSchema, playbookSchema, riskSchema, roleSchema, stageSchema, statusReportSchema } from '../../src/schemas/index.ts';
import { projectRoot } from '../helpers/project.ts';

const guide = readFileSync(join(projectRoot, 'CONTRIBUTING.md'), 'utf8');

/** The first code block of a kind after a heading of the guide. */
function exampleAfter(heading: string, language: string): string {
  const section = guide.slice(guide.indexOf(`\n${heading}\n`));
  const match = new RegExp(`\`\`\`${language}\\n([\\s\\S]*?)\`\`\``).exec(section);
  expect(match, `${heading} has a ${language} example`).not.toBeNull();
  return match![1];
}

// The guide's examples are what editors copy: each must pass the schema it illustrates.
const examples: [string, string, (text: string) => unknown, z.ZodType][] = [
  ['### A role', 'yaml', parse, roleSchema],
  ['### An objective', 'yaml', parse, objectiveSchema],
  ['### A Word template', 'yaml', parse, documentTemplateSchema],
  ['### A playbook', 'yaml', parse, playbookSchema],
  ['### A stage', 'mdx', (text) => parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]), stageSchema],
  ['### A RAID item', 'yaml', parse, riskSchema],
  ['### A status report', 'yaml', parse, statusReportSchema],
];

describe('examples in CONTRIBUTING.md', () => {
  it.each(examples)('%s is valid', (heading, language, read, schema) => {
    const result = schema.safeParse(read(exampleAfter(heading, language)));
    expect(result.error?.issues ?? []).toEqual([]);
  });
});
