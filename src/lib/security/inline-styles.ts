import { createHash } from 'node:crypto';
import { attributeOf, elementsIn, type HtmlElement, parseHtmlDocument, textOf } from '../html/html-tree.ts';

/** The inline CSS in a piece of markup: the text of each <style> element and each style="" value. */
export interface InlineStyles {
  elements: string[];
  attributes: string[];
}

/**
 * Finds the inline styles a browser will check against the page's policy, as the browser reads
 * them (the WHATWG parser decodes attribute values, and the text of a <style> inside <svg>,
 * which is ordinary text there). Mermaid's SVGs carry both kinds.
 */
export function inlineStyles(html: string): InlineStyles {
  return stylesOf([...elementsIn(parseHtmlDocument(html))]);
}

function stylesOf(all: HtmlElement[]): InlineStyles {
  const elements = new Set<string>();
  const attributes = new Set<string>();
  for (const element of all) {
    const style = attributeOf(element, 'style');
    if (style !== undefined) attributes.add(style);
    if (element.tagName === 'style') elements.add(textOf(element));
  }
  return { elements: [...elements], attributes: [...attributes] };
}

/** A CSP source for the exact text, as the policy writes it: sha256-<base64>. */
export function cspHash(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}


/**
 * The page with its <meta> policy widened to exactly the inline styles the page holds: the hash
 * of each <style> text added to style-src, and a style-src-attr of 'unsafe-hashes' and the hash
 * of each style="" value. Astro hashes the styles it bundles, but not the ones inside build-time
 * mermaid SVGs, and a component cannot add them: the <meta> is written before the body renders.
 * A page without a policy, or without inline styles beyond Astro's, is returned unchanged.
 */
export function allowPageInlineStyles(html: string): string {
  // Most pages have neither; skipping the parse keeps a build of thousands of pages fast.
  if (!html.includes('<svg') && !html.includes(' style=')) return html;
  const all = [...elementsIn(parseHtmlDocument(html))];
  const meta = all.find(
    (element) => element.tagName === 'meta' && attributeOf(element, 'http-equiv')?.toLowerCase() === 'content-security-policy',
  );
  const original = meta ? attributeOf(meta, 'content') : undefined;
  const location = meta?.sourceCodeLocation;
  if (original === undefined || !location) return html;
  const directives = original.split(';').map((part) => part.trim()).filter(Boolean);
  const styles = stylesOf(all);
  const sourcesOf = (name: string) => {
    const index = directives.findIndex((directive) => directive.split(/\s+/)[0] === name);
    return { index, sources: new Set(index < 0 ? [] : directives[index].split(/\s+/).slice(1)) };
  };
  const elements = sourcesOf('style-src');
  if (elements.index < 0) throw new Error('The page policy has no style-src directive.');
  const attributes = sourcesOf('style-src-attr');
  const before = elements.sources.size + attributes.sources.size;
  for (const text of styles.elements) elements.sources.add(`'${cspHash(text)}'`);
  if (styles.attributes.length > 0) attributes.sources.add("'unsafe-hashes'");
  for (const text of styles.attributes) attributes.sources.add(`'${cspHash(text)}'`);
  if (elements.sources.size + attributes.sources.size === before) return html;
  directives[elements.index] = ['style-src', ...elements.sources].join(' ');
  if (attributes.sources.size > 0) {
    const directive = ['style-src-attr', ...attributes.sources].join(' ');
    if (attributes.index < 0) directives.push(directive);
    else directives[attributes.index] = directive;
  }
  const widened = `${directives.join('; ')};`;
  // The policy holds no quotes or ampersands to escape: sources are keywords and base64 hashes.
  return `${html.slice(0, location.startOffset)}<meta http-equiv="content-security-policy" content="${widened}">${html.slice(location.endOffset)}`;
}
