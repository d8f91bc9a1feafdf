import type { CommsEntry, CommsFrequency } from '../../schemas/index.ts';
import type { Entry } from '../playbook/playbook-model.ts';
import { commsFrequencyLabel } from '../plans/labels.ts';
import type { CalendarEvent } from './icalendar.ts';

const ruleByFrequency: Record<Exclude<CommsFrequency, 'per-event'>, string> = {
  // "Daily" in a communication plan means working days.
  daily: 'FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR',
  weekly: 'FREQ=WEEKLY',
  fortnightly: 'FREQ=WEEKLY;INTERVAL=2',
  // Monthly and quarterly repeat on the day of the month of the first date.
  monthly: 'FREQ=MONTHLY',
  quarterly: 'FREQ=MONTHLY;INTERVAL=3',
};

/** The RRULE for a frequency, ending on `until` when given; none for per-event communications. */
export function recurrenceRule(frequency: CommsFrequency, until?: string): string | undefined {
  if (frequency === 'per-event') return undefined;
  return until === undefined ? ruleByFrequency[frequency] : `${ruleByFrequency[frequency]};UNTIL=${until.replaceAll('-', '')}`;
}

export interface CommsEventContext {
  audienceName: (stakeholderId: string) => string;
  roleTitle: (roleId: string) => string;
  /** Domain part of every UID, for example "northwind-logistics.example". */
  uidDomain: string;
  /** Absolute address of the entry on the comms page. */
  pageUrl: (entryId: string) => string;
}

/** One calendar event per communication plan entry, repeating as its frequency says. */
export function commsEvents(entries: Entry<CommsEntry>[], context: CommsEventContext): CalendarEvent[] {
  return entries.map(({ id, data }) => ({
    uid: `comms-${id}@${context.uidDomain}`,
    summary: data.title,
    start: data.first,
    rrule: recurrenceRule(data.frequency, data.until),
    url: context.pageUrl(id),
    categories: ['Communication plan'],
    description: [
      data.frequency === 'per-event' ? `Per event: goes out when it happens; this is the first expected date.` : `${commsFrequencyLabel[data.frequency]}.`,
      `Audience: ${data.audience.map(context.audienceName).join(', ')}`,
      `Purpose: ${data.purpose}`,
      `Key message: ${data.message}`,
      `Channel: ${data.channel}`,
      `Format: ${data.format}`,
      `Owner: ${context.roleTitle(data.owner)}`,
      `Feedback: ${data.feedback}`,
    ].join('\n'),
  }));
}
