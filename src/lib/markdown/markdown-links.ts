import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

const markdownParser = unified().use(remarkParse).freeze();

/**
 * The addresses of the Markdown links and images in a piece of plain text (a YAML field that an
 * editor wrote a link into), read with remark: code spans and escaped brackets are not links.
 */
export function markdownLinkUrls(text: string): string[] {
  // Most fields hold no link at all; those need no parse.
  if (!text.includes('](') && !text.includes(']:')) return [];
  const urls: string[] = [];
  visit(markdownParser.parse(text) as Root, (node) => {
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') urls.push(node.url);
  });
  return urls;
}
