import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/**
 * Reads an MDX file (frontmatter included, so positions are those in the file) into an mdast
 * tree with remark, the way the MDX compiler reads it: a page that this cannot read does not
 * build either.
 */
const mdxParser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkFrontmatter, ['yaml']).freeze();

/** Something in the file that is not valid MDX, where it is and what to write instead. */
export interface MdxSyntaxError {
  line: number;
  column: number;
  /** The parser's own words. */
  reason: string;
  hint: string;
}

/** The fields of the parser's error (a vfile message) that are read here. */
interface VFileMessage {
  reason: string;
  source?: string | null;
  ruleId?: string | null;
  line?: number | null;
  column?: number | null;
}

export type ParsedMdx = { tree: Root; errors: [] } | { tree: undefined; errors: MdxSyntaxError[] };

/** The parser stops at its first error; after this many, the rest of the file is not worth reading. */
const maximumErrors = 20;

/** Advice for the mistakes editors make, keyed by what the parser says went wrong. */
function hintFor(error: VFileMessage): string {
  const source = error.source ?? '';
  const reason = error.reason;
  if (isBareAngle(error)) {
    return "MDX reads \"<\" as the start of a component. To show the character itself, write &lt; or {'<'} (for example \"&lt;99.9%\").";
  }
  if (source.endsWith('mdx-jsx') && /end of file/.test(reason)) {
    return "A \"<\" starts a component that never ends. Finish the tag (<Name ...> or <Name />), or write the character as &lt; or {'<'}.";
  }
  if (source.endsWith('mdx-expression')) {
    return "MDX reads \"{\" as the start of an expression. To show a brace, write &#123; or {'{'} (and &#125; or {'}'} for \"}\").";
  }
  if (source === 'mdast-util-mdx-jsx') {
    return 'Each <Component> needs a matching </Component> (or is written self-closing, <Component />), and tags close in the reverse order they open.';
  }
  if (source.endsWith('mdxjs-esm')) {
    return 'Lines starting with "import" or "export" are read as JavaScript. Complete the statement, or reword the sentence so it does not start with that word.';
  }
  return "Check the characters MDX treats specially: \"<\" starts a component and \"{\" an expression; write &lt; or {'<'} and &#123; or {'{'} to show them.";
}

const isBareAngle = (error: VFileMessage) => Boolean(error.source?.endsWith('mdx-jsx')) && error.ruleId === 'unexpected-character' && /before name/.test(error.reason);

/** Where the parser places an error; an unclosed tag is only named in the message ("(7:1-7:10)"). */
function placeOf(error: VFileMessage): { line: number; column: number } | undefined {
  // The parser points after a bare "<", at the character it did not expect; the editor has to change the "<".
  if (error.line) return { line: error.line, column: Math.max(1, (error.column ?? 1) - (isBareAngle(error) ? 1 : 0)) };
  const opening = /\((\d+):(\d+)-\d+:\d+\)/.exec(error.reason);
  return opening ? { line: Number(opening[1]), column: Number(opening[2]) } : undefined;
}

const isFileMessage = (error: unknown): error is VFileMessage => error instanceof Error && 'reason' in error && 'ruleId' in error;

/**
 * The file's tree, or every syntax error in it. The parser stops at the first error, so the
 * line it names is blanked and the file read again, until it reads or the errors stop moving.
 */
export function parseMdx(text: string): ParsedMdx {
  const lines = text.split('\n');
  const errors: MdxSyntaxError[] = [];
  while (errors.length < maximumErrors) {
    try {
      const tree = mdxParser.parse(lines.join('\n'));
      return errors.length === 0 ? { tree, errors: [] } : { tree: undefined, errors };
    } catch (error) {
      if (!isFileMessage(error)) throw error;
      const place = placeOf(error) ?? { line: lines.length, column: 1 };
      if (errors.some((seen) => seen.line === place.line && seen.column === place.column)) break;
      errors.push({ ...place, reason: error.reason, hint: hintFor(error) });
      if (place.line > lines.length || lines[place.line - 1].trim() === '') break;
      lines[place.line - 1] = '';
    }
  }
  return { tree: undefined, errors };
}
