import { serializeOuter } from 'parse5';
import { attributeOf, elementsIn, type HtmlElement, type HtmlNode, isElement, parseHtmlDocument } from '../html/html-tree.ts';

/**
 * Elements that browsers show as separate blocks but Pagefind runs together with their neighbour
 * ("<dt>Owner</dt><dd>PMO Director</dd>" would be indexed as the one word "OwnerPMO"). The build
 * leaves no whitespace between tags, so the indexer gets a space after each of them.
 */
const runTogether = new Set(['dt', 'dd', 'summary', 'figcaption', 'legend', 'caption', 'address', 'figure', 'blockquote', 'pre', 'aside', 'header', 'details', 'br', 'hr']);

/**
 * Elements Pagefind drops with everything inside. On this site they hold content (checklist
 * items are <label>s, checklists may sit in a <form>), so the indexer sees them as plain containers.
 */
const droppedContainers: Record<string, string> = { label: 'span', form: 'div' };

const marker = 'data-pagefind-body';

/**
 * What the search indexer should read of a built page: only the element marked
 * data-pagefind-body, in a bare document, made readable as above; undefined for a page that is
 * not indexed. Cutting the page down first matters: the navigation lists every stage of every
 * playbook, so on a large site it is most of each page's bytes, and Pagefind would parse it only
 * to throw it away. The published page is unchanged.
 */
export function htmlForIndex(html: string): string | undefined {
  // Most pages of a large site are not indexed at all; those need no parse.
  if (!html.includes(marker)) return undefined;
  const document = parseHtmlDocument(html);
  const body = indexedElementIn(document);
  if (!body) return undefined;
  const root = document.childNodes.find(isElement);
  const language = (root && attributeOf(root, 'lang')) ?? 'en';
  return `<!doctype html><html lang="${language}"><body>${serializeOuter(readable(body))}</body></html>`;
}

function indexedElementIn(root: Parameters<typeof elementsIn>[0]): HtmlElement | undefined {
  for (const element of elementsIn(root)) if (attributeOf(element, marker) !== undefined) return element;
  return undefined;
}

/** The first element with a data-pagefind-body attribute, as written in the page. */
export function indexedElement(html: string): string | undefined {
  const element = html.includes(marker) ? indexedElementIn(parseHtmlDocument(html)) : undefined;
  const location = element?.sourceCodeLocation;
  if (!location) return undefined;
  // An element the page never closes runs to where the parser closes it, as in a browser.
  return html.slice(location.startOffset, location.endTag?.endOffset ?? location.endOffset);
}

const space = (parentNode: HtmlElement): HtmlNode => ({ nodeName: '#text', value: ' ', parentNode }) as HtmlNode;

/** The element with the spaces and renames that make Pagefind read it as a browser shows it. */
function readable(element: HtmlElement): HtmlElement {
  const renamed = droppedContainers[element.tagName];
  if (renamed) Object.assign(element, { tagName: renamed, nodeName: renamed });
  const children: HtmlNode[] = [];
  for (const child of element.childNodes) {
    const previous = children.at(-1);
    // A tag or badge right after text ("evidence<span class="tag">Optional</span>") is a separate word.
    if (isElement(child) && child.tagName === 'span' && previous?.nodeName === '#text' && /\S$/.test((previous as { value: string }).value)) children.push(space(element));
    children.push(isElement(child) ? readable(child) : child);
    if (isElement(child) && runTogether.has(child.tagName)) children.push(space(element));
  }
  element.childNodes = children;
  return element;
}
