import { gzipSync } from 'node:zlib';
import { scanStartTags } from './html-scan.ts';

// Resources that block or script a page: what "transferred weight" counts besides the HTML.
// Images and fonts are left out on purpose: the site ships none, and a later figure can add them.
function isStyleOrScript(tag: string, relations: string, url: string): boolean {
  if (tag === 'script') return true;
  if (tag !== 'link') return false;
  return /\b(stylesheet|modulepreload)\b/.test(relations) || /\.(css|m?js)(\?|#|$)/.test(url);
}

/** Site paths of the stylesheets and scripts a page loads from its own site. */
export function styleAndScriptPaths(html: string, pagePath: string): string[] {
  const tags = scanStartTags(html);
  const paths = new Set<string>();
  for (const tag of tags) {
    const url = tag.name === 'script' ? tag.attributes.get('src') : tag.name === 'link' ? tag.attributes.get('href') : undefined;
    if (url === undefined || !isStyleOrScript(tag.name, tag.attributes.get('rel') ?? '', url)) continue;
    const resolved = new URL(url, `http://site.invalid${pagePath}`);
    if (resolved.origin === 'http://site.invalid') paths.add(decodeURIComponent(resolved.pathname));
  }
  return [...paths];
}

/** Bytes after gzip at the default level, as a static host would typically send them. */
export function gzippedSize(content: string | Uint8Array): number {
  return gzipSync(content).byteLength;
}

/** The page's gzipped HTML plus the gzipped stylesheets and scripts it loads. */
export function transferredWeight(html: string, pagePath: string, readAsset: (sitePath: string) => Uint8Array): number {
  return gzippedSize(html) + styleAndScriptPaths(html, pagePath).reduce((sum, path) => sum + gzippedSize(readAsset(path)), 0);
}

/** The middle value (mean of the two middle values for an even count). */
export function median(values: number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
