import { addDays } from '../dates/calendar-date.ts';

/** An all-day event, repeated by `rrule` when given. */
export interface CalendarEvent {
  /** Globally unique and stable across builds, so a re-import updates instead of duplicating. */
  uid: string;
  summary: string;
  description: string;
  /** YYYY-MM-DD */
  start: string;
  /** Days the event spans, 1 when not given: a forum that picks its own day shows as its meeting week. */
  days?: number;
  /** An RRULE value without the "RRULE:" prefix, for example "FREQ=WEEKLY;INTERVAL=2". */
  rrule?: string;
  url?: string;
  categories?: string[];
}

export interface Calendar {
  /** PRODID, "-//<organization>//<PMO name> playbook//EN". */
  productId: string;
  name: string;
  events: CalendarEvent[];
}

/** Escapes TEXT values (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeText(value: string): string {
  return value.replaceAll('\\', '\\\\').replaceAll(';', '\\;').replaceAll(',', '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * Folds a content line so no line is longer than 75 octets (RFC 5545 §3.1): continuation
 * lines start with one space. Splits only between characters, never inside a UTF-8 sequence.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = encoder.encode(character).length;
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const compactDate = (isoDate: string) => isoDate.replaceAll('-', '');

/** UTC date-time as 20261101T093000Z. */
function utcStamp(moment: Date): string {
  return moment.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/**
 * The calendar as an iCalendar (RFC 5545) file that Outlook and Google Calendar import:
 * all-day events (DTSTART and DTEND as dates, so no time zone can move them), CRLF line
 * ends, folded lines and escaped text. `stamp` is DTSTAMP, when the file was made.
 */
export function toICalendar(calendar: Calendar, stamp: Date): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${calendar.productId}`, 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', `X-WR-CALNAME:${escapeText(calendar.name)}`];
  for (const event of calendar.events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.uid}`,
      `DTSTAMP:${utcStamp(stamp)}`,
      `DTSTART;VALUE=DATE:${compactDate(event.start)}`,
      `DTEND;VALUE=DATE:${compactDate(addDays(event.start, event.days ?? 1))}`,
    );
    if (event.rrule) lines.push(`RRULE:${event.rrule}`);
    lines.push(`SUMMARY:${escapeText(event.summary)}`, `DESCRIPTION:${escapeText(event.description)}`);
    if (event.url) lines.push(`URL:${event.url}`);
    if (event.categories?.length) lines.push(`CATEGORIES:${event.categories.map(escapeText).join(',')}`);
    lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
