/**
 * Putting data into mermaid text safely. Mermaid decodes its own entity codes ("#amp;", "#58;")
 * before parsing, so characters that would end a label or a statement are written that way.
 * Each diagram type reads text differently, hence one function per kind of text.
 */

const collapseWhitespace = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Straight double quotes as typographic ones: mermaid's SVG labels show "#quot;" literally. */
function curlyQuotes(text: string): string {
  return text.replace(/"/g, (_quote, offset: number, whole: string) => (offset === 0 || /[\s([{]/.test(whole[offset - 1]) ? '“' : '”'));
}

/**
 * A flowchart label, quoted: `A["…"]` or `-->|"…"|`; several arguments become several lines.
 * Renders the text as written, except that straight double quotes become typographic quotes
 * (mermaid cannot show them in SVG text).
 */
export function flowchartLabel(...lines: string[]): string {
  const escaped = lines.map((line) =>
    curlyQuotes(collapseWhitespace(line))
      // "#word;" in the text would be read as an entity code; a full-width number sign keeps it
      // literal. (The entity codes below are added after this, so they stay codes.)
      .replace(/#(?=\w+;)/g, '＃')
      .replace(/&/g, '#amp;')
      .replace(/</g, '#lt;')
      .replace(/>/g, '#gt;'),
  );
  return `"${escaped.join('<br>')}"`;
}

/** Text in a gantt chart (title, section or task name), where ":", ";" and "#" end or start syntax. */
export function ganttText(text: string): string {
  return collapseWhitespace(text).replace(/[#:;&<>]/g, (character) => entityCodes[character]);
}

/** A quoted string in a quadrant chart (axis ends, quadrant names, point names). */
export function quadrantString(text: string): string {
  return `"${collapseWhitespace(text).replace(/[#:;&<>"]/g, (character) => entityCodes[character])}"`;
}

/** A string in an xychart (title, axis label, category), which runs to the next double quote. */
export function xychartString(text: string): string {
  return `"${collapseWhitespace(text).replace(/"/g, "'")}"`;
}

/** Unquoted text that runs to the end of the line (chart titles). */
export function lineText(text: string): string {
  return collapseWhitespace(text).replace(/[#:;&<>]/g, (character) => entityCodes[character]);
}

const entityCodes: Record<string, string> = {
  '#': '#35;',
  ':': '#58;',
  ';': '#59;',
  '&': '#amp;',
  '<': '#lt;',
  '>': '#gt;',
  '"': '#quot;',
};

/**
 * Node ids for mermaid made from data ids ("pmo-director" -> "n_pmo_director"): a letter
 * prefix, then letters, digits and underscores only, so never a mermaid keyword such as "end",
 * and unique even when two data ids differ only in punctuation. Maps each data id to its node id.
 */
export function mermaidIds(ids: readonly string[], prefix = 'n'): Map<string, string> {
  if (!/^[A-Za-z]+$/.test(prefix)) throw new Error(`mermaidIds: prefix must be letters only, got "${prefix}".`);
  const result = new Map<string, string>();
  const used = new Set<string>();
  for (const id of ids) {
    if (result.has(id)) continue;
    const base = `${prefix}_${id.replace(/[^A-Za-z0-9]+/g, '_').replace(/^_+|_+$/g, '')}`;
    let candidate = base;
    for (let counter = 2; used.has(candidate); counter++) candidate = `${base}_${counter}`;
    used.add(candidate);
    result.set(id, candidate);
  }
  return result;
}
