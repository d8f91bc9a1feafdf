import { describe, expect, it } from 'vitest';
import { planBookletPdfs } from '../../src/integrations/booklet-pdf.ts';
import { systemChromiumPath } from '../../src/lib/chromium/find-chromium.ts';
import { countPdfPages } from '../../src/lib/booklets/pdf-pages.ts';

const onDisk = (...paths: string[]) => (path: string) => paths.includes(path);

describe('planBookletPdfs', () => {
  it('writes PDFs in a build when a Chromium is found', () => {
    expect(planBookletPdfs('build', { env: {}, exists: onDisk(systemChromiumPath) })).toEqual({ chromiumPath: systemChromiumPath });
  });

  it('says why it writes none: no Chromium, a wrong CHROMIUM_PATH, switched off, or not a build', () => {
    const none = planBookletPdfs('build', { env: {}, exists: onDisk() });
    expect('reason' in none && none.reason).toContain('No Chromium was found');
    expect('reason' in none && none.reason).toContain('the HTML booklets are built as usual');

    const wrongPath = planBookletPdfs('build', { env: { CHROMIUM_PATH: '/opt/none' }, exists: onDisk(systemChromiumPath) });
    expect('reason' in wrongPath && wrongPath.reason).toContain('CHROMIUM_PATH is set to /opt/none');

    expect(planBookletPdfs('build', { env: { BOOKLET_PDF: 'off' }, exists: onDisk(systemChromiumPath) })).toEqual({ reason: 'BOOKLET_PDF=off: booklet PDFs are not written.' });
    expect(planBookletPdfs('dev', { env: {}, exists: onDisk(systemChromiumPath) }).chromiumPath).toBeUndefined();
  });
});

describe('countPdfPages', () => {
  it('counts page objects, not the page tree', () => {
    const pdf = new TextEncoder().encode('%PDF-1.4\n1 0 obj << /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>\n2 0 obj << /Type /Page >>\n3 0 obj <</Type/Page/Parent 1 0 R>>\n%%EOF');
    expect(countPdfPages(pdf)).toBe(2);
    expect(countPdfPages(new TextEncoder().encode('not a pdf'))).toBe(0);
  });
});
