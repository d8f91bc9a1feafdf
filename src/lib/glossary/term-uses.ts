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
