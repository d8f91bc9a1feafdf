import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeSearchIndex } from '../../src/integrations/search-index.ts';
import { searchIndexKey } from '../../src/lib/search/search-index-key.ts';

const page = (title: string, text: string) => `<!doctype html><html lang="en"><head><title>${title}</title></head><body><main data-pagefind-body><h1>${title}</h1><p>${text}</p></main></body></html>`;

/** A built site of three pages, one of which opts out of search. */
function site(): string {
  const dir = mkdtempSync(join(tmpdir(), 'pmo-search-site-'));
  mkdirSync(join(dir, 'roles'));
  writeFileSync(join(dir, 'index.html'), page('Home', 'The PMO playbook.'));
  writeFileSync(join(dir, 'roles/index.html'), page('Roles', 'Who is accountable for the gate decision.'));
  writeFileSync(join(dir, '404.html'), '<!doctype html><html lang="en"><head><title>Not found</title></head><body><p>Not found.</p></body></html>');
  return dir;
}

/** Every file of the site's pagefind/ folder, by path, with its bytes. */
const indexFiles = (dir: string) => new Map(readdirSync(join(dir, 'pagefind'), { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => [join(entry.parentPath, entry.name).slice(dir.length), readFileSync(join(entry.parentPath, entry.name))]));

describe('the search index cache', () => {
  it('copies the last index when every page is unchanged, and indexes again when a page or the code changes', async () => {
    const cache = { dir: join(mkdtempSync(join(tmpdir(), 'pmo-search-cache-')), 'search-index'), codeVersion: 'code 1' };
    const first = site();
    expect(await writeSearchIndex(first, cache)).toEqual({ fileCount: 3, pageCount: 2, fromCache: false });

    const again = site();
    expect(await writeSearchIndex(again, cache)).toEqual({ fileCount: 3, pageCount: 2, fromCache: true });
    expect(indexFiles(again)).toEqual(indexFiles(first));

    const edited = site();
    writeFileSync(join(edited, 'roles/index.html'), page('Roles', 'Who is responsible for the gate decision.'));
    expect((await writeSearchIndex(edited, cache)).fromCache).toBe(false);
    expect(indexFiles(edited)).not.toEqual(indexFiles(first));

    expect((await writeSearchIndex(site(), { ...cache, codeVersion: 'code 2' })).fromCache).toBe(false);
    // One entry is kept: the index last written.
    expect(readdirSync(cache.dir).sort()).toHaveLength(2);
  });

  it('still writes the index when the cache cannot be written, leaving the next build to index again', async () => {
    const blocked = join(mkdtempSync(join(tmpdir(), 'pmo-search-cache-')), 'not-a-folder');
    writeFileSync(blocked, '');
    const dir = site();
    expect(await writeSearchIndex(dir, { dir: blocked, codeVersion: 'code 1' })).toEqual({ fileCount: 3, pageCount: 2, fromCache: false });
    expect(indexFiles(dir).size).toBeGreaterThan(0);
  });

  it('keys on each file’s path as well as its bytes, and on the code version', () => {
    const bytes = new TextEncoder().encode('<html></html>');
    const key = searchIndexKey('v1', [['a.html', bytes]]);
    expect(searchIndexKey('v1', [['a.html', bytes]])).toBe(key);
    expect(searchIndexKey('v1', [['b.html', bytes]])).not.toBe(key);
    expect(searchIndexKey('v2', [['a.html', bytes]])).not.toBe(key);
    // A path and contents that run together differently do not collide.
    expect(searchIndexKey('v1', [['a.htm', new TextEncoder().encode('l<html></html>')]])).not.toBe(key);
  });
});
