/**
 * Every date, number, amount and percentage the site prints goes through this module, in the
 * organization's locale and currency (content/organization.yaml). The site sets them once per
 * build with `useOrganizationFormats`, before any page renders; nothing here names a locale.
 */
import { utcMidnight } from '../dates/calendar-date.ts';

export type PaperSize = 'A4' | 'Letter';

/** What the organization file says about formats, with the defaults filled in. */
export interface FormatSettings {
  /** BCP 47 tag. */
  locale: string;
  /** ISO 4217 code of the organization's money. */
  currency: string;
  /** IANA zone for times; calendar dates never shift with it. */
  timeZone: string;
  /** 1 = Monday ... 7 = Sunday, as Intl.Locale week info numbers days. */
  weekStartsOn: number;
  paperSize: PaperSize;
}

/** The parts of organization.yaml that decide formats. */
export interface OrganizationFormats {
  locale: string;
  /** Empty only while the organization file is invalid: amounts are then plain numbers. */
  currency: string;
  timeZone?: string;
  weekStartsOn?: WeekDay;
  paperSize?: PaperSize;
}

export type WeekDay = 'monday' | 'saturday' | 'sunday';
const weekDayNumber: Record<WeekDay, number> = { monday: 1, saturday: 6, sunday: 7 };

// Regions whose offices print on US Letter (ANSI A); everyone else uses A4.
const letterRegions = new Set(['US', 'CA', 'MX', 'PR', 'PH', 'CL', 'CO', 'VE', 'GT', 'CR', 'PA', 'DO', 'SV', 'NI', 'BZ']);

/** A4 or Letter, from the locale's region (the likely region when the tag names none). */
export function paperSizeOf(locale: string): PaperSize {
  const region = new Intl.Locale(locale).maximize().region;
  return region !== undefined && letterRegions.has(region) ? 'Letter' : 'A4';
}

/** The first day of the week in the locale, 1 (Monday) to 7 (Sunday). */
export function weekStartOf(locale: string): number {
  const tag = new Intl.Locale(locale) as Intl.Locale & { getWeekInfo?: () => { firstDay: number }; weekInfo?: { firstDay: number } };
  return tag.getWeekInfo?.().firstDay ?? tag.weekInfo?.firstDay ?? 1;
}

/** The organization's choices with every default worked out. */
export function formatSettingsOf(organization: OrganizationFormats): FormatSettings {
  return {
    locale: organization.locale,
    currency: organization.currency,
    timeZone: organization.timeZone ?? 'UTC',
    weekStartsOn: organization.weekStartsOn ? weekDayNumber[organization.weekStartsOn] : weekStartOf(organization.locale),
    paperSize: organization.paperSize ?? paperSizeOf(organization.locale),
  };
}

interface Formatters {
  settings: FormatSettings;
  longDate: Intl.DateTimeFormat;
  shortDate: Intl.DateTimeFormat;
  monthYear: Intl.DateTimeFormat;
  dayMonth: Intl.DateTimeFormat;
  number: Intl.NumberFormat;
}

let active: Formatters | undefined;

/** Sets the locale and currency every format below uses; the site calls it with the organization. */
export function useOrganizationFormats(organization: OrganizationFormats): FormatSettings {
  const settings = formatSettingsOf(organization);
  // Calendar dates are stored as UTC midnight, so they are always formatted in UTC.
  const date = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(settings.locale, { ...options, timeZone: 'UTC' });
  active = {
    settings,
    longDate: date({ day: 'numeric', month: 'long', year: 'numeric' }),
    shortDate: date({ day: 'numeric', month: 'short', year: 'numeric' }),
    monthYear: date({ month: 'long', year: 'numeric' }),
    dayMonth: date({ day: 'numeric', month: 'short' }),
    number: new Intl.NumberFormat(settings.locale, { maximumFractionDigits: 2 }),
  };
  return settings;
}

function formatters(): Formatters {
  if (!active) throw new Error('Formats are used before the organization was read: call useOrganizationFormats(organization) first.');
  return active;
}

/** The settings in use: locale, currency, time zone, first day of the week and paper size. */
export function formatSettings(): FormatSettings {
  return formatters().settings;
}

/** "2026-11-20" as a long date in the organization's locale, for example "20 November 2026". */
export function formatDate(isoDate: string): string {
  return formatters().longDate.format(utcMidnight(isoDate));
}

/** "2026-11-20" as a short date for tables, for example "20 Nov 2026". */
export function formatShortDate(isoDate: string): string {
  return formatters().shortDate.format(utcMidnight(isoDate));
}

/** "2026-11-20" as month and year, for example "November 2026". */
export function formatMonthYear(isoDate: string): string {
  return formatters().monthYear.format(utcMidnight(isoDate));
}

/** "2026-11-20" as day and month, for example "20 Nov". */
export function formatDayMonth(isoDate: string): string {
  return formatters().dayMonth.format(utcMidnight(isoDate));
}

/** A number with the locale's separators and at most `maximumFractionDigits` decimals. */
export function formatNumber(value: number, maximumFractionDigits = 2, minimumFractionDigits = 0): string {
  if (maximumFractionDigits === 2 && minimumFractionDigits === 0) return formatters().number.format(value);
  return new Intl.NumberFormat(formatters().settings.locale, { maximumFractionDigits, minimumFractionDigits }).format(value);
}

/** 12.345 as "12.3%" (or "12,3 %"): `value` is already in percent. */
export function formatPercent(value: number, maximumFractionDigits = 1): string {
  return new Intl.NumberFormat(formatters().settings.locale, { style: 'percent', maximumFractionDigits }).format(value / 100);
}

/**
 * An amount in the currency's usual form for the organization's locale, minor units only when
 * there are any. The currency defaults to the organization's.
 */
export function formatMoney(amount: number, currency = formatters().settings.currency): string {
  const whole = Number.isInteger(amount);
  if (currency === '') return formatNumber(amount, whole ? 0 : 2, whole ? 0 : 2);
  return new Intl.NumberFormat(formatters().settings.locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: whole ? 0 : 2,
  }).format(amount);
}

/** The sign the locale writes for a currency and whether it goes after the number, for spreadsheets. */
export function currencySign(currency = formatters().settings.currency): { sign: string; after: boolean } {
  if (currency === '') return { sign: '', after: false };
  const parts = new Intl.NumberFormat(formatters().settings.locale, { style: 'currency', currency }).formatToParts(1);
  const signIndex = parts.findIndex((part) => part.type === 'currency');
  const numberIndex = parts.findIndex((part) => part.type === 'integer');
  return { sign: parts[signIndex]?.value ?? currency, after: signIndex > numberIndex };
}

/** "1 item" / "3 items". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}
