import { getCollection } from 'astro:content';
import { editUrl } from '../lib/edit-link.ts';
import { lastUpdatedByFile } from '../lib/git-history.ts';
import { pageReviews, stateOf, type PageReview, type ReviewedContent } from '../lib/page-reviews.ts';
import { todayIso, type ReviewState } from '../lib/review-dates.ts';
import { collectionSources } from '../schemas/collections.ts';
import { loadOrganization } from './site-data.ts';

/** What a page shows about its upkeep: owner and review dates, last change, where to edit it. */
export interface PageFreshness {
  review: PageReview;
  state: ReviewState;
  /** Date of the last commit that changed the file, when the build runs in a git checkout. */
  lastUpdated?: string;
  editUrl: string;
}

export interface FreshnessIndex {
  today: string;
  reviews: PageReview[];
  of(collection: PageReview['collection'], id: string): PageFreshness;
}

/** Build date: one "today" for every page of a build. */
const today = todayIso();

const sourced = <T>(entries: { id: string; data: T; filePath?: string }[]) =>
  entries.map((entry) => ({ id: entry.id, data: entry.data, file: entry.filePath! }));

let index: Promise<FreshnessIndex> | undefined;

/** Review facts of every page and git dates of every content file, read once per build. */
export function loadFreshness(): Promise<FreshnessIndex> {
  index ??= Promise.all([
    getCollection('stages'),
    getCollection('playbooks'),
    getCollection('roles'),
    getCollection('objectives'),
    getCollection('scope'),
    loadOrganization(),
    getCollection('templates'),
  ]).then(([stages, playbooks, roles, objectives, scope, organization, templates]) => {
    const content: ReviewedContent = {
      stages: sourced(stages),
      playbooks: sourced(playbooks),
      roles: sourced(roles),
      objectives: sourced(objectives),
      scope: sourced(scope),
      templates: sourced(templates),
    };
    const reviews = pageReviews(content);
    const folders = [...new Set(Object.values(collectionSources).map((source) => source.base.split('/')[0]))];
    const lastUpdated = lastUpdatedByFile(process.cwd(), folders);
    const byKey = new Map(reviews.map((review) => [`${review.collection}:${review.id}`, review]));
    return {
      today,
      reviews,
      of(collection, id) {
        const review = byKey.get(`${collection}:${id}`);
        if (!review) throw new Error(`No review facts for ${collection} "${id}".`);
        return {
          review,
          state: stateOf(review, today),
          lastUpdated: lastUpdated.get(review.file),
          editUrl: editUrl(organization.repository, review.file),
        };
      },
    };
  });
  return index;
}
