import { describe, expect, it } from 'vitest';
import { bookletPdfCacheKey } from '../../src/lib/booklets/pdf-cache-key.ts';

describe('bookletPdfCacheKey', () => {
  const inputs = {
    html: '<h1>Stage checklists</h1>',
    assets: new Map<string, string | Uint8Array>([['/_astro/site.css', 'body{margin:0}'], ['/logo.png', new Uint8Array([1, 2, 3])]]),
    settings: { format: 'A4', chromium: '156' },
  };

  it('is the same for the same booklet, whatever order the assets and settings come in', () => {
    const reordered = { html: inputs.html, assets: new Map([...inputs.assets].reverse()), settings: { chromium: '156', format: 'A4' } };
    expect(bookletPdfCacheKey(reordered)).toBe(bookletPdfCacheKey(inputs));
    expect(bookletPdfCacheKey(inputs)).toMatch(/^[0-9a-f]{32}$/);
  });

  it('changes when the page, any asset or any setting changes', () => {
    const key = bookletPdfCacheKey(inputs);
    expect(bookletPdfCacheKey({ ...inputs, html: '<h1>Stage checklist</h1>' })).not.toBe(key);
    expect(bookletPdfCacheKey({ ...inputs, assets: new Map([...inputs.assets, ['/_astro/site.css', 'body{margin:1px}']]) })).not.toBe(key);
    expect(bookletPdfCacheKey({ ...inputs, assets: new Map([...inputs.assets, ['/extra.css', '']]) })).not.toBe(key);
    expect(bookletPdfCacheKey({ ...inputs, settings: { format: 'Letter', chromium: '156' } })).not.toBe(key);
  });

  it('does not confuse where one field ends and the next begins', () => {
    const a = bookletPdfCacheKey({ html: 'ab', assets: new Map([['/c', 'd']]), settings: {} });
    const b = bookletPdfCacheKey({ html: 'a', assets: new Map([['b/c', 'd']]), settings: {} });
    expect(a).not.toBe(b);
  });
});
