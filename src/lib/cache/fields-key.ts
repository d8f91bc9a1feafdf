import { createHash } from 'node:crypto';

/**
 * A cache key: 32 hex digits of a SHA-256 over the fields in order, each preceded by its length
 * in bytes, so that no two different lists of fields hash alike ("ab","c" against "a","bc").
 * Fields are read one at a time from the iterable, so large inputs need not be held together.
 */
export function fieldsKey(fields: Iterable<string | Uint8Array>): string {
  const hash = createHash('sha256');
  for (const value of fields) hash.update(String(typeof value === 'string' ? Buffer.byteLength(value) : value.byteLength)).update('\0').update(value);
  return hash.digest('hex').slice(0, 32);
}
