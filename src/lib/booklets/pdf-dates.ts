/** A PDF date for `moment` in UTC, the form Chromium writes: D:YYYYMMDDHHmmSS+00'00'. */
export function pdfDate(moment: Date): string {
  const digits = moment.toISOString().replace(/\D/g, '').slice(0, 14);
  return `D:${digits}+00'00'`;
}

/**
 * The PDF with its creation and modification dates set to `moment`, so a rebuild of one
 * commit writes the same bytes (Chromium stamps the time of printing). Each date is replaced
 * by one of the same length, which keeps the cross-reference offsets of the file valid.
 */
export function withPdfDates(pdf: Uint8Array, moment: Date): Uint8Array {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  const date = pdfDate(moment);
  const replaced = text.replace(/\/(CreationDate|ModDate) \((D:[^)]*)\)/g, (_match, key: string, found: string) => {
    if (found.length !== date.length) throw new Error(`Unexpected PDF ${key} "${found}": expected the form ${date}.`);
    return `/${key} (${date})`;
  });
  return Buffer.from(replaced, 'latin1');
}
