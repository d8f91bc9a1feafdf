import { elementsIn, parseHtmlFragment, textOf } from './html-tree.ts';

/**
 * A name for a table that has no caption, from its column headings:
 * "Table: Type, What the PMO does, Fits when". `rows` is the table's inner HTML.
 */
export function tableLabel(rows: string): string {
  const elements = [...elementsIn(parseHtmlFragment(rows, 'table'))];
  const firstRow = elements.find((element) => element.tagName === 'tr');
  const headings = (firstRow ? [...elementsIn(firstRow)] : [])
    .filter((element) => element.tagName === 'th')
    .map((heading) => textOf(heading).replace(/\s+/g, ' ').trim())
    .filter((heading) => heading.length > 0);
  return headings.length > 0 ? `Table: ${headings.join(', ')}` : 'Table';
}
