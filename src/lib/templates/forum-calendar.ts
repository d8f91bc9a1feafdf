import { months, type Cadence, type Forum } from '../../schemas/index.ts';
import type { CalendarEvent } from '../downloads/icalendar.ts';
import { describeCadence, meetingWeeks } from '../governance/cadence.ts';
import type { Entry } from '../playbook/playbook-model.ts';
import { addDays, addMonths, addMonthsToMonth, isWeekend, lastDayOfMonth, monthOf, weekday } from '../dates/calendar-date.ts';
import { formatDate, plural } from '../formats/format.ts';

/** The dates a calendar covers, both included. */
export interface DateWindow {
  from: string;
  to: string;
}

/** Twelve months from `from`: the day before the same date next year is the last one. */
export const twelveMonthsFrom = (from: string): DateWindow => ({ from, to: addDays(addMonths(from, 12), -1) });

const dayCodes = { monday: 'MO', tuesday: 'TU', wednesday: 'WE', thursday: 'TH', friday: 'FR' } as const;
const dayNumbers = { monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5 } as const;

/** Days of the month in week `week` (week 1 is days 1-7). */
const daysOfWeek = (week: number) => Array.from({ length: 7 }, (_, index) => (week - 1) * 7 + index + 1);

/**
 * How many days one meeting spans in the calendar: one for a fixed day; a forum that picks
 * its own day shows as its meeting week (Monday to Friday when weekly, days 1-7 etc. otherwise).
 */
export const meetingSpanDays = (cadence: Cadence) => (cadence.day ? 1 : cadence.frequency === 'weekly' ? 5 : 7);

/**
 * The RRULE of a cadence without its end: weekly forums repeat on their day, the others on
 * their day within the days of their weeks of the month ("fourth Thursday" is a Thursday on
 * days 22-28), quarterly ones only in their months.
 */
export function cadenceRule(cadence: Cadence): string {
  if (cadence.frequency === 'weekly') return `FREQ=WEEKLY;BYDAY=${cadence.day ? dayCodes[cadence.day] : 'MO'}`;
  const weeks = meetingWeeks(cadence);
  const parts = ['FREQ=MONTHLY'];
  if (cadence.day) {
    parts.push(`BYDAY=${dayCodes[cadence.day]}`, `BYMONTHDAY=${weeks.flatMap(daysOfWeek).join(',')}`);
  } else {
    parts.push(`BYMONTHDAY=${weeks.map((week) => daysOfWeek(week)[0]).join(',')}`);
  }
  if (cadence.months) parts.push(`BYMONTH=${cadence.months.map((month) => months.indexOf(month) + 1).join(',')}`);
  return parts.join(';');
}

/** First day of each meeting (its date, or the first day of its meeting week) within the window. */
export function meetingDates(cadence: Cadence, window: DateWindow): string[] {
  const dates: string[] = [];
  if (cadence.frequency === 'weekly') {
    const target = cadence.day ? dayNumbers[cadence.day] : 1;
    for (let date = window.from; date <= window.to; date = addDays(date, 1)) if (weekday(date) === target) dates.push(date);
    return dates;
  }
  for (let month = monthOf(window.from); `${month}-01` <= window.to; month = addMonthsToMonth(month, 1)) {
    if (cadence.months && !cadence.months.includes(months[Number(month.slice(5)) - 1])) continue;
    for (const week of meetingWeeks(cadence)) {
      const days = daysOfWeek(week).map((day) => `${month}-${String(day).padStart(2, '0')}`).filter((date) => date <= lastDayOfMonth(month));
      const date = cadence.day ? days.find((candidate) => weekday(candidate) === dayNumbers[cadence.day!]) : days[0];
      if (date !== undefined && date >= window.from && date <= window.to) dates.push(date);
    }
  }
  return dates;
}

/** The working day `count` working days (Monday to Friday) before `date`. */
export function workingDaysBefore(date: string, count: number): string {
  let result = date;
  for (let counted = 0; counted < count; ) {
    result = addDays(result, -1);
    if (!isWeekend(result)) counted++;
  }
  return result;
}

/** Facts about the forum that calendar entries need besides the forum itself. */
export interface ForumEventContext {
  uidDomain: string;
  roleTitle: (roleId: string) => string;
  /** Absolute address of the forum on the governance page. */
  forumUrl: (forumId: string) => string;
}

/** A calendar entry with the dates it falls on within the window, for lists such as "this month". */
export interface ScheduledEvent {
  event: CalendarEvent;
  kind: 'meeting' | 'papers' | 'communication' | 'review';
  dates: string[];
}

const compact = (isoDate: string) => isoDate.replaceAll('-', '');

/** The forum's meetings in the window as one repeating event, starting on the first of them. */
export function forumMeetingEvent(forum: Entry<Forum>, window: DateWindow, context: ForumEventContext): ScheduledEvent | undefined {
  const { cadence } = forum.data;
  const dates = meetingDates(cadence, window);
  if (dates.length === 0) return undefined;
  const pickOwnDay = cadence.day ? [] : ['The chair sets the day and time of each meeting within this week.'];
  return {
    kind: 'meeting',
    dates,
    event: {
      uid: `forum-${forum.id}@${context.uidDomain}`,
      summary: forum.data.title,
      start: dates[0],
      days: meetingSpanDays(cadence),
      rrule: `${cadenceRule(cadence)};UNTIL=${compact(window.to)}`,
      url: context.forumUrl(forum.id),
      categories: ['Forum meeting'],
      description: [
        `${describeCadence(cadence)}.`,
        ...pickOwnDay,
        `Chair: ${context.roleTitle(forum.data.chair)}`,
        forum.data.papersDueWorkingDays === undefined ? 'No fixed paper deadline.' : `Papers due ${plural(forum.data.papersDueWorkingDays, 'working day')} before.`,
        `Purpose: ${forum.data.purpose}`,
      ].join('\n'),
    },
  };
}

/** One event per paper deadline: working days do not repeat on a rule a calendar can express. */
export function paperDeadlineEvents(forum: Entry<Forum>, meetings: string[], context: ForumEventContext): ScheduledEvent[] {
  const due = forum.data.papersDueWorkingDays;
  if (due === undefined || due === 0) return [];
  return meetings.map((meeting) => {
    const date = workingDaysBefore(meeting, due);
    return {
      kind: 'papers',
      dates: [date],
      event: {
        uid: `papers-${forum.id}-${meeting}@${context.uidDomain}`,
        summary: `Papers due: ${forum.data.title}`,
        start: date,
        url: context.forumUrl(forum.id),
        categories: ['Paper deadline'],
        description: `Papers for the ${forum.data.title} ${forum.data.cadence.day ? 'meeting on' : 'meeting in the week of'} ${formatDate(meeting)} are due today, ${plural(due, 'working day')} before it.`,
      },
    };
  });
}

/** A forum's meetings and paper deadlines in the window. */
export function forumEvents(forum: Entry<Forum>, window: DateWindow, context: ForumEventContext): ScheduledEvent[] {
  const meeting = forumMeetingEvent(forum, window, context);
  return meeting ? [meeting, ...paperDeadlineEvents(forum, meeting.dates, context)] : [];
}
