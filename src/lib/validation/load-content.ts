import { existsSync, globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { collectionSources, type CollectionName, type CollectionSource } from '../../schemas/collections.ts';
import type { ContentSet, SourcedEntry } from './content-set.ts';
import type { Problem } from './problem.ts';
import { schemaProblems } from './schema-issues.ts';
import { mdxBodyParses } from './rules-mdx.ts';
import { parseFrontmatterSource, parseYamlSource } from './source-document.ts';

/** A file handed to the checker: its path relative to the project root and its text. */
export interface ContentFile {
  path: string;
  text: string;
}

/** Lists the content files of a project on disk, in a stable order. */
export function readContentFiles(root: string): Map<CollectionName, ContentFile[]> {
  const files = new Map<CollectionName, ContentFile[]>();
  for (const [name, source] of Object.entries(collectionSources) as [CollectionName, CollectionSource][]) {
    const base = join(root, source.base);
    const found = existsSync(base) ? globSync(source.pattern, { cwd: base }).sort() : [];
    files.set(
      name,
      found.map((relative) => {
        const path = `${source.base}/${relative.split('\\').join('/')}`;
        return { path, text: readFileSync(join(root, path), 'utf8') };
      }),
    );
  }
  return files;
}

/** Parses and schema-checks every file; entries with errors are left out of the set. */
export function parseContent(files: Map<CollectionName, ContentFile[]>): { content: ContentSet; problems: Problem[] } {
  const problems: Problem[] = [];
  const content = {} as Record<CollectionName, SourcedEntry<unknown>[]>;
  const declared = {} as Record<CollectionName, Set<string>>;
  for (const [name, source] of Object.entries(collectionSources) as [CollectionName, CollectionSource][]) {
    content[name] = [];
    declared[name] = new Set();
    for (const file of files.get(name) ?? []) {
      const relative = file.path.slice(source.base.length + 1);
      declared[name].add(source.idOf(relative));
      const document =
        source.format === 'mdx' ? parseFrontmatterSource(file.path, file.text) : parseYamlSource(file.path, file.text);
      problems.push(...document.problems);
      if (document.problems.length > 0) continue;
      // The frontmatter is sound, so the entry stays in the set however broken its text is.
      problems.push(...mdxBodyParses(document));
      const checked = schemaProblems(document, source.schema);
      problems.push(...checked.problems);
      if (checked.problems.length > 0) continue;
      content[name].push({ id: source.idOf(relative), data: checked.data, source: document });
    }
  }
  return { content: { ...content, declared } as ContentSet, problems };
}
