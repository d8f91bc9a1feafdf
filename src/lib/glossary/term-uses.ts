/**
 * Where a page's MDX uses <Term id="...">. Read from the source with a tag-level scan, as
 * the link rules read href= and src= in JSX, so that a misspelt id is reported with its line
 * before anything is built.
 */
export interface TermUse {
  id: string;
  line: number;
  column: number;
}

const TERM_TAG = /<Term\b[^>]*?\bid=(?:"([^"]*)"|'([^']*)'|\{\s*["'`]([^"'`]*)["'`]\s*\})/g;

/** Every <Term id> in a body whose first line sits at `firstLine` of its file; code fences are skipped. */
export function termUses(body: string, firstLine: number): TermUse[] {
  const uses: TermUse[] = [];
  let fence: string | undefined;
  body.split('\n').forEach((line, index) => {
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (marker && (fence === undefined || marker.startsWith(fence))) {
      fence = fence === undefined ? marker : undefined;
      return;
    }
    if (fence !== undefined) return;
    for (const match of line.matchAll(TERM_TAG)) {
      uses.push({ id: match[1] ?? match[2] ?? match[3], line: firstLine + index, column: match.index + 1 });
    }
  });
  return uses;
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
