/** The parts of a keydown event the shortcuts look at. */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  /** Focus is in a text field, select or editable region, where "/" is typed, not a shortcut. */
  inEditableField: boolean;
}

/** `/` (outside text fields) and Ctrl+K or Cmd+K (anywhere) move focus to search. */
export function isSearchShortcut(press: KeyPress): boolean {
  if (press.altKey) return false;
  if (press.key.toLowerCase() === 'k' && (press.ctrlKey || press.metaKey)) return true;
  return press.key === '/' && !press.ctrlKey && !press.metaKey && !press.inEditableField;
}

/**
 * The result to make active after an arrow key, or -1 for "back in the search box". Arrow down
 * from the box goes to the first result; the list does not wrap, so arrow up from the first
 * result returns to the box.
 */
export function nextActiveIndex(current: number, count: number, key: string): number {
  if (count === 0) return -1;
  if (key === 'ArrowDown') return Math.min(current + 1, count - 1);
  if (key === 'ArrowUp') return current <= 0 ? -1 : current - 1;
  return current;
}
