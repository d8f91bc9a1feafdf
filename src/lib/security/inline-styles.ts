import { createHash } from 'node:crypto';
import { decodeHTML, decodeHTMLAttribute } from 'entities';
import { ELEMENT_NODE, parse, TEXT_NODE, walkSync, type Node } from 'ultrahtml';

/** The inline CSS in a piece of markup: the text of each <style> element and each style="" value. */
export interface InlineStyles {
  elements: string[];
  attributes: string[];
}

/**
 * Finds the inline styles a browser will check against the page's policy, as the browser reads
 * them: attribute values decoded, and the text of a <style> inside <svg> decoded too (there it
 * is ordinary text, not raw text as in HTML). Mermaid's SVGs carry both kinds.
 */
export function inlineStyles(html: string): InlineStyles {
  const found: InlineStyles = { elements: [], attributes: [] };
  const inSvg = new WeakSet<Node>();
  walkSync(parse(html), (node: Node, parent?: Node) => {
    if (node.type !== ELEMENT_NODE) return;
    const foreign = node.name === 'svg' || (parent !== undefined && inSvg.has(parent));
    if (foreign) inSvg.add(node);
    if (typeof node.attributes.style === 'string') found.attributes.push(decodeHTMLAttribute(node.attributes.style));
    if (node.name === 'style') {
      const text = (node.children as Node[]).filter((child) => child.type === TEXT_NODE).map((child) => child.value as string).join('');
      found.elements.push(foreign ? decodeHTML(text) : text);
    }
  });
  return { elements: [...new Set(found.elements)], attributes: [...new Set(found.attributes)] };
}

/** A CSP source for the exact text, as the policy writes it: sha256-<base64>. */
export function cspHash(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

const POLICY_META = 'meta';

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
  let original: string | undefined;
  walkSync(parse(html), (node: Node) => {
    if (original === undefined && node.type === ELEMENT_NODE && node.name === POLICY_META && node.attributes['http-equiv']?.toLowerCase() === 'content-security-policy') {
      original = node.attributes.content;
    }
  });
  if (original === undefined) return html;
  const tag = `<meta http-equiv="content-security-policy" content="${original}">`;
  if (!html.includes(tag)) throw new Error('The page has a content-security-policy <meta> in an unexpected form; its inline styles cannot be allowed.');
  const directives = decodeHTMLAttribute(original).split(';').map((part) => part.trim()).filter(Boolean);
  const styles = inlineStyles(html);
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
  return html.replace(tag, () => `<meta http-equiv="content-security-policy" content="${widened}">`);
}
