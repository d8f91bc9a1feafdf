// Kept apart from routes.ts so browser code (site-search.ts) can use it without the page catalogue.

/** Prefixes a site path with the deploy base ("/" or "/repo/"). */
export function withBase(base: string, path: string): string {
  const trimmed = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${trimmed}${path}`;
}

/** "/scope/" is a site path; "//cdn.example" and "https:" are not. */
export const isSitePath = (url: string) => url.startsWith('/') && !url.startsWith('//');
