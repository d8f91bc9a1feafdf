import { z } from 'zod';
import { isoDate } from '../../schemas/common.ts';
import { collectionSources, type CollectionName } from '../../schemas/collections.ts';

/** Where the generated schemas live, relative to the project root. */
export const schemaFolder = 'schemas';

export const schemaFileOf = (collection: CollectionName) => `${schemaFolder}/${collection}.schema.json`;

/** The files of a collection as a workspace glob, for editor settings. */
export const collectionGlob = (collection: CollectionName) => `${collectionSources[collection].base}/${collectionSources[collection].pattern}`;

const datePipe = (isoDate as unknown as z.ZodPipe)._zod.def;

/**
 * JSON Schema of what an editor types (zod's input side), for the YAML language server in
 * editors: field descriptions become hover help, enums become completions.
 */
export function editorSchema(collection: CollectionName): Record<string, unknown> {
  const source = collectionSources[collection];
  const schema = z.toJSONSchema(source.schema, {
    io: 'input',
    target: 'draft-7',
    override: ({ zodSchema, jsonSchema }) => {
      const def = zodSchema._zod.def as { type: string; out?: unknown };
      // isoDate folds a YAML date into a string first; editors type a plain YYYY-MM-DD string.
      if (def.type === 'pipe' && def.out === datePipe.out) {
        jsonSchema.type = 'string';
        jsonSchema.format = 'date';
      }
      // zod marks every integer with the largest safe integer; it only clutters the hover help.
      if (jsonSchema.maximum === Number.MAX_SAFE_INTEGER) delete jsonSchema.maximum;
      if (jsonSchema.minimum === Number.MIN_SAFE_INTEGER) delete jsonSchema.minimum;
    },
  });
  const what = source.format === 'mdx' ? `Frontmatter of ${collectionGlob(collection)}` : `${collectionGlob(collection)}`;
  return {
    $schema: schema.$schema,
    title: `pmo-playbook ${collection}`,
    description: `${what}. Generated from src/schemas by \`npm run schemas\`; do not edit by hand.`,
    ...Object.fromEntries(Object.entries(schema).filter(([key]) => key !== '$schema')),
  };
}

/** Every generated schema file with its text, one per collection. */
export function editorSchemaFiles(): Map<string, string> {
  return new Map(
    (Object.keys(collectionSources) as CollectionName[]).map((collection) => [schemaFileOf(collection), `${JSON.stringify(editorSchema(collection), null, 2)}\n`]),
  );
}

/** The `yaml.schemas` map of VS Code's YAML extension: each generated schema and the files it checks. */
export function yamlSchemaAssociations(): Record<string, string[]> {
  return Object.fromEntries(
    (Object.keys(collectionSources) as CollectionName[])
      .filter((collection) => collectionSources[collection].format === 'yaml')
      .map((collection) => [`./${schemaFileOf(collection)}`, [collectionGlob(collection)]]),
  );
}
