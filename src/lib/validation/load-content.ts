import { existsSync, globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { collectionSources, type CollectionName, type CollectionSource } from '../../schemas/collections.ts';
import { mergeOverlay, type OverlayFile } from './private-overlay.ts';
import type { ContentSet, SourcedEntry } from './content-set.ts';
import type { Problem } from './problem.ts';
import { schemaProblems } from './schema-issues.ts';
import { mdxBodyParses } from './rules-mdx.ts';
import { parseFrontmatterSource, parseYamlSource, type SourceDocument } from './source-document.ts';

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

/**
 * Parses and schema-checks every file, with the private overlay's files merged over their
 * public entries; entries with errors (in either file) are left out of the set.
 */
export function parseContent(
  files: Map<CollectionName, ContentFile[]>,
  overlay: Map<CollectionName, OverlayFile[]> = new Map(),
): { content: ContentSet; problems: Problem[] } {
  const problems: Problem[] = [];
  const content = {} as Record<CollectionName, SourcedEntry<unknown>[]>;
  const declared = {} as Record<CollectionName, Set<string>>;
  for (const [name, source] of Object.entries(collectionSources) as [CollectionName, CollectionSource][]) {
    content[name] = [];
    declared[name] = new Set();
    const privateFiles = new Map((overlay.get(name) ?? []).map((file) => [file.id, file]));
    for (const file of files.get(name) ?? []) {
      const relative = file.path.slice(source.base.length + 1);
      const id = source.idOf(relative);
      declared[name].add(id);
      const publicDocument =
        source.format === 'mdx' ? parseFrontmatterSource(file.path, file.text) : parseYamlSource(file.path, file.text);
      const privateFile = privateFiles.get(id);
      privateFiles.delete(id);
      const privateDocument = privateFile ? parseYamlSource(privateFile.path, privateFile.text) : undefined;
      problems.push(...publicDocument.problems, ...(privateDocument?.problems ?? []));
      if (publicDocument.problems.length > 0 || (privateDocument?.problems.length ?? 0) > 0) continue;
      // The frontmatter is sound, so the entry stays in the set however broken its text is.
      problems.push(...mdxBodyParses(publicDocument));
      const merged: { document: SourceDocument; overlay?: { file: string; keys: string[] } } = privateDocument ? withOverlay(publicDocument, privateDocument) : { document: publicDocument };
      const checked = schemaProblems(merged.document, source.schema);
      problems.push(...checked.problems);
      if (checked.problems.length > 0) continue;
      content[name].push({ id, data: checked.data, source: merged.document, ...(merged.overlay ? { overlay: merged.overlay } : {}) });
    }
    for (const orphan of privateFiles.values()) {
      problems.push({
        severity: 'error',
        file: orphan.path,
        position: { line: 1, column: 1 },
        message: `This private file has no public entry: there is no ${source.base}/${orphan.id}.yaml.`,
        hint: `Add the public file with the fields everyone may read (for a stakeholder: id, name, description, owner, sensitive: true), or rename this file to the id it belongs to.`,
        rule: 'private/no-public-entry',
      });
    }
  }
  return { content: { ...content, declared } as ContentSet, problems };
}

/** A public document with the overlay's fields laid over it; positions and files follow each field to its file. */
function withOverlay(publicDocument: SourceDocument, privateDocument: SourceDocument): { document: SourceDocument; overlay: { file: string; keys: string[] } } {
  const { data, privateKeys } = mergeOverlay(publicDocument.data, privateDocument.data);
  const isPrivate = (path: ReadonlyArray<string | number>) => path.length > 0 && privateKeys.includes(String(path[0]));
  return {
    document: {
      ...publicDocument,
      data,
      locate: (path) => (isPrivate(path) ? privateDocument.locate(path) : publicDocument.locate(path)),
      fileOf: (path) => (isPrivate(path) ? privateDocument.file : publicDocument.file),
    },
    overlay: { file: privateDocument.file, keys: privateKeys },
  };
}
