import type { Improvement, ImprovementPriority, ImprovementStatus, Lesson, LessonSourceKind } from '../../schemas/index.ts';
import type { Entry } from '../playbook/playbook-model.ts';

export const lessonSourceLabel: Record<LessonSourceKind, string> = {
  project: 'Project',
  review: 'Review',
  'health-check': 'Health check',
  retrospective: 'Retrospective',
};

export const improvementStatusLabel: Record<ImprovementStatus, string> = {
  proposed: 'Proposed',
  planned: 'Planned',
  'in-progress': 'In progress',
  done: 'Done',
  rejected: 'Rejected',
};

export const improvementPriorityLabel: Record<ImprovementPriority, string> = { high: 'High', medium: 'Medium', low: 'Low' };

export type LessonFacet = 'stage' | 'tag' | 'source';

/** One way to narrow the lessons page: its own page, so filtering needs no JavaScript. */
export interface LessonFilter {
  facet: LessonFacet;
  value: string;
  label: string;
  count: number;
}

/** Newest first; the order of the lessons page and of every stage's list. */
export function orderLessons(lessons: readonly Entry<Lesson>[]): Entry<Lesson>[] {
  return [...lessons].sort((a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id));
}

export function lessonMatches(lesson: Lesson, facet: LessonFacet, value: string): boolean {
  if (facet === 'stage') return lesson.stages.includes(value);
  if (facet === 'tag') return lesson.tags.includes(value);
  return lesson.source.kind === value;
}

/** Every filter that selects at least one lesson, stages in playbook order, tags and sources alphabetically. */
export function lessonFilters(lessons: readonly Entry<Lesson>[], stages: readonly { id: string; title: string }[]): LessonFilter[] {
  const count = (facet: LessonFacet, value: string) => lessons.filter((lesson) => lessonMatches(lesson.data, facet, value)).length;
  const tags = [...new Set(lessons.flatMap((lesson) => lesson.data.tags))].sort();
  const kinds = (Object.keys(lessonSourceLabel) as LessonSourceKind[]).filter((kind) => count('source', kind) > 0);
  return [
    ...stages.map((stage) => ({ facet: 'stage' as const, value: stage.id, label: stage.title, count: count('stage', stage.id) })).filter((filter) => filter.count > 0),
    ...tags.map((tag) => ({ facet: 'tag' as const, value: tag, label: tag.replaceAll('-', ' '), count: count('tag', tag) })),
    ...kinds.map((kind) => ({ facet: 'source' as const, value: kind, label: lessonSourceLabel[kind], count: count('source', kind) })),
  ];
}

/** Lessons that concern a stage, for its "lessons from past work". */
export function lessonsByStage(lessons: readonly Entry<Lesson>[]): Map<string, Entry<Lesson>[]> {
  const byStage = new Map<string, Entry<Lesson>[]>();
  for (const lesson of orderLessons(lessons)) for (const stageId of lesson.data.stages) byStage.set(stageId, [...(byStage.get(stageId) ?? []), lesson]);
  return byStage;
}

const statusOrder: ImprovementStatus[] = ['in-progress', 'planned', 'proposed', 'done', 'rejected'];
const priorityOrder: ImprovementPriority[] = ['high', 'medium', 'low'];

/** Open work first (in progress, planned, proposed), then by priority and target date. */
export function orderBacklog(items: readonly Entry<Improvement>[]): Entry<Improvement>[] {
  return [...items].sort(
    (a, b) =>
      statusOrder.indexOf(a.data.status) - statusOrder.indexOf(b.data.status) ||
      priorityOrder.indexOf(a.data.priority) - priorityOrder.indexOf(b.data.priority) ||
      a.data.targetDate.localeCompare(b.data.targetDate) ||
      a.id.localeCompare(b.id),
  );
}

/** Backlog items by the lesson that led to them: the link back from a lesson. */
export function improvementsByLesson(items: readonly Entry<Improvement>[]): Map<string, Entry<Improvement>[]> {
  const byLesson = new Map<string, Entry<Improvement>[]>();
  for (const item of orderBacklog(items)) for (const lessonId of item.data.lessons) byLesson.set(lessonId, [...(byLesson.get(lessonId) ?? []), item]);
  return byLesson;
}

/** Backlog items by the maturity perspective whose gap they close: the link back from the assessment. */
export function improvementsByPerspective(items: readonly Entry<Improvement>[]): Map<string, Entry<Improvement>[]> {
  const byPerspective = new Map<string, Entry<Improvement>[]>();
  for (const item of orderBacklog(items)) {
    for (const perspectiveId of new Set(item.data.gaps.map((gap) => gap.perspective))) byPerspective.set(perspectiveId, [...(byPerspective.get(perspectiveId) ?? []), item]);
  }
  return byPerspective;
}
