/**
 * A short, stable fingerprint of an item's wording (32-bit FNV-1a over the text with its
 * white space collapsed, as 8 hex digits). A tick stores the fingerprint it was given
 * against, so a tick made before an item was reworded is not shown against the new wording.
 * Re-wrapping the YAML does not change it; changing a word does.
 */
export function itemFingerprint(text: string): string {
  const normalised = text.trim().replace(/\s+/g, ' ');
  let hash = 0x811c9dc5;
  for (let i = 0; i < normalised.length; i++) {
    hash ^= normalised.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}
