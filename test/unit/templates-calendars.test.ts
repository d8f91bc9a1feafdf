import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { toICalendar, type CalendarEvent } from '../../src/lib/downloads/icalendar.ts';
import type { Entry } from '../../src/lib/playbook/playbook-model.ts';
import { forumEvents, twelveMonthsFrom, type ForumEventContext } from '../../src/lib/templates/forum-calendar.ts';
import { agendaForMonth, roleEvents } from '../../src/lib/templates/role-calendar.ts';
import { calendarWindow } from '../../src/lib/templates/template-downloads.ts';
import { commsEntrySchema, forumSchema, type Cadence, type CommsEntry, type Forum } from '../../src/schemas/index.ts';

const context: ForumEventContext = {
  uidDomain: 'example.org',
  roleTitle: (id) => id.toUpperCase(),
  forumUrl: (id) => `https://playbook.example.org/governance/#forum-${id}`,
};

function forum(id: string, cadence: Cadence, extra: Partial<Forum> = {}): Entry<Forum> {
  return {
    id,
    data: forumSchema.parse({
      id,
      title: `Forum ${id}`,
      purpose: 'Decides things.',
      chair: 'chair',
      members: ['member'],
      cadence,
      quorum: { description: 'The chair.' },
      decisionRights: [{ decision: 'Decide' }],
      inputs: ['Papers'],
      outputs: ['Minutes'],
      ...extra,
    }),
  };
}

// The expectation is worked out here day by day from what the cadence says in words.
const dayNames = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const monthNames = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
function expectedMeetings(cadence: Cadence, from: string, to: string): string[] {
  const dates: string[] = [];
  for (let day = new Date(`${from}T00:00:00Z`); day <= new Date(`${to}T00:00:00Z`); day.setUTCDate(day.getUTCDate() + 1)) {
    const weekdayName = dayNames[day.getUTCDay()];
    const weekOfMonth = Math.ceil(day.getUTCDate() / 7);
    const iso = day.toISOString().slice(0, 10);
    if (cadence.frequency === 'weekly') {
      if (weekdayName === (cadence.day ?? 'monday')) dates.push(iso);
      continue;
    }
    if (cadence.months && !cadence.months.includes(monthNames[day.getUTCMonth()] as never)) continue;
    if (!cadence.weeks!.includes(weekOfMonth)) continue;
    if (cadence.day ? weekdayName === cadence.day : day.getUTCDate() % 7 === 1) dates.push(iso);
  }
  return dates;
}

/** Parses the file with ical.js and expands each event's recurrence up to the end of the window. */
function parseCalendar(events: CalendarEvent[]) {
  const text = toICalendar({ productId: '-//Example//Playbook//EN', name: 'Test', events }, new Date('2026-11-30T00:00:00Z'));
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    const dates: string[] = [];
    const iterator = event.iterator();
    // Communications without an end repeat for ever; the window is all a test needs.
    for (let next = iterator.next(); next && next.toString() <= window.to; next = iterator.next()) dates.push(next.toString());
    return { uid: event.uid, summary: event.summary, dates, days: event.endDate.subtractDate(event.startDate).toSeconds() / 86400, recurring: event.isRecurring() };
  });
}

const window = twelveMonthsFrom('2026-11-01');

const cadences: [string, Cadence][] = [
  ['fourth Thursday of January, April, July and October', { frequency: 'quarterly', weeks: [4], day: 'thursday', months: ['january', 'april', 'july', 'october'], durationMinutes: 120 }],
  ['third Wednesday of every month', { frequency: 'monthly', weeks: [3], day: 'wednesday', durationMinutes: 150 }],
  ['first and third Thursdays', { frequency: 'fortnightly', weeks: [1, 3], day: 'thursday', durationMinutes: 60 }],
  ['every Tuesday', { frequency: 'weekly', day: 'tuesday', durationMinutes: 60 }],
  ['the second week of every month, day chosen by the chair', { frequency: 'monthly', weeks: [2], durationMinutes: 60 }],
];

describe('forum calendar', () => {
  it('covers twelve months from the first day of the build month', () => {
    expect(calendarWindow('2026-11-30')).toEqual({ from: '2026-11-01', to: '2027-10-31' });
    expect(calendarWindow('2028-02-29')).toEqual({ from: '2028-02-01', to: '2029-01-31' });
  });

  it.each(cadences)('repeats by RRULE on the dates the cadence means: %s', (_, cadence) => {
    const events = forumEvents(forum('f', cadence), window, context);
    const [meeting] = parseCalendar(events.map((scheduled) => scheduled.event));
    const expected = expectedMeetings(cadence, window.from, window.to);
    expect(meeting.recurring).toBe(true);
    expect(meeting.dates).toEqual(expected);
    expect(events[0].dates).toEqual(expected);
    expect(meeting.days).toBe(cadence.day ? 1 : 7);
  });

  it('has a quarterly forum meet four times a year', () => {
    const [meeting] = parseCalendar(forumEvents(forum('q', cadences[0][1]), window, context).map((scheduled) => scheduled.event));
    expect(meeting.dates).toEqual(['2027-01-28', '2027-04-22', '2027-07-22', '2027-10-28']);
  });

  it('adds each paper deadline as its own event, the set number of working days before the meeting', () => {
    const events = forumEvents(forum('p', cadences[1][1], { papersDueWorkingDays: 3 }), window, context);
    const parsed = parseCalendar(events.map((scheduled) => scheduled.event));
    const [meeting, ...deadlines] = parsed;
    expect(deadlines).toHaveLength(meeting.dates.length);
    deadlines.forEach((deadline, index) => {
      expect(deadline.recurring).toBe(false);
      expect(deadline.summary).toBe('Papers due: Forum p');
      const [date] = deadline.dates;
      let weekdays = 0;
      for (let day = new Date(`${date}T00:00:00Z`); day < new Date(`${meeting.dates[index]}T00:00:00Z`); day.setUTCDate(day.getUTCDate() + 1)) {
        if (day.getUTCDay() !== 0 && day.getUTCDay() !== 6) weekdays++;
      }
      expect(weekdays, `${date} before ${meeting.dates[index]}`).toBe(3);
      expect(new Date(`${date}T00:00:00Z`).getUTCDay()).not.toBe(0);
      expect(new Date(`${date}T00:00:00Z`).getUTCDay()).not.toBe(6);
    });
    expect(new Set(parsed.map((event) => event.uid)).size).toBe(parsed.length);
  });

  it('has no paper deadline events for a forum without a deadline', () => {
    expect(forumEvents(forum('n', cadences[3][1]), window, context).map((scheduled) => scheduled.kind)).toEqual(['meeting']);
  });
});

describe('a role calendar and its month', () => {
  const board = forum('board', cadences[1][1], { chair: 'director', members: ['analyst'], papersDueWorkingDays: 5 });
  const other = forum('other', cadences[3][1], { chair: 'sponsor', members: ['manager'] });
  const bulletin: Entry<CommsEntry> = {
    id: 'bulletin',
    data: commsEntrySchema.parse({
      id: 'bulletin',
      title: 'PMO bulletin',
      audience: ['staff'],
      purpose: 'Keep people informed.',
      message: 'What changed this month.',
      channel: 'Email',
      format: 'One page',
      frequency: 'monthly',
      first: '2026-09-07',
      owner: 'analyst',
      feedback: 'Reply to the mailbox.',
    }),
  };
  const sources = {
    forums: [board, other],
    forumEvents: new Map([board, other].map((entry) => [entry.id, forumEvents(entry, window, context)])),
    comms: [bulletin],
    reviews: [
      { key: 'roles-analyst', title: 'Analyst', owner: 'analyst', nextReview: '2026-11-20', url: 'https://playbook.example.org/roles/analyst/' },
      { key: 'roles-director', title: 'Director', owner: 'director', nextReview: '2026-11-21', url: 'https://playbook.example.org/roles/director/' },
    ],
    window,
    commsContext: { uidDomain: 'example.org', audienceName: (id: string) => id, roleTitle: (id: string) => id, pageUrl: (id: string) => `https://playbook.example.org/comms/#${id}` },
  };

  it("holds the role's forum meetings and deadlines, the comms it sends and the reviews it owns, and nothing else", () => {
    const events = roleEvents('analyst', sources);
    const parsed = parseCalendar(events.map((scheduled) => scheduled.event));
    expect(parsed.filter((event) => event.summary === 'Forum board')).toHaveLength(1);
    expect(parsed.some((event) => event.summary === 'Forum other')).toBe(false);
    expect(parsed.filter((event) => event.summary === 'Papers due: Forum board')).toHaveLength(12);
    const bulletinEvent = parsed.find((event) => event.summary === 'PMO bulletin')!;
    expect(bulletinEvent.dates.slice(0, 3)).toEqual(['2026-09-07', '2026-10-07', '2026-11-07']);
    expect(parsed.filter((event) => event.summary.startsWith('Review due'))).toEqual([expect.objectContaining({ summary: 'Review due: Analyst', dates: ['2026-11-20'] })]);
  });

  it('lists this month from the same events, in date order', () => {
    const month = agendaForMonth(roleEvents('analyst', sources), '2026-11');
    expect(month.map((item) => [item.date, item.summary])).toEqual([
      ['2026-11-07', 'PMO bulletin'],
      ['2026-11-11', 'Papers due: Forum board'],
      ['2026-11-18', 'Forum board'],
      ['2026-11-20', 'Review due: Analyst'],
    ]);
    expect(agendaForMonth(roleEvents('nobody', sources), '2026-11')).toEqual([]);
  });
});
