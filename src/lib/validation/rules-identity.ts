import { collectionSources, type CollectionName } from '../../schemas/collections.ts';
import type { ContentSet, SourcedEntry } from './content-set.ts';
import type { Problem } from './problem.ts';
import { problemAt } from './problem-at.ts';

/** A declared `id` must equal the file name, so URLs and references are predictable. */
export function idMatchesFileName(content: ContentSet): Problem[] {
  const problems: Problem[] = [];
  for (const name of Object.keys(collectionSources) as CollectionName[]) {
    if (!collectionSources[name].declaresId) continue;
    for (const entry of content[name] as SourcedEntry<{ id: string }>[]) {
      if (entry.data.id !== entry.id) {
        problems.push(
          problemAt(
            entry,
            ['id'],
            'identity/id-matches-file',
            `The id "${entry.data.id}" does not match the file name "${entry.id}.yaml".`,
            `Rename the file to ${entry.data.id}.yaml, or set id: ${entry.id}.`,
          ),
        );
      }
    }
  }
  return problems;
}

/** Ids are unique within a collection (two files may declare the same id). */
export function idsAreUnique(content: ContentSet): Problem[] {
  const problems: Problem[] = [];
  for (const name of Object.keys(collectionSources) as CollectionName[]) {
    if (!collectionSources[name].declaresId) continue;
    const firstFile = new Map<string, string>();
    for (const entry of content[name] as SourcedEntry<{ id: string }>[]) {
      const earlier = firstFile.get(entry.data.id);
      if (earlier) {
        problems.push(
          problemAt(entry, ['id'], 'identity/duplicate-id', `The id "${entry.data.id}" is already used by ${earlier}.`, 'Give each entry its own id (and matching file name).'),
        );
      } else {
        firstFile.set(entry.data.id, entry.source.file);
      }
    }
  }
  return problems;
}
