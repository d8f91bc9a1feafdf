// Writes schemas/<collection>.schema.json from the zod schemas: `npm run schemas`.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { editorSchemaFiles, schemaFolder, yamlSchemaAssociations } from '../src/lib/editing/json-schemas.ts';

const root = process.cwd();
const files = editorSchemaFiles();
mkdirSync(join(root, schemaFolder), { recursive: true });
// A schema of a collection that no longer exists would keep validating files nobody writes.
for (const stale of readdirSync(join(root, schemaFolder))) {
  if (stale.endsWith('.schema.json') && !files.has(`${schemaFolder}/${stale}`)) rmSync(join(root, schemaFolder, stale));
}
for (const [path, text] of files) writeFileSync(join(root, path), text);
console.log(`Wrote ${files.size} JSON Schema files to ${schemaFolder}/.`);

// Keep the editor's file-to-schema map in step, leaving every other workspace setting alone.
const settingsPath = join(root, '.vscode/settings.json');
const settings = JSON.parse(readFileSync(settingsPath, 'utf8')) as Record<string, unknown>;
settings['yaml.schemas'] = yamlSchemaAssociations();
writeFileSync(settingsPath, `${JSON.stringify(settings, null, 2)}\n`);
console.log('Updated yaml.schemas in .vscode/settings.json.');
