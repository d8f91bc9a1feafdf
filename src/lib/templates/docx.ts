import { AlignmentType, Document, Footer, Header, HeadingLevel, Packer, PageNumber, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { withEntryDates } from '../downloads/zip-dates.ts';
import { formatDate } from '../formats/format.ts';
import type { DocumentBlock, DocumentModel } from './document-model.ts';

function cell(text: string, header: boolean): TableCell {
  return new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold: header })] })] });
}

function blockToDocx(block: DocumentBlock): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'heading':
      return [new Paragraph({ text: block.text, heading: block.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2 })];
    case 'paragraph':
      return [new Paragraph({ text: block.text })];
    case 'guidance':
      return [new Paragraph({ children: [new TextRun({ text: block.text, italics: true, color: '555555' })] })];
    case 'list':
      return block.items.map((item) => new Paragraph({ text: item, bullet: { level: 0 } }));
    case 'table':
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: [
            // A header row repeats on every page a long table runs to, and screen readers announce it.
            new TableRow({ tableHeader: true, children: block.columns.map((column) => cell(column, true)) }),
            ...block.rows.map((row) => new TableRow({ children: row.map((value) => cell(value, false)) })),
          ],
        }),
        // Word joins two tables that touch; an empty paragraph keeps them apart.
        new Paragraph({ text: '' }),
      ];
  }
}

/** W3C date-time of the start of a YYYY-MM-DD day, as docProps/core.xml writes dates. */
const w3cDate = (isoDate: string) => `${isoDate}T00:00:00Z`;

/**
 * Makes the package byte-identical for the same content and date: docx stamps the core
 * properties and every zip entry with the wall clock, so both are rewritten from the
 * document's own date.
 */
function fixTimestamps(bytes: Uint8Array, isoDate: string): Promise<Uint8Array<ArrayBuffer>> {
  // Zip times are local DOS times; noon keeps the day the same in every time zone.
  const [year, month, day] = isoDate.split('-').map(Number);
  return withEntryDates(bytes, new Date(year, month - 1, day, 12), {
    'docProps/core.xml': (core) => core.replace(/(<dcterms:(created|modified)[^>]*>)[^<]*(<\/dcterms:\2>)/g, `$1${w3cDate(isoDate)}$3`),
  });
}

/**
 * The document as a .docx: title, Word heading styles, tables with header rows, the
 * organization and PMO in the header, page numbers and the review date in the footer.
 */
export async function documentToDocx(model: DocumentModel): Promise<Uint8Array<ArrayBuffer>> {
  const footerText = model.reviewDate ? `Next review due ${formatDate(model.reviewDate)}` : 'Not scheduled for review';
  const document = new Document({
    title: model.title,
    subject: model.subtitle,
    creator: model.pmoName,
    lastModifiedBy: model.pmoName,
    description: `Generated from the ${model.pmoName} playbook of ${model.organizationName}.`,
    sections: [
      {
        headers: {
          default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: `${model.organizationName} · ${model.pmoName}`, size: 18 })] })] }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                children: [
                  new TextRun({ text: `${footerText} · Page `, size: 18 }),
                  new TextRun({ children: [PageNumber.CURRENT], size: 18 }),
                  new TextRun({ text: ' of ', size: 18 }),
                  new TextRun({ children: [PageNumber.TOTAL_PAGES], size: 18 }),
                ],
              }),
            ],
          }),
        },
        children: [
          new Paragraph({ text: model.title, heading: HeadingLevel.TITLE }),
          ...(model.subtitle ? [new Paragraph({ children: [new TextRun({ text: model.subtitle, italics: true })] })] : []),
          ...model.blocks.flatMap(blockToDocx),
        ],
      },
    ],
  });
  return fixTimestamps(await Packer.toBuffer(document), model.documentDate);
}
