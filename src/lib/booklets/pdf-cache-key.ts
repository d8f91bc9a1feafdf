import { fieldsKey } from '../cache/fields-key.ts';

/** Everything a booklet PDF is made from; the same inputs always print the same PDF. */
export interface BookletPdfInputs {
  /** The built booklet page. */
  html: string | Uint8Array;
  /** Every file the page may load (stylesheets, images), as site path and contents. */
  assets: ReadonlyMap<string, string | Uint8Array>;
  /** Printer settings, browser version and anything else that changes the output. */
  settings: Record<string, unknown>;
}

/**
 * Cache key of a booklet PDF: a hash of its HTML, its assets in path order and its settings, so
 * an unchanged booklet is copied from the cache and starts no browser.
 */
export function bookletPdfCacheKey({ html, assets, settings }: BookletPdfInputs): string {
  const paths = [...assets.keys()].sort();
  return fieldsKey([JSON.stringify(settings, Object.keys(settings).sort()), html, ...paths.flatMap((path) => [path, assets.get(path)!])]);
}
