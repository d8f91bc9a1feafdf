import { getCollection } from 'astro:content';
import { buildDate } from '../lib/build-date.ts';
import { templateDownloads, type TemplateDownloads } from '../lib/templates/template-downloads.ts';
import { loadGovernanceModel } from './governance-data.ts';
import { loadFreshness } from './page-freshness.ts';
import { loadPlanningModel } from './planning-data.ts';
import { href, loadOrganization, loadPlaybookModel, routes } from './site-data.ts';

let downloads: Promise<TemplateDownloads> | undefined;

const absolute = (path: string) => new URL(href(path), import.meta.env.SITE).href;

/** The Word documents and calendars, and each role's month, built once per build. */
export function loadTemplateDownloads(): Promise<TemplateDownloads> {
  downloads ??= Promise.all([
    loadOrganization(),
    loadGovernanceModel(),
    loadPlanningModel(),
    loadPlaybookModel(),
    loadFreshness(),
    getCollection('objectives'),
    getCollection('scope'),
    getCollection('templates'),
  ]).then(([organization, governance, planning, playbook, freshness, objectives, scope, templates]) => {
    const stageReviews = new Map(freshness.reviews.filter((review) => review.collection === 'stages').map((review) => [review.id, review.nextReview]));
    const sortedTemplates = [...templates].sort((a, b) => a.data.title.localeCompare(b.data.title));
    return templateDownloads({
      organization,
      forums: governance.forums,
      forumById: governance.forumById,
      levelByForum: governance.levelByForum,
      escalation: governance.escalation,
      objectives: [...objectives].sort((a, b) => a.data.priority - b.data.priority || a.data.title.localeCompare(b.data.title)),
      metricById: planning.metricById,
      scope,
      roles: playbook.roles,
      templates: sortedTemplates,
      comms: planning.comms,
      reviews: freshness.reviews.map((review) => ({ key: `${review.collection}-${review.id.replaceAll('/', '-')}`, title: review.title, owner: review.owner, nextReview: review.nextReview, url: absolute(review.path) })),
      buildDate: buildDate(process.env),
      stageTitle: (stageId) => playbook.stageById.get(stageId)?.data.title ?? stageId,
      stageReview: (stageId) => stageReviews.get(stageId),
      forumUrl: (forumId) => absolute(routes.forum(forumId)),
      commsContext: {
        uidDomain: organization.contact.email.split('@')[1],
        pageUrl: (entryId) => absolute(routes.commsEntry(entryId)),
        audienceName: (stakeholderId) => planning.stakeholderById.get(stakeholderId)?.name ?? stakeholderId,
        roleTitle: (roleId) => playbook.roleById.get(roleId)?.data.title ?? roleId,
      },
    });
  });
  return downloads;
}
