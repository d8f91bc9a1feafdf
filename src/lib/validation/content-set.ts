import type { z } from 'zod';
import type { collectionSources, CollectionName } from '../../schemas/collections.ts';
import type { SourceDocument } from './source-document.ts';

/** One valid entry with the document it came from, so later rules can point into the file. */
export interface SourcedEntry<T> {
  id: string;
  data: T;
  source: SourceDocument;
  /** Fields merged in from the private overlay, and the overlay file they came from. */
  overlay?: { file: string; keys: string[] };
}

/** Every entry that passed its schema, by collection; the input of the cross-file rules. */
export type ContentSet = {
  [K in CollectionName]: SourcedEntry<z.output<(typeof collectionSources)[K]['schema']>>[];
} & {
  /**
   * Ids of every file found, valid or not, so that one broken file is reported once
   * and not again as an unknown reference everywhere it is named.
   */
  declared: Record<CollectionName, Set<string>>;
};
