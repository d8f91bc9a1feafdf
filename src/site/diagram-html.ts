import settings from 'virtual:pmo-playbook/diagram-settings';
import { cacheFolderName, diagramKey, readCachedSvg } from '../lib/diagrams/diagram-cache.ts';
import { diagramFigure, unrenderedDiagram } from '../lib/diagrams/svg-figure.ts';

export interface DiagramProps {
  /** Mermaid source. */
  source: string;
  caption?: string;
  /** Accessible name when it should say more than the caption (generated diagrams pass their summary). */
  label?: string;
  /** Where the source is, for messages ("playbooks/x/y.mdx:14"); the MDX plugin sets it for fences. */
  origin?: string;
}

/** Diagrams drawn so far on each page being rendered, keyed by the page's request. */
const diagramsOnPage = new WeakMap<object, number>();

/**
 * The markup for one diagram, synchronously: the build rendered every diagram into the cache
 * before any page, so this only reads a file. Ids get a per-page prefix (diagram-1, diagram-2 …)
 * because mermaid reuses the same ids in every SVG.
 */
export function diagramHtml(page: object, { source, caption, label, origin }: DiagramProps): string {
  const key = diagramKey(source, settings.renderContext);
  const svg = readCachedSvg(settings.cacheDir, key);
  if (svg === undefined) {
    const where = origin ?? 'a page';
    if (settings.mode === 'build') {
      throw new Error(
        `The diagram at ${where} is not in ${cacheFolderName}/ (key ${key}), although the build renders every diagram it collects before the pages. ` +
          'A ```mermaid fence the collector could not see (for example inside a blockquote) or a generated diagram missing from the `diagrams` of its page kind in src/lib/pages/ causes this.',
      );
    }
    return unrenderedDiagram({
      source,
      caption,
      reason: `It is not in ${cacheFolderName}/ yet. The dev server renders new and changed diagrams when you save, if it finds Chromium; the terminal says why it could not.`,
    });
  }
  const count = (diagramsOnPage.get(page) ?? 0) + 1;
  diagramsOnPage.set(page, count);
  return diagramFigure({ svg, idPrefix: `diagram-${count}`, label, caption });
}
