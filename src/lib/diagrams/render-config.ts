import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** Id mermaid gives the root <svg>; cached SVGs all use it, and each page replaces it with its own. */
export const renderId = 'mermaid-svg';

/** The site's body font (site.css --font-body), so text is measured in the font readers see. */
const siteFont = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

/**
 * How every diagram is rendered.
 * - Neutral greys: one rendering serves light, dark and print, because the site inverts it for
 *   the dark scheme with a CSS filter (see .diagram in site.css) instead of rendering twice.
 *   The classic look has no drop shadows, which would turn into glows when inverted.
 * - Labels wrap at 200 px: mermaid's default (about 130 px) splits words such as
 *   "Communications" in the middle.
 * - SVG text rather than HTML labels in foreignObject: it prints, and reads in any SVG viewer.
 * - Deterministic ids, a fixed root id and a fixed seed for the random points mermaid's shape
 *   library draws rounded shapes with: the same source always gives the same file, so the
 *   committed cache does not churn (without the seed, a stadium node differed on every render).
 * - No error picture: a syntax error must fail the build, not become a drawing.
 */
export const mermaidConfig = {
  startOnLoad: false,
  theme: 'neutral',
  look: 'classic',
  securityLevel: 'strict',
  deterministicIds: true,
  handDrawnSeed: 1,
  htmlLabels: false,
  suppressErrorRendering: true,
  fontFamily: siteFont,
  flowchart: { wrappingWidth: 200 },
} as const;

/** Width of the page mermaid renders in: about the site's text column, which sets gantt widths. */
export const renderViewport = { width: 760, height: 1000 };

export interface MermaidPackage {
  version: string;
  /** The browser build that is loaded into Chromium from disk. */
  scriptPath: string;
}

/** The mermaid installed for the project at `root`. */
export function findMermaid(root: string): MermaidPackage {
  const manifest = createRequire(join(root, 'package.json')).resolve('mermaid/package.json');
  const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string };
  return { version, scriptPath: join(dirname(manifest), 'dist/mermaid.min.js') };
}

/** Everything besides the source that changes the rendered SVG; part of every cache key. */
export function renderContext(mermaidVersion: string): string {
  // `fit`: the renderer widens the viewBox to every label (chromium-renderer.ts); a change there re-renders.
  return JSON.stringify({ mermaid: mermaidVersion, renderId, viewport: renderViewport, config: mermaidConfig, fit: 'viewBox covers every label' });
}
