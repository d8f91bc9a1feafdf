import { createHash } from 'node:crypto';

/**
 * Cache key of a site's search index: a hash of the version of the code that writes it (the
 * project's and Pagefind's) and of every HTML file it reads, path and bytes, in path order. The
 * same key always means the same index, so a rebuild whose pages are all unchanged copies it.
 */
export function searchIndexKey(codeVersion: string, htmlFiles: Iterable<readonly [path: string, contents: Uint8Array]>): string {
  const hash = createHash('sha256');
  // Each field is preceded by its length, so no two different lists of files hash alike.
  const field = (value: string | Uint8Array) => hash.update(String(typeof value === 'string' ? Buffer.byteLength(value) : value.byteLength)).update('\0').update(value);
  field(codeVersion);
  for (const [path, contents] of htmlFiles) {
    field(path);
    field(contents);
  }
  return hash.digest('hex').slice(0, 32);
}
