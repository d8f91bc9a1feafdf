import { type DefaultTreeAdapterTypes, parse, parseFragment } from 'parse5';

/**
 * HTML read with parse5, the WHATWG parser (the one browsers follow), so comments, raw text in
 * <script>/<style>, character references, unquoted attributes and implied end tags mean what
 * they mean in a browser. Source positions are kept so callers can edit a document in place
 * without re-serializing the parts they do not change.
 */

export type HtmlElement = DefaultTreeAdapterTypes.Element;
export type HtmlNode = DefaultTreeAdapterTypes.ChildNode;
type HtmlParent = DefaultTreeAdapterTypes.ParentNode;

export function parseHtmlDocument(html: string): DefaultTreeAdapterTypes.Document {
  return parse(html, { sourceCodeLocationInfo: true });
}

/** Parses `html` as the content of a `context` element ("body", "table", ...). */
export function parseHtmlFragment(html: string, context = 'body'): DefaultTreeAdapterTypes.DocumentFragment {
  if (context === 'body') return parseFragment(html, { sourceCodeLocationInfo: true });
  const contextElement = parseFragment(`<${context}></${context}>`).childNodes[0] as HtmlParent;
  return parseFragment(contextElement, html, { sourceCodeLocationInfo: true });
}

export const isElement = (node: HtmlNode | HtmlParent): node is HtmlElement => 'tagName' in node;

/** The element's children, or for <template> the children of its content. */
function childrenOf(node: HtmlParent): HtmlNode[] {
  return isElement(node) && node.tagName === 'template' ? (node as DefaultTreeAdapterTypes.Template).content.childNodes : node.childNodes;
}

/** Every element under `root`, in document order. */
export function* elementsIn(root: HtmlParent): Generator<HtmlElement> {
  for (const child of childrenOf(root)) {
    if (!isElement(child)) continue;
    yield child;
    yield* elementsIn(child);
  }
}

/** The attribute's name as written: "href", "xlink:href". */
export const attributeName = (attribute: { name: string; prefix?: string }) => (attribute.prefix ? `${attribute.prefix}:${attribute.name}` : attribute.name);

/** The decoded value of an attribute, or undefined when the element does not have it. */
export function attributeOf(element: HtmlElement, name: string): string | undefined {
  return element.attrs.find((attribute) => attributeName(attribute) === name)?.value;
}

/** The text of a node and everything inside it, character references decoded. */
export function textOf(node: HtmlNode | HtmlParent): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterTypes.TextNode).value;
  if (!('childNodes' in node)) return '';
  return childrenOf(node).map(textOf).join('');
}
