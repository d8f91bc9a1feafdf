import type { CollectionName } from '../../schemas/collections.ts';
import type { Benefit, DocumentTemplate, MaturityModel, Objective, Playbook, Role, Scope, Stage } from '../../schemas/index.ts';
import { addDays } from '../dates/calendar-date.ts';
import { DUE_SOON_DAYS, nextReviewDate, reviewState, type ReviewState } from './review-dates.ts';
import { routes } from '../pages/routes.ts';

/** An entry with the file it came from (root-relative, forward slashes). */
export interface SourcedPage<T> {
  id: string;
  data: T;
  file: string;
}

/** The review facts of one page, whatever kind of content it comes from. */
export interface PageReview {
  collection: CollectionName;
  id: string;
  /** What the page is called in lists, for example "Define objectives". */
  title: string;
  /** What kind of page it is, for example "Stage of Setting up and running the PMO". */
  kind: string;
  /** Site path without the deploy base. */
  path: string;
  file: string;
  /** Where the review fields sit in the file: [] for stage frontmatter, ['review'] in YAML. */
  fieldPath: string[];
  owner: string;
  lastReviewed: string;
  everyMonths: number;
  nextReview: string;
}

export interface ReviewedContent {
  stages: SourcedPage<Stage>[];
  playbooks: SourcedPage<Playbook>[];
  roles: SourcedPage<Role>[];
  objectives: SourcedPage<Objective>[];
  scope: SourcedPage<Scope>[];
  /** Document templates, reviewed on the templates page; optional so older callers need not list them. */
  templates?: SourcedPage<DocumentTemplate>[];
  /** Benefits, each reviewed on its own page; optional content. */
  benefits?: SourcedPage<Benefit>[];
  /** The maturity model, reviewed on the assessment page; optional content. */
  maturityModel?: SourcedPage<MaturityModel>[];
}

type Describe<T> = (page: SourcedPage<T>, content: ReviewedContent) => PageReview;

function fromReviewBlock(collection: CollectionName, page: SourcedPage<{ review: { owner: string; lastReviewed: string; reviewEveryMonths: number } }>) {
  const { owner, lastReviewed, reviewEveryMonths } = page.data.review;
  return {
    collection,
    id: page.id,
    file: page.file,
    fieldPath: ['review'],
    owner,
    lastReviewed,
    everyMonths: reviewEveryMonths,
    nextReview: nextReviewDate(lastReviewed, reviewEveryMonths),
  };
}

/**
 * Every kind of page that carries review facts, and how to read them. A new kind of page
 * is one more entry here (and its `review: reviewSchema` field in its schema).
 */
const describers: { [K in keyof ReviewedContent]-?: Describe<NonNullable<ReviewedContent[K]>[number]['data']> } = {
  stages: (page, content) => {
    const [playbookId, slug] = page.id.split('/');
    const playbook = content.playbooks.find((candidate) => candidate.id === playbookId);
    return {
      collection: 'stages',
      id: page.id,
      title: page.data.title,
      kind: `Stage ${page.data.stage} of ${playbook?.data.title ?? playbookId}`,
      path: routes.stage(playbookId, slug),
      file: page.file,
      fieldPath: [],
      owner: page.data.owner,
      lastReviewed: page.data.lastReviewed,
      everyMonths: page.data.reviewEveryMonths,
      nextReview: nextReviewDate(page.data.lastReviewed, page.data.reviewEveryMonths),
    };
  },
  playbooks: (page) => ({ ...fromReviewBlock('playbooks', page), title: page.data.title, kind: 'Playbook', path: routes.playbook(page.id) }),
  roles: (page) => ({ ...fromReviewBlock('roles', page), title: page.data.title, kind: 'Role', path: routes.role(page.id) }),
  objectives: (page) => ({ ...fromReviewBlock('objectives', page), title: page.data.title, kind: 'Objective', path: routes.objective(page.id) }),
  scope: (page) => ({ ...fromReviewBlock('scope', page), title: page.data.title, kind: 'Scope', path: routes.scope() }),
  templates: (page) => ({ ...fromReviewBlock('templates', page), title: `${page.data.title} template`, kind: 'Document template', path: routes.template(page.id) }),
  benefits: (page) => ({ ...fromReviewBlock('benefits', page), title: page.data.title, kind: 'Benefit', path: routes.benefit(page.id) }),
  maturityModel: (page) => ({ ...fromReviewBlock('maturityModel', page), title: page.data.title, kind: 'Maturity model', path: routes.maturity() }),
};

/** The review facts of every reviewed page, in a stable order (by file). */
export function pageReviews(content: ReviewedContent): PageReview[] {
  const reviews: PageReview[] = [];
  for (const name of Object.keys(describers) as (keyof ReviewedContent)[]) {
    const describe = describers[name] as Describe<unknown>;
    for (const page of (content[name] ?? []) as SourcedPage<unknown>[]) reviews.push(describe(page, content));
  }
  return reviews.sort((a, b) => a.file.localeCompare(b.file));
}

/** Id of an owner's section on the review report page. */
export const reviewOwnerAnchor = (roleId: string) => `owner-${roleId}`;

export interface OwnerReviews {
  owner: string;
  overdue: PageReview[];
  dueSoon: PageReview[];
}

export interface ReviewReport {
  today: string;
  /** Last day that counts as "due soon". */
  horizon: string;
  byOwner: OwnerReviews[];
  overdueCount: number;
  dueSoonCount: number;
  /** Pages neither overdue nor due soon. */
  currentCount: number;
}

export function stateOf(review: PageReview, today: string): ReviewState {
  return reviewState(review.nextReview, today);
}

/** What is overdue or due in the next DUE_SOON_DAYS days, grouped by owner, soonest first. */
export function reviewReport(reviews: PageReview[], today: string): ReviewReport {
  const byOwner = new Map<string, OwnerReviews>();
  let currentCount = 0;
  const soonestFirst = [...reviews].sort((a, b) => a.nextReview.localeCompare(b.nextReview) || a.title.localeCompare(b.title));
  for (const review of soonestFirst) {
    const state = stateOf(review, today);
    if (state === 'current') {
      currentCount++;
      continue;
    }
    const group = byOwner.get(review.owner) ?? { owner: review.owner, overdue: [], dueSoon: [] };
    (state === 'overdue' ? group.overdue : group.dueSoon).push(review);
    byOwner.set(review.owner, group);
  }
  const groups = [...byOwner.values()].sort((a, b) => b.overdue.length - a.overdue.length || a.owner.localeCompare(b.owner));
  return {
    today,
    horizon: addDays(today, DUE_SOON_DAYS),
    byOwner: groups,
    overdueCount: groups.reduce((sum, group) => sum + group.overdue.length, 0),
    dueSoonCount: groups.reduce((sum, group) => sum + group.dueSoon.length, 0),
    currentCount,
  };
}
