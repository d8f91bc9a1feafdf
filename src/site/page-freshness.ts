import { editUrl } from '../lib/editing/edit-link.ts';
import { lastUpdatedByFile } from '../lib/reviews/git-history.ts';
import { pageReviews, stateOf, type PageReview, type ReviewedContent } from '../lib/reviews/page-reviews.ts';
import { todayIso } from '../lib/dates/calendar-date.ts';
import type { ReviewState } from '../lib/reviews/review-dates.ts';
import { collectionSources } from '../schemas/collections.ts';
import type { Organization } from '../schemas/index.ts';

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

type FileEntry<T> = { id: string; data: T; filePath?: string };
const sourced = <T>(entries: FileEntry<T>[]) => entries.map((entry) => ({ id: entry.id, data: entry.data, file: entry.filePath! }));

/** Review facts of every page and git dates of every content file, read once per build. */
export function buildFreshness(
  content: { [K in keyof ReviewedContent]-?: FileEntry<NonNullable<ReviewedContent[K]>[number]['data']>[] },
  organization: Organization,
): FreshnessIndex {
  const reviewed: ReviewedContent = {
    stages: sourced(content.stages),
    playbooks: sourced(content.playbooks),
    roles: sourced(content.roles),
    objectives: sourced(content.objectives),
    scope: sourced(content.scope),
    templates: sourced(content.templates),
    benefits: sourced(content.benefits),
    maturityModel: sourced(content.maturityModel),
  };
  const reviews = pageReviews(reviewed);
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
}
