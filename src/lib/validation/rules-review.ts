import { collectionSources, type CollectionName } from '../../schemas/collections.ts';
import { formatDate } from '../formats/format.ts';
import { pageReviews, stateOf, type ReviewedContent, type SourcedPage } from '../reviews/page-reviews.ts';
import { addDays } from '../dates/calendar-date.ts';
import type { ContentSet, SourcedEntry } from './content-set.ts';
import type { Problem } from './problem.ts';
import { problemAt } from './problem-at.ts';
import type { RuleContext } from './rule.ts';

const asPages = <T>(entries: SourcedEntry<T>[]): SourcedPage<T>[] => entries.map((entry) => ({ id: entry.id, data: entry.data, file: entry.source.file }));

/** The checker's content as the page-review model reads it. */
export function reviewedContent(content: ContentSet): ReviewedContent {
  return {
    stages: asPages(content.stages),
    playbooks: asPages(content.playbooks),
    roles: asPages(content.roles),
    objectives: asPages(content.objectives),
    scope: asPages(content.scope),
    templates: asPages(content.templates),
    benefits: asPages(content.benefits),
    maturityModel: asPages(content.maturityModel),
  };
}

/**
 * Overdue reviews are warnings (the page may be stale, not broken); a last review in the
 * future is an error, because it is always a typo and would hide the page from the report.
 */
export function reviewsAreCurrent(content: ContentSet, context: RuleContext): Problem[] {
  const entries = new Map<string, SourcedEntry<unknown>>();
  for (const name of Object.keys(collectionSources) as CollectionName[]) {
    for (const entry of content[name] as SourcedEntry<unknown>[]) entries.set(entry.source.file, entry);
  }
  // One day of grace: an editor east of UTC may write today's date before UTC reaches it.
  const latestAllowed = addDays(context.today, 1);
  const problems: Problem[] = [];
  for (const review of pageReviews(reviewedContent(content))) {
    const entry = entries.get(review.file)!;
    const field = [...review.fieldPath, 'lastReviewed'];
    if (review.lastReviewed > latestAllowed) {
      problems.push(
        problemAt(entry, field, 'review/future-date', `lastReviewed is ${review.lastReviewed}, a date in the future.`, 'Write the date the page was actually reviewed (YYYY-MM-DD); check the year.'),
      );
    } else if (stateOf(review, context.today) === 'overdue') {
      problems.push(
        problemAt(
          entry,
          field,
          'review/overdue',
          `Review overdue since ${formatDate(review.nextReview)} (last reviewed ${formatDate(review.lastReviewed)}, every ${review.everyMonths} month(s)); owner: ${review.owner}.`,
          `Ask the ${review.owner} to review the page, then set lastReviewed to the review date.`,
          'warning',
        ),
      );
    }
  }
  return problems;
}
