import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectionGlob, editorSchema, editorSchemaFiles, schemaFileOf } from '../../src/lib/editing/json-schemas.ts';
import { collectionSources, type CollectionName } from '../../src/schemas/collections.ts';
import { projectRoot } from '../helpers/project.ts';

const collections = Object.keys(collectionSources) as CollectionName[];
type JsonSchema = { type?: string; format?: string; properties: Record<string, JsonSchema>; items?: JsonSchema; required?: string[]; enum?: string[]; additionalProperties?: boolean };

describe('JSON Schema files for editors', () => {
  it('are committed and current: `npm run schemas` would change nothing', () => {
    const generated = editorSchemaFiles();
    for (const [path, text] of generated) {
      expect(existsSync(join(projectRoot, path)), `${path} is missing: run npm run schemas`).toBe(true);
      expect(readFileSync(join(projectRoot, path), 'utf8'), `${path} is out of date: run npm run schemas`).toBe(text);
    }
    const committed = readdirSync(join(projectRoot, 'schemas')).map((name) => `schemas/${name}`);
    expect(committed.sort()).toEqual([...generated.keys()].sort());
  });

  it('describe dates as strings in date format, and unknown fields, required fields and enums as the zod schemas do', () => {
    const stage = editorSchema('stages') as unknown as JsonSchema;
    expect(stage.properties.lastReviewed).toMatchObject({ type: 'string', format: 'date' });
    expect(stage.additionalProperties).toBe(false);
    expect(stage.required).toEqual(expect.arrayContaining(['stage', 'title', 'owner', 'lastReviewed', 'reviewEveryMonths', 'checklist']));
    // A field with a default may be left out by the editor.
    expect(stage.properties.checklist.items!.required).not.toContain('required');

    const role = editorSchema('roles') as unknown as JsonSchema;
    expect(role.properties.review.properties.lastReviewed).toMatchObject({ type: 'string', format: 'date' });
    expect(role.properties.review.required).toEqual(['owner', 'lastReviewed', 'reviewEveryMonths']);

    const objective = editorSchema('objectives') as unknown as JsonSchema;
    expect(objective.properties.measures.items!.properties.by).toMatchObject({ type: 'string', format: 'date' });

    const scope = editorSchema('scope') as unknown as JsonSchema;
    expect(scope.properties.categories.items!.properties.kind.enum).toEqual(['portfolio', 'programme', 'project', 'bau-change']);
  });
});

describe('VS Code workspace settings', () => {
  const settings = JSON.parse(readFileSync(join(projectRoot, '.vscode/settings.json'), 'utf8')) as { 'yaml.schemas': Record<string, string[]> };
  const extensions = JSON.parse(readFileSync(join(projectRoot, '.vscode/extensions.json'), 'utf8')) as { recommendations: string[] };

  it('map every YAML collection to its generated schema', () => {
    const expected = Object.fromEntries(
      collections.filter((name) => collectionSources[name].format === 'yaml').map((name) => [`./${schemaFileOf(name)}`, [collectionGlob(name)]]),
    );
    expect(settings['yaml.schemas']).toEqual(expected);
  });

  it('recommend the YAML, Astro and MDX extensions', () => {
    expect(extensions.recommendations).toEqual(expect.arrayContaining(['redhat.vscode-yaml', 'astro-build.astro-vscode', 'unifiedjs.vscode-mdx']));
  });
});
