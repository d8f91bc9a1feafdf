import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { pdfDate, withPdfDates } from '../../src/lib/booklets/pdf-dates.ts';
import { sourceMoment } from '../../src/lib/dates/source-date.ts';
import { withEntryDates } from '../../src/lib/downloads/zip-dates.ts';

describe('the moment a build stands for', () => {
  const lastCommit = () => 1_795_132_800;
  const now = () => new Date('2030-01-01T12:34:56.789Z');

  it('is SOURCE_DATE_EPOCH when set, else the last commit, else now to the second', () => {
    expect(sourceMoment({ SOURCE_DATE_EPOCH: '1700000000' }, '/repo', { lastCommit, now }).toISOString()).toBe('2023-11-14T22:13:20.000Z');
    expect(sourceMoment({}, '/repo', { lastCommit, now }).toISOString()).toBe('2026-11-20T00:00:00.000Z');
    expect(sourceMoment({ SOURCE_DATE_EPOCH: 'soon' }, '/repo', { lastCommit: () => undefined, now }).toISOString()).toBe('2030-01-01T12:34:56.000Z');
  });
});

describe('PDF dates', () => {
  const moment = new Date('2026-11-20T09:05:03Z');
  const printed = "%PDF-1.4\n1 0 obj\n<</Creator (Chromium)\n/CreationDate (D:20261130170447+00'00')\n/ModDate (D:20261130170448+00'00')>>\nendobj\nstartxref\n9\n%%EOF";

  it('are replaced by the given moment, with the file length (and so every offset) unchanged', () => {
    expect(pdfDate(moment)).toBe("D:20261120090503+00'00'");
    const fixed = Buffer.from(withPdfDates(Buffer.from(printed, 'latin1'), moment)).toString('latin1');
    expect(fixed).toBe(printed.replace("D:20261130170447+00'00'", "D:20261120090503+00'00'").replace("D:20261130170448+00'00'", "D:20261120090503+00'00'"));
    expect(fixed.length).toBe(printed.length);
  });

  it('refuse a date of another length rather than corrupt the file', () => {
    expect(() => withPdfDates(Buffer.from('/CreationDate (D:2026)', 'latin1'), moment)).toThrow('Unexpected PDF CreationDate "D:2026"');
  });

  it('keep bytes that are not text', () => {
    const binary = Buffer.concat([Buffer.from([0xff, 0x00, 0x80, 0x9f]), Buffer.from(printed, 'latin1')]);
    expect([...withPdfDates(binary, moment).subarray(0, 4)]).toEqual([0xff, 0x00, 0x80, 0x9f]);
  });
});

describe('zip entry dates', () => {
  it('are all set to the given moment, and the same input gives the same bytes', async () => {
    const zip = new JSZip();
    zip.file('a.xml', '<a/>', { date: new Date('2020-01-01T00:00:00Z') });
    zip.file('b/c.xml', '<c/>');
    const original = await zip.generateAsync({ type: 'uint8array' });
    const moment = new Date('2026-11-20T09:05:04Z');
    const first = await withEntryDates(original, moment);
    const entries = Object.values((await JSZip.loadAsync(first)).files).filter((entry) => !entry.dir);
    expect(entries.map((entry) => [entry.name, entry.date.toISOString()])).toEqual([
      ['a.xml', '2026-11-20T09:05:04.000Z'],
      ['b/c.xml', '2026-11-20T09:05:04.000Z'],
    ]);
    expect(Buffer.from(await withEntryDates(original, moment)).equals(Buffer.from(first))).toBe(true);
  });
});
