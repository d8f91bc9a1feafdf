import { buildDate } from '../lib/dates/calendar-date.ts';
import { sourceMoment } from '../lib/dates/source-date.ts';
import type { SiteModel } from '../lib/pages/site-model.ts';
import type { PlanningModel } from '../lib/plans/planning-model.ts';
import { orderTemplates } from '../lib/templates/template-pages.ts';
import { templateDownloads, type TemplateDownloads } from '../lib/templates/template-downloads.ts';
import type { Organization } from '../schemas/index.ts';
import type { FreshnessIndex } from './page-freshness.ts';
import { href, routes } from './site-data.ts';

const absolute = (path: string) => new URL(href(path), import.meta.env.SITE).href;

/** The Word documents and calendars, and each role's month, from the same model as the pages. */
export function buildTemplateDownloads(site: SiteModel, planning: PlanningModel, freshness: FreshnessIndex, organization: Organization): TemplateDownloads {
  const stageReviews = new Map(freshness.reviews.filter((review) => review.collection === 'stages').map((review) => [review.id, review.nextReview]));
  return templateDownloads({
    organization,
    forums: site.governance.forums,
    forumById: site.governance.forumById,
    levelByForum: site.governance.levelByForum,
    escalation: site.governance.escalation,
    objectives: [...site.objectives].sort((a, b) => a.data.priority - b.data.priority || a.data.title.localeCompare(b.data.title)),
    metricById: planning.metricById,
    scope: site.scopes,
    roles: site.roles,
    templates: orderTemplates(site.content.templates),
    comms: planning.comms,
    reviews: freshness.reviews.map((review) => ({ key: `${review.collection}-${review.id.replaceAll('/', '-')}`, title: review.title, owner: review.owner, nextReview: review.nextReview, url: absolute(review.path) })),
    // The same day as the checklists' print date: SOURCE_DATE_EPOCH, else the last commit, so a commit rebuilds byte for byte.
    buildDate: buildDate(process.env, sourceMoment(process.env, process.cwd())),
    stageTitle: (stageId) => site.stageById.get(stageId)?.data.title ?? stageId,
    stageReview: (stageId) => stageReviews.get(stageId),
    forumUrl: (forumId) => absolute(routes.forum(forumId)),
    commsContext: {
      uidDomain: organization.contact.email.split('@')[1],
      pageUrl: (entryId) => absolute(routes.commsEntry(entryId)),
      audienceName: (stakeholderId) => planning.stakeholderById.get(stakeholderId)?.name ?? stakeholderId,
      roleTitle: (roleId) => site.roleById.get(roleId)?.data.title ?? roleId,
    },
  });
}
