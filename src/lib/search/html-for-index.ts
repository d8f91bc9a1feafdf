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
 * The HTML of a built page as the search indexer should read it. Only the indexer sees this; the
 * published page is unchanged.
 */
export function htmlForIndex(html: string): string {
  const closing = new RegExp(`</(${runTogether.join('|')})>`, 'gi');
  const renamed = new RegExp(`<(/?)(${Object.keys(droppedContainers).join('|')})(?=[\\s>/])`, 'gi');
  return html
    .replace(renamed, (_, slash: string, tag: string) => `<${slash}${droppedContainers[tag.toLowerCase()]}`)
    .replace(closing, '</$1> ')
    .replace(/<(br|hr)\b[^>]*>/gi, '$& ')
    // A tag or badge right after text ("evidence<span class="tag">Optional</span>") is a separate word.
    .replace(/([^\s>])<span\b/g, '$1 <span');
}
