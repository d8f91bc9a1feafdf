import { afterAll, describe, expect, it } from 'vitest';
import { formatDate, formatMonthYear, formatNumber, formatPercent, formatSettings, formatShortDate, paperSizeOf, useOrganizationFormats } from '../../src/lib/formats/format.ts';
import { organizationSchema } from '../../src/schemas/organization.ts';

describe('formats from the organization', () => {
  afterAll(() => {
    useOrganizationFormats({ locale: 'en-GB', currency: 'GBP' });
  });

  it('writes dates, numbers and percentages in the locale', () => {
    useOrganizationFormats({ locale: 'en-US', currency: 'USD' });
    expect(formatDate('2026-11-30')).toBe('November 30, 2026');
    expect(formatShortDate('2026-11-30')).toBe('Nov 30, 2026');
    expect(formatNumber(1234.5)).toBe('1,234.5');
    expect(formatPercent(12.5)).toBe('12.5%');
    useOrganizationFormats({ locale: 'de-DE', currency: 'EUR' });
    expect(formatDate('2026-11-30')).toBe('30. November 2026');
    expect(formatMonthYear('2026-03-01')).toBe('März 2026');
    expect(formatNumber(1234.5)).toBe('1.234,5');
    expect(formatPercent(12.5)).toBe('12,5\u00a0%');
  });

  it('never shifts a calendar date, whatever the time zone', () => {
    useOrganizationFormats({ locale: 'en-US', currency: 'USD', timeZone: 'Pacific/Honolulu' });
    expect(formatDate('2027-01-01')).toBe('January 1, 2027');
  });

  it('takes paper size and first weekday from the locale unless the organization names them', () => {
    expect(paperSizeOf('en-US')).toBe('Letter');
    expect(paperSizeOf('en-CA')).toBe('Letter');
    expect(paperSizeOf('de-DE')).toBe('A4');
    expect(paperSizeOf('en-GB')).toBe('A4');
    expect(useOrganizationFormats({ locale: 'en-US', currency: 'USD' })).toMatchObject({ paperSize: 'Letter', weekStartsOn: 7, timeZone: 'UTC' });
    expect(useOrganizationFormats({ locale: 'de-DE', currency: 'EUR', paperSize: 'Letter', weekStartsOn: 'sunday' })).toMatchObject({ paperSize: 'Letter', weekStartsOn: 7 });
    expect(formatSettings().locale).toBe('de-DE');
  });
});

describe('organization formats schema', () => {
  const base = { name: 'N', pmoName: 'P', mission: 'M', repository: { url: 'https://example.com/r', branch: 'main' }, contact: { team: 'T', email: 'a@example.com' } };

  it('requires a currency and a locale', () => {
    const result = organizationSchema.safeParse(base);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['currency', 'locale']);
  });

  it('rejects codes and tags Intl cannot format, and unknown time zones', () => {
    const result = organizationSchema.safeParse({ ...base, currency: 'POUNDS', locale: 'english please', timeZone: 'Mars/Olympus', paperSize: 'A3' });
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['currency', 'locale', 'timeZone', 'paperSize']);
    expect(result.error?.issues[1].message).toMatch(/language tag/);
  });

  it('accepts a full set', () => {
    expect(organizationSchema.safeParse({ ...base, currency: 'USD', locale: 'en-US', timeZone: 'America/New_York', weekStartsOn: 'sunday', paperSize: 'Letter' }).success).toBe(true);
  });
});

describe('gantt axis dates', () => {
  it('keeps month names in English locales and uses the numeric order of other locales', async () => {
    const { ganttAxisFormat } = await import('../../src/lib/diagrams/plan-timeline.ts');
    expect(ganttAxisFormat('en-GB', 'months')).toBe('%b %Y');
    expect(ganttAxisFormat('en-US', 'days')).toBe('%d %b');
    expect(ganttAxisFormat('de-DE', 'months')).toBe('%m/%Y');
    expect(ganttAxisFormat('de-DE', 'days')).toBe('%d.%m.');
    expect(ganttAxisFormat('fr-FR', 'days')).toBe('%d/%m');
  });
});
