import JSZip from 'jszip';

/**
 * The same zip with every entry dated `moment`. exceljs stamps each entry of a workbook with the
 * time it was written, so two builds of one commit would differ; this makes the file depend only
 * on its content and the given moment. Entry order and compression are kept.
 */
export async function withEntryDates(zipFile: Uint8Array, moment: Date): Promise<Uint8Array<ArrayBuffer>> {
  const zip = await JSZip.loadAsync(zipFile);
  for (const entry of Object.values(zip.files)) entry.date = moment;
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }) as Promise<Uint8Array<ArrayBuffer>>;
}
