import { collectionSources, type CollectionName } from '../../schemas/collections.ts';
import { TEMPLATE_MARKER } from '../editing/entry-kind.ts';
import type { ContentSet, SourcedEntry } from './content-set.ts';
import type { Problem } from './problem.ts';
import { problemAt } from './problem-at.ts';

function markedFields(value: unknown, path: (string | number)[], found: (string | number)[][]): (string | number)[][] {
  if (typeof value === 'string' && value.includes(TEMPLATE_MARKER)) found.push(path);
  else if (Array.isArray(value)) value.forEach((item, index) => markedFields(item, [...path, index], found));
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) markedFields(item, [...path, key], found);
  return found;
}

/** Text from `npm run new` templates that nobody has replaced yet (a warning: it is valid, but not ready). */
export function templateTextReplaced(content: ContentSet): Problem[] {
  const problems: Problem[] = [];
  const hint = `Replace the text after "${TEMPLATE_MARKER}" with the real content.`;
  for (const name of Object.keys(collectionSources) as CollectionName[]) {
    for (const entry of content[name] as SourcedEntry<unknown>[]) {
      for (const path of markedFields(entry.data, [], [])) {
        problems.push(problemAt(entry, path, 'content/template-text', 'Template text still to be written.', hint, 'warning'));
      }
      const body = entry.source.body;
      body?.text.split('\n').forEach((line, index) => {
        const column = line.indexOf(TEMPLATE_MARKER);
        if (column < 0) return;
        problems.push({
          severity: 'warning',
          file: entry.source.file,
          position: { line: body.firstLine + index, column: column + 1 },
          field: 'body',
          message: 'Template text still to be written.',
          hint,
          rule: 'content/template-text',
        });
      });
    }
  }
  return problems;
}
