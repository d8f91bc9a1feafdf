import type { Cadence, Forum } from '../../schemas/index.ts';
import type { Entry } from '../playbook/playbook-model.ts';

/** Weeks of a month as the calendar shows them: week 1 is days 1-7, week 2 days 8-14, ... */
export const calendarWeeks = [1, 2, 3, 4] as const;

const ordinals = ['first', 'second', 'third', 'fourth'];
const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

function listInWords(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** The weeks of the month a forum meets in. */
export function meetingWeeks(cadence: Cadence): number[] {
  return cadence.frequency === 'weekly' ? [...calendarWeeks] : [...(cadence.weeks ?? [])].sort((a, b) => a - b);
}

/** "Every month", or the months of a quarterly forum, for example "January, April, July and October". */
export function meetingMonths(cadence: Cadence): string {
  return cadence.months ? listInWords(cadence.months.map(capitalise)) : 'Every month';
}

/** "2 hours", "1 hour 30 minutes", "45 minutes". */
export function formatDuration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const parts = [];
  if (hours > 0) parts.push(`${hours} hour${hours > 1 ? 's' : ''}`);
  if (rest > 0) parts.push(`${rest} minutes`);
  return parts.join(' ');
}

/** The cadence as a sentence, for example "Third Wednesday of every month, for 2 hours 30 minutes". */
export function describeCadence(cadence: Cadence): string {
  const day = cadence.day ? capitalise(cadence.day) : undefined;
  const weeks = meetingWeeks(cadence).map((week) => ordinals[week - 1]);
  const months = cadence.months ? listInWords(cadence.months.map(capitalise)) : 'every month';
  let when: string;
  if (cadence.frequency === 'weekly') {
    when = day ? `Every ${day}` : 'Every week';
  } else if (day) {
    when = `${capitalise(listInWords(weeks))} ${day} of ${months}`;
  } else {
    when = `During the ${listInWords(weeks)} week${weeks.length > 1 ? 's' : ''} of ${months}`;
  }
  const also = cadence.alsoWhen ? `; also ${cadence.alsoWhen.charAt(0).toLowerCase()}${cadence.alsoWhen.slice(1)}` : '';
  return `${when}, for ${formatDuration(cadence.durationMinutes)}${also}`;
}

/** One row of the governance calendar: a forum and what it does in each week of a month. */
export interface CalendarRow {
  forum: Entry<Forum>;
  /** One entry per calendar week: the meeting day ("Wednesday", or "Meets" when no fixed day), or undefined. */
  weeks: (string | undefined)[];
  months: string;
  papersDueWorkingDays?: number;
}

/** The governance calendar: which week of the month each forum meets in. */
export function calendarRows(forums: Entry<Forum>[]): CalendarRow[] {
  return forums.map((forum) => {
    const { cadence } = forum.data;
    const weeks = meetingWeeks(cadence);
    const label = cadence.day ? capitalise(cadence.day) : 'Meets';
    return {
      forum,
      weeks: calendarWeeks.map((week) => (weeks.includes(week) ? label : undefined)),
      months: meetingMonths(cadence),
      papersDueWorkingDays: forum.data.papersDueWorkingDays,
    };
  });
}
