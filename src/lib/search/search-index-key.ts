import { fieldsKey } from '../cache/fields-key.ts';

/**
 * Cache key of a site's search index: a hash of the version of the code that writes it (the
 * project's and Pagefind's) and of every HTML file it reads, path and bytes, in path order. The
 * same key always means the same index, so a rebuild whose pages are all unchanged copies it.
 */
export function searchIndexKey(codeVersion: string, htmlFiles: Iterable<readonly [path: string, contents: Uint8Array]>): string {
  return fieldsKey(
    (function* () {
      yield codeVersion;
      for (const [path, contents] of htmlFiles) yield* [path, contents];
    })(),
  );
}
