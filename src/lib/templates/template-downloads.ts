import type { CommsEntry, DocumentTemplate, Escalation, EscalationLevel, Forum, Metric, Objective, Organization, Role, Scope } from '../../schemas/index.ts';
import type { CommsEventContext } from '../downloads/comms-events.ts';
import type { DownloadSet } from '../downloads/catalogue.ts';
import type { Calendar } from '../downloads/icalendar.ts';
import type { Entry } from '../playbook/playbook-model.ts';
import type { DocumentContext } from './document-context.ts';
import { forumEvents, twelveMonthsFrom, type DateWindow, type ForumEventContext, type ScheduledEvent } from './forum-calendar.ts';
import { PMO_CHARTER, pmoCharter } from './pmo-charter.ts';
import { agendaForMonth, roleEvents, type AgendaItem, type OwnedReview } from './role-calendar.ts';
import { templateDocument, templateSlug } from './template-document.ts';
import { hasTemplateDownloads } from './template-pages.ts';
import { termsOfReference, termsOfReferenceSlug } from './terms-of-reference.ts';

export const FORUM_CALENDAR = 'forum-calendar';
export const forumCalendarSlug = (forumId: string) => `${FORUM_CALENDAR}-${forumId}`;
export const roleCalendarSlug = (roleId: string) => `role-calendar-${roleId}`;
export { PMO_CHARTER } from './pmo-charter.ts';
export { termsOfReferenceSlug, templateSlug };

export interface TemplateDownloadSources {
  organization: Organization;
  /** From the top of the escalation structure down. */
  forums: Entry<Forum>[];
  forumById: Map<string, Entry<Forum>>;
  levelByForum: Map<string, EscalationLevel>;
  escalation?: Escalation;
  /** In priority order. */
  objectives: Entry<Objective>[];
  metricById: Map<string, Entry<Metric>>;
  scope: Entry<Scope>[];
  roles: Entry<Role>[];
  templates: Entry<DocumentTemplate>[];
  comms: Entry<CommsEntry>[];
  reviews: OwnedReview[];
  /** YYYY-MM-DD from the build-date helper. */
  buildDate: string;
  stageTitle: (stageId: string) => string;
  stageReview: (stageId: string) => string | undefined;
  forumUrl: (forumId: string) => string;
  commsContext: CommsEventContext;
}

export interface TemplateDownloads {
  /** Documents first, then calendars. */
  sets: DownloadSet[];
  /** What each role has on in the build's month, from the same events as its calendar. */
  roleMonth: Map<string, AgendaItem[]>;
  /** The months the calendars cover. */
  window: DateWindow;
  /** Documents each stage page links to: the templates it uses and the terms of reference of its forums. */
  byStage: Map<string, DownloadSet[]>;
}

/**
 * Calendars cover twelve months from the first day of the build's month, so every build in
 * a month gives the same files and a role's "this month" list starts on the 1st.
 */
export const calendarWindow = (buildDate: string) => twelveMonthsFrom(`${buildDate.slice(0, 7)}-01`);

/** Every Word document and calendar generated from the content, with each role's month. */
export function templateDownloads(sources: TemplateDownloadSources): TemplateDownloads {
  const { organization, forums } = sources;
  const window = calendarWindow(sources.buildDate);
  if (!hasTemplateDownloads(sources)) return { sets: [], roleMonth: new Map(), window, byStage: new Map() };
  const roleTitles = new Map(sources.roles.map((role) => [role.id, role.data.title]));
  const roleTitle = (roleId: string) => roleTitles.get(roleId) ?? roleId;
  const forumTitle = (forumId: string) => sources.forumById.get(forumId)?.data.title ?? forumId;
  const context: DocumentContext = {
    organizationName: organization.name,
    pmoName: organization.pmoName,
    documentDate: sources.buildDate,
    roleTitle,
    forumTitle,
    stageReview: sources.stageReview,
  };
  const calendar = (name: string, events: ScheduledEvent[]): Calendar => ({
    productId: `-//${organization.name}//${organization.pmoName} playbook//EN`,
    name,
    events: events.map(({ event }) => event),
  });

  const termsOfReferenceSets = forums.map((forum) => ({
    forum,
    set: {
      slug: termsOfReferenceSlug(forum.id),
      title: `Terms of reference: ${forum.data.title}`,
      tables: [],
      document: termsOfReference(forum, sources.forumById, sources.levelByForum.get(forum.id), context),
    } satisfies DownloadSet,
  }));
  const templateSets = sources.templates.map((template) => ({
    template,
    set: {
      slug: templateSlug(template.id),
      title: `${template.data.title} template`,
      tables: [],
      document: templateDocument(template, sources.escalation, context, sources.stageTitle),
    } satisfies DownloadSet,
  }));
  const byStage = new Map<string, DownloadSet[]>();
  const addToStage = (stageId: string, set: DownloadSet) => byStage.set(stageId, [...(byStage.get(stageId) ?? []), set]);
  for (const { template, set } of templateSets) for (const stageId of new Set(template.data.stages)) addToStage(stageId, set);
  for (const { forum, set } of termsOfReferenceSets) for (const stageId of new Set(forum.data.stages)) addToStage(stageId, set);

  const documents: DownloadSet[] = [
    { slug: PMO_CHARTER, title: `${organization.pmoName} charter`, tables: [], document: pmoCharter(sources, context) },
    ...termsOfReferenceSets.map(({ set }) => set),
    ...templateSets.map(({ set }) => set),
  ];

  const forumContext: ForumEventContext = { uidDomain: sources.commsContext.uidDomain, roleTitle, forumUrl: sources.forumUrl };
  const eventsByForum = new Map(forums.map((forum) => [forum.id, forumEvents(forum, window, forumContext)]));
  const calendars: DownloadSet[] = [
    { slug: FORUM_CALENDAR, title: 'Forum calendar', tables: [], calendar: calendar(`${organization.pmoName} forum calendar`, forums.flatMap((forum) => eventsByForum.get(forum.id)!)) },
    ...forums.map((forum) => ({
      slug: forumCalendarSlug(forum.id),
      title: `${forum.data.title} calendar`,
      tables: [],
      calendar: calendar(`${forum.data.title} (${organization.pmoName})`, eventsByForum.get(forum.id)!),
    })),
  ];

  const roleMonth = new Map<string, AgendaItem[]>();
  const buildMonth = sources.buildDate.slice(0, 7);
  for (const role of sources.roles) {
    const events = roleEvents(role.id, { forums, forumEvents: eventsByForum, comms: sources.comms, reviews: sources.reviews, window, commsContext: sources.commsContext });
    roleMonth.set(role.id, agendaForMonth(events, buildMonth));
    calendars.push({ slug: roleCalendarSlug(role.id), title: `My calendar as ${role.data.title}`, tables: [], calendar: calendar(`${role.data.title}: ${organization.pmoName} playbook`, events) });
  }
  return { sets: [...documents, ...calendars], roleMonth, window, byStage };
}
