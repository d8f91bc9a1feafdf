/**
 * A name for a table that has no caption, from its column headings:
 * "Table: Type, What the PMO does, Fits when". `rows` is the table's inner HTML.
 */
export function tableLabel(rows: string): string {
  const firstRow = rows.match(/<tr\b[^>]*>([\s\S]*?)<\/tr>/i)?.[1] ?? '';
  const headings = [...firstRow.matchAll(/<th\b[^>]*>([\s\S]*?)<\/th>/gi)]
    .map((match) => match[1].replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim())
    .filter((heading) => heading.length > 0);
  return headings.length > 0 ? `Table: ${headings.join(', ')}` : 'Table';
}
