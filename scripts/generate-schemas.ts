// Writes schemas/<collection>.schema.json from the zod schemas: `npm run schemas`.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { editorSchemaFiles, schemaFolder } from '../src/lib/json-schemas.ts';

const root = process.cwd();
const files = editorSchemaFiles();
mkdirSync(join(root, schemaFolder), { recursive: true });
// A schema of a collection that no longer exists would keep validating files nobody writes.
for (const stale of readdirSync(join(root, schemaFolder))) {
  if (stale.endsWith('.schema.json') && !files.has(`${schemaFolder}/${stale}`)) rmSync(join(root, schemaFolder, stale));
}
for (const [path, text] of files) writeFileSync(join(root, path), text);
console.log(`Wrote ${files.size} JSON Schema files to ${schemaFolder}/.`);
