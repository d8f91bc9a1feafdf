import { elementsIn, parseHtmlFragment, textOf } from './html-tree.ts';

/**
 * A name for a table that has no caption, from its column headings:
 * "Table: Type, What the PMO does, Fits when". `rows` is the table's inner HTML.
 */
export function tableLabel(rows: string): string {
  // Only the head is read when there is one: the parser need not build the whole body of a long
  // table on every page. A "</thead>" written in a cell is escaped, so the first is the real end.
  const headEnd = rows.indexOf('</thead>');
  const elements = [...elementsIn(parseHtmlFragment(headEnd < 0 ? rows : rows.slice(0, headEnd + '</thead>'.length), 'table'))];
  const firstRow = elements.find((element) => element.tagName === 'tr');
  const headings = (firstRow ? [...elementsIn(firstRow)] : [])
    .filter((element) => element.tagName === 'th')
    .map((heading) => textOf(heading).replace(/\s+/g, ' ').trim())
    .filter((heading) => heading.length > 0);
  return headings.length > 0 ? `Table: ${headings.join(', ')}` : 'Table';
}
