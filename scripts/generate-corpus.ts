// Writes a large generated content set for measuring the checker or the build:
//   node scripts/generate-corpus.ts <folder> [--stages=1000]
// then: node scripts/check-content.ts <folder>
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { syntheticProjectFiles } from './bench/synthetic-project.ts';

const args = process.argv.slice(2);
const folder = args.find((arg) => !arg.startsWith('--'));
const stages = Number(args.find((arg) => arg.startsWith('--stages='))?.slice('--stages='.length) ?? 1000);
if (!folder || !Number.isInteger(stages) || stages < 1) {
  console.error('Usage: node scripts/generate-corpus.ts <folder> [--stages=1000]');
  process.exit(1);
}
// The benchmark's generator, with a diagram in every stage so the checker reads mermaid too.
const files = syntheticProjectFiles({ stages, playbooks: Math.ceil(stages / 20), roles: 30, diagrams: true });
for (const [path, text] of Object.entries(files)) {
  mkdirSync(dirname(join(folder, path)), { recursive: true });
  writeFileSync(join(folder, path), text);
}
console.log(`Wrote ${Object.keys(files).length} files (${stages} stages) to ${resolve(folder)}.`);
