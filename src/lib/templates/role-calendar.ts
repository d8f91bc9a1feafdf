import type { CommsEntry, Forum } from '../../schemas/index.ts';
import { commsEvents, type CommsEventContext } from '../downloads/comms-events.ts';
import { forumRoleIds } from '../governance/forum-roles.ts';
import type { Entry } from '../playbook/playbook-model.ts';
import { occurrences } from '../plans/comms-calendar.ts';
import { lastDayOfMonth } from '../dates/calendar-date.ts';
import type { DateWindow, ScheduledEvent } from './forum-calendar.ts';

/** A page whose review a role owns. */
export interface OwnedReview {
  /** Stable key for the UID, for example "roles-pmo-director". */
  key: string;
  title: string;
  owner: string;
  nextReview: string;
  /** Absolute address of the page. */
  url: string;
}

export interface RoleCalendarSources {
  forums: Entry<Forum>[];
  /** Each forum's meetings and paper deadlines, as the forum calendar has them. */
  forumEvents: Map<string, ScheduledEvent[]>;
  comms: Entry<CommsEntry>[];
  reviews: OwnedReview[];
  window: DateWindow;
  commsContext: CommsEventContext;
}

/** A review as a one-day event on its due date. */
function reviewEvent(review: OwnedReview, window: DateWindow, uidDomain: string): ScheduledEvent {
  return {
    kind: 'review',
    dates: review.nextReview >= window.from && review.nextReview <= window.to ? [review.nextReview] : [],
    event: {
      uid: `review-${review.key}-${review.nextReview}@${uidDomain}`,
      summary: `Review due: ${review.title}`,
      start: review.nextReview,
      url: review.url,
      categories: ['Page review'],
      description: `Check that the page is still right, change what is not, and record the new review date in its file.`,
    },
  };
}

/**
 * Everything the playbook expects of one role: the meetings and paper deadlines of the
 * forums it chairs or sits on, the communications it sends, and the reviews of the pages it
 * owns. The same events make its .ics and its "this month" list.
 */
export function roleEvents(roleId: string, sources: RoleCalendarSources): ScheduledEvent[] {
  const { window } = sources;
  const forumsOfRole = sources.forums.filter(({ data }) => forumRoleIds(data).includes(roleId));
  const owned = sources.comms.filter(({ data }) => data.owner === roleId);
  const comms = commsEvents(owned, sources.commsContext).map((event, index): ScheduledEvent => ({
    kind: 'communication',
    event,
    dates: occurrences(owned[index].data, window.from, window.to),
  }));
  return [
    ...forumsOfRole.flatMap((forum) => sources.forumEvents.get(forum.id) ?? []),
    ...comms,
    ...sources.reviews.filter((review) => review.owner === roleId).map((review) => reviewEvent(review, window, sources.commsContext.uidDomain)),
  ];
}

/** One dated line of a "this month" list. */
export interface AgendaItem {
  date: string;
  summary: string;
  kind: ScheduledEvent['kind'];
  url?: string;
}

/** The events that fall in month "YYYY-MM", one line per date, in date order. */
export function agendaForMonth(events: ScheduledEvent[], month: string): AgendaItem[] {
  const last = lastDayOfMonth(month);
  return events
    .flatMap(({ event, kind, dates }) => dates.filter((date) => date >= `${month}-01` && date <= last).map((date) => ({ date, summary: event.summary, kind, url: event.url })))
    .sort((a, b) => a.date.localeCompare(b.date) || a.summary.localeCompare(b.summary));
}
