/**
 * Number of pages in a PDF, counted from its page objects ("/Type /Page", not "/Pages").
 * Enough for the PDFs Chromium writes, which keep page objects uncompressed.
 */
export function countPdfPages(pdf: Uint8Array): number {
  const text = new TextDecoder('latin1').decode(pdf);
  return text.match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}
