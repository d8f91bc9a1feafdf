/**
 * Elements that browsers show as separate blocks but Pagefind runs together with their neighbour
 * ("<dt>Owner</dt><dd>PMO Director</dd>" would be indexed as the one word "OwnerPMO"). The build
 * leaves no whitespace between tags, so the indexer gets a space after each of them.
 */
const runTogether = ['dt', 'dd', 'summary', 'figcaption', 'legend', 'caption', 'address', 'figure', 'blockquote', 'pre', 'aside', 'header', 'details'];

/**
 * Elements Pagefind drops with everything inside. On this site they hold content (checklist
 * items are <label>s, checklists may sit in a <form>), so the indexer sees them as plain containers.
 */
const droppedContainers: Record<string, string> = { label: 'span', form: 'div' };

/**
 * What the search indexer should read of a built page: only the element marked
 * data-pagefind-body, in a bare document, made readable as above; undefined for a page that is
 * not indexed. Cutting the page down first matters: the navigation lists every stage of every
 * playbook, so on a large site it is most of each page's bytes, and Pagefind would parse it only
 * to throw it away. The published page is unchanged.
 */
export function htmlForIndex(html: string): string | undefined {
  const body = indexedElement(html);
  if (body === undefined) return undefined;
  const language = /<html\b[^>]*\slang="([^"]*)"/i.exec(html)?.[1] ?? 'en';
  return `<!doctype html><html lang="${language}"><body>${readable(body)}</body></html>`;
}

/**
 * The first element with a data-pagefind-body attribute, from its start tag to its end tag.
 * Pattern matching rather than the HTML parser the rest of the project uses, because this runs
 * over every page of every build and the parser costs too much here: on a 100-stage bench build
 * (317 pages) parse5 took 0.9 s of CPU against 0.03 s for this, 8% of the build's 11.3 s of CPU
 * (npm run bench -- --stages 100: 12.2 s with parse5). The build writes this markup itself, so
 * its shape is known.
 */
export function indexedElement(html: string): string | undefined {
  // Find the attribute, then the tag it sits in: a pattern for the whole start tag, tried at every
  // tag of the navigation, is several times slower on a large site.
  const attributes = /\sdata-pagefind-body(?=[\s>=/])/g;
  let tagStart = -1;
  let start: RegExpExecArray | null = null;
  for (let attribute = attributes.exec(html); attribute && !start; attribute = attributes.exec(html)) {
    tagStart = html.lastIndexOf('<', attribute.index);
    // Text that merely mentions the attribute has a '>' between the last '<' and itself.
    if (html.lastIndexOf('>', attribute.index) < tagStart) start = /^<([a-z][a-z0-9-]*)[^>]*>/i.exec(html.slice(tagStart, html.indexOf('>', attribute.index) + 1));
  }
  if (!start) return undefined;
  const tags = new RegExp(`<(/?)${start[1]}(?=[\\s>/])[^>]*>`, 'gi');
  tags.lastIndex = tagStart + start[0].length;
  let depth = 1;
  for (let tag = tags.exec(html); tag; tag = tags.exec(html)) {
    depth += tag[1] ? -1 : 1;
    if (depth === 0) return html.slice(tagStart, tag.index + tag[0].length);
  }
  throw new Error(`The <${start[1]} data-pagefind-body> element is never closed.`);
}

/** The element's HTML with the spaces and renames that make Pagefind read it as a browser shows it. */
function readable(html: string): string {
  const closing = new RegExp(`</(${runTogether.join('|')})>`, 'gi');
  const renamed = new RegExp(`<(/?)(${Object.keys(droppedContainers).join('|')})(?=[\\s>/])`, 'gi');
  return html
    .replace(renamed, (_, slash: string, tag: string) => `<${slash}${droppedContainers[tag.toLowerCase()]}`)
    .replace(closing, '</$1> ')
    .replace(/<(br|hr)\b[^>]*>/gi, '$& ')
    // A tag or badge right after text ("evidence<span class="tag">Optional</span>") is a separate word.
    .replace(/([^\s>])<span\b/g, '$1 <span');
}
