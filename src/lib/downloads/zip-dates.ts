import JSZip from 'jszip';

/**
 * The same zip with every entry dated `moment`. exceljs and docx stamp each entry with the time it
 * was written, so two builds of one commit would differ; this makes the file depend only on its
 * content and the given moment. Entry order and compression are kept. `rewrite` edits named text
 * entries on the way (docx also writes the clock into docProps/core.xml).
 */
export async function withEntryDates(zipFile: Uint8Array, moment: Date, rewrite: Record<string, (text: string) => string> = {}): Promise<Uint8Array<ArrayBuffer>> {
  const zip = await JSZip.loadAsync(zipFile);
  for (const [path, edit] of Object.entries(rewrite)) {
    const entry = zip.file(path);
    if (entry) zip.file(path, edit(await entry.async('string')));
  }
  for (const entry of Object.values(zip.files)) entry.date = moment;
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }) as Promise<Uint8Array<ArrayBuffer>>;
}
