import { readMdxBody } from '../markdown/mdx-body.ts';
import { parseMdx } from '../markdown/parse-mdx.ts';

/** A <Term id="..."> in a page's MDX, where its element starts. */
export interface TermUse {
  id: string;
  line: number;
  column: number;
}

/**
 * Every <Term id> in an MDX body whose first line sits at `firstLine` of its file, read from the
 * body's syntax tree (so code fences and text that only looks like a tag are not uses).
 */
export function termUses(body: string, firstLine: number): TermUse[] {
  const { tree } = parseMdx(body);
  return tree ? readMdxBody(tree).terms.map((use) => ({ ...use, line: use.line + firstLine - 1 })) : [];
}

const seenByPage = new WeakMap<object, Set<string>>();

/**
 * True the first time a term is used on one page render (keyed by its request), so only the
 * first use links to the glossary. Call it before any await so uses count in page order.
 */
export function isFirstUse(page: object, termId: string): boolean {
  const seen = seenByPage.get(page) ?? new Set<string>();
  seenByPage.set(page, seen);
  if (seen.has(termId)) return false;
  seen.add(termId);
  return true;
}
