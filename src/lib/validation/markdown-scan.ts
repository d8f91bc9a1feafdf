import GithubSlugger from 'github-slugger';

/**
 * A line-based reading of a Markdown/MDX body: just enough structure for the link, anchor,
 * image and diagram rules, with file positions. It is not a renderer; fenced code is kept
 * apart so that examples inside code are never taken for links.
 */

export interface BodyHeading {
  depth: number;
  text: string;
  /** The id Astro gives the heading (github-slugger over the page's headings, in order). */
  slug: string;
  line: number;
}

export interface BodyReference {
  /** link: [text](url); image: ![alt](src); definition: [ref]: url; attribute: href= or src= in JSX/HTML. */
  kind: 'link' | 'image' | 'definition' | 'attribute';
  url: string;
  line: number;
  column: number;
}

/** A fenced code block (``` or ~~~); `lang` is the word after the fence, for example "mermaid". */
export interface CodeFence {
  lang: string;
  text: string;
  /** File line of the first line inside the fence. */
  line: number;
}

export interface ScannedBody {
  headings: BodyHeading[];
  references: BodyReference[];
  fences: CodeFence[];
  /** Explicit id="..." attributes in JSX/HTML, which are anchors too. */
  ids: string[];
}

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})\s*([^\s`]*)/;
const ATX_HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/;
const INLINE_LINK = /(!?)\[((?:[^[\]]|\[[^\]]*\])*)\]\(\s*(<[^>]*>|[^\s)]+)(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*\)/g;
const DEFINITION = /^ {0,3}\[([^\]]+)\]:\s*(<[^>]*>|\S+)/;
const ATTRIBUTE = /\b(href|src)=(?:"([^"]*)"|'([^']*)'|\{\s*["'`]([^"'`]*)["'`]\s*\})/g;
const ID_ATTRIBUTE = /\bid=(?:"([^"]*)"|'([^']*)'|\{\s*["'`]([^"'`]*)["'`]\s*\})/g;

/** Blanks out inline code spans, keeping columns, so their content is never read as links. */
function withoutInlineCode(line: string): string {
  return line.replace(/(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)/g, (span) => ' '.repeat(span.length));
}

/** The text a heading renders as, which is what Astro slugs. */
export function headingText(markdown: string): string {
  return markdown
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1')
    .replace(/`+([^`]*)`+/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^\w*])[*_](?=\S)(.+?)(?<=\S)[*_](?=[^\w*]|$)/g, '$1$2')
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&nbsp;/g, '\u00a0')
    .trim();
}

const unwrap = (url: string) => (url.startsWith('<') && url.endsWith('>') ? url.slice(1, -1) : url);

/** Reads a body; `firstLine` is the file line of the body's first line. */
export function scanBody(body: string, firstLine: number): ScannedBody {
  const lines = body.split(/\r?\n/);
  const slugger = new GithubSlugger();
  const result: ScannedBody = { headings: [], references: [], fences: [], ids: [] };
  let fence: { marker: string; lang: string; start: number; text: string[] } | undefined;
  let previousParagraph: { text: string; index: number } | undefined;

  lines.forEach((raw, index) => {
    const line = firstLine + index;
    if (fence) {
      const close = new RegExp(`^ {0,3}${fence.marker[0] === '`' ? '`' : '~'}{${fence.marker.length},}\\s*$`);
      if (close.test(raw)) {
        result.fences.push({ lang: fence.lang, text: fence.text.join('\n'), line: fence.start });
        fence = undefined;
      } else {
        fence.text.push(raw);
      }
      return;
    }
    const opening = FENCE_OPEN.exec(raw);
    if (opening) {
      fence = { marker: opening[1], lang: opening[2].toLowerCase(), start: line + 1, text: [] };
      previousParagraph = undefined;
      return;
    }

    const heading = ATX_HEADING.exec(raw);
    const setext = !heading && previousParagraph && SETEXT_UNDERLINE.exec(raw);
    if (heading) {
      const text = headingText(heading[2] ?? '');
      result.headings.push({ depth: heading[1].length, text, slug: slugger.slug(text), line });
    } else if (setext && previousParagraph) {
      const text = headingText(previousParagraph.text);
      result.headings.push({ depth: setext[1].startsWith('=') ? 1 : 2, text, slug: slugger.slug(text), line: firstLine + previousParagraph.index });
    }
    previousParagraph = !heading && !setext && raw.trim() !== '' && !/^ {0,3}([-*+>|]|\d+[.)])/.test(raw) ? { text: raw.trim(), index } : undefined;

    const visible = withoutInlineCode(raw);
    const definition = DEFINITION.exec(visible);
    if (definition) {
      result.references.push({ kind: 'definition', url: unwrap(definition[2]), line, column: visible.indexOf(definition[2]) + 1 });
    }
    for (const match of visible.matchAll(INLINE_LINK)) {
      const url = unwrap(match[3]);
      result.references.push({ kind: match[1] ? 'image' : 'link', url, line, column: match.index + match[0].indexOf(match[3]) + 1 });
    }
    for (const match of visible.matchAll(ATTRIBUTE)) {
      const url = match[2] ?? match[3] ?? match[4];
      result.references.push({ kind: 'attribute', url, line, column: match.index + match[1].length + 3 });
    }
    for (const match of visible.matchAll(ID_ATTRIBUTE)) result.ids.push(match[1] ?? match[2] ?? match[3]);
  });
  if (fence) result.fences.push({ lang: fence.lang, text: fence.text.join('\n'), line: fence.start });
  return result;
}
