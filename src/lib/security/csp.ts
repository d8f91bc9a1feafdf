/**
 * The Content Security Policy directives every page carries besides script-src and style-src,
 * which Astro writes per page from the hashes of that page's own scripts and styles. Nothing
 * is loaded from another origin; `<meta>` cannot carry frame-ancestors, so hosts send that one
 * as a header (docs/hosting.md).
 */
export const contentSecurityDirectives: Array<`${'default' | 'img' | 'font' | 'connect' | 'object'}-src ${string}` | `${'base-uri' | 'form-action'} ${string}`> = [
  "default-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];
