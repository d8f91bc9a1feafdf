import JSZip from 'jszip';
import mammoth from 'mammoth';

/** What a reader sees in a .docx body, in order: paragraphs with their Word style, and tables. */
export type ReadBlock =
  | { kind: 'paragraph'; style: string | undefined; text: string; italic: boolean }
  | { kind: 'table'; header: string[]; rows: string[][]; headerRowMarked: boolean };

interface MammothElement {
  type: string;
  value?: string;
  styleName?: string;
  isItalic?: boolean;
  isHeader?: boolean;
  children?: MammothElement[];
}

const textOf = (element: MammothElement): string => (element.type === 'text' ? (element.value ?? '') : (element.children ?? []).map(textOf).join(''));
const italicRuns = (element: MammothElement): boolean[] =>
  element.type === 'run' ? [element.isItalic === true] : (element.children ?? []).flatMap(italicRuns);

/**
 * Reads a Word document with mammoth, a real .docx reader independent of the writer, and
 * returns its body blocks from mammoth's own document tree.
 */
export async function readDocx(bytes: Uint8Array): Promise<{ blocks: ReadBlock[]; warnings: string[] }> {
  let body: MammothElement[] = [];
  const result = await mammoth.convertToHtml(
    { buffer: Buffer.from(bytes) },
    {
      transformDocument: (document: MammothElement) => {
        body = document.children ?? [];
        return document;
      },
    },
  );
  const blocks = body.flatMap((element): ReadBlock[] => {
    if (element.type === 'paragraph') {
      const runs = italicRuns(element);
      return [{ kind: 'paragraph', style: element.styleName, text: textOf(element), italic: runs.length > 0 && runs.every(Boolean) }];
    }
    if (element.type === 'table') {
      const rows = (element.children ?? []).filter((row) => row.type === 'tableRow');
      const cells = (row: MammothElement) => (row.children ?? []).map(textOf);
      return [{ kind: 'table', header: cells(rows[0]), rows: rows.slice(1).map(cells), headerRowMarked: rows[0].isHeader === true }];
    }
    return [];
  });
  return { blocks, warnings: result.messages.map((message) => message.message) };
}

/** Headings as "Heading 1: Purpose", in order. */
export const headingsOf = (blocks: ReadBlock[]) =>
  blocks.flatMap((block) => (block.kind === 'paragraph' && block.style?.startsWith('Heading') ? [`${block.style}: ${block.text}`] : []));

/** The table that follows the heading with this text (the first table after it). */
export function tableAfter(blocks: ReadBlock[], heading: string): Extract<ReadBlock, { kind: 'table' }> | undefined {
  const start = blocks.findIndex((block) => block.kind === 'paragraph' && block.style?.startsWith('Heading') && block.text === heading);
  if (start < 0) return undefined;
  for (const block of blocks.slice(start + 1)) {
    if (block.kind === 'table') return block;
    if (block.kind === 'paragraph' && block.style?.startsWith('Heading')) return undefined;
  }
  return undefined;
}

/** The text of every entry in a .docx, by path: for the parts mammoth does not read (headers, footers, properties). */
export async function docxPartTexts(bytes: Uint8Array): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const entries = Object.values(zip.files).filter((entry) => !entry.dir);
  return Object.fromEntries(await Promise.all(entries.map(async (entry) => [entry.name, await entry.async('string')] as const)));
}
