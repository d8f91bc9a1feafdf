import type { ContentSet, SourcedEntry } from '../validation/content-set.ts';
import type { FieldPath, Problem } from '../validation/problem.ts';
import { problemAt } from '../validation/problem-at.ts';
import { recordedAfterToday } from '../validation/recorded-dates.ts';
import type { RuleContext } from '../validation/rule.ts';
import { closestMatch } from '../validation/suggest.ts';

function unknownId(entry: SourcedEntry<unknown>, path: FieldPath, rule: string, what: string, id: string, known: Set<string>, where: string): Problem {
  const suggestion = closestMatch(id, known);
  return problemAt(
    entry,
    path,
    rule,
    `Unknown ${what} "${id}".`,
    suggestion ? `Did you mean "${suggestion}"?` : `Use the id of a ${what} in ${where}${known.size > 0 ? ` (${[...known].sort().join(', ')})` : ''}.`,
  );
}

/** Every stage a lesson or the maturity model names exists, so its page can show them. */
export function improvementStagesExist(content: ContentSet): Problem[] {
  const stages = content.declared.stages;
  const where = 'playbooks/, written "<playbook>/<stage file name>"';
  return [
    ...content.lessons.flatMap((lesson) =>
      lesson.data.stages.flatMap((stageId, i) => (stages.has(stageId) ? [] : [unknownId(lesson, ['stages', i], 'lesson/unknown-stage', 'stage', stageId, stages, where)])),
    ),
    ...content.maturityModel.flatMap((model) =>
      model.data.stage === undefined || stages.has(model.data.stage) ? [] : [unknownId(model, ['stage'], 'maturity/unknown-stage', 'stage', model.data.stage, stages, where)],
    ),
  ];
}

/** A backlog item's lessons and maturity gaps exist, so the two link both ways. */
export function improvementSourcesResolve(content: ContentSet): Problem[] {
  const lessons = content.declared.lessons;
  const [model] = content.maturityModel;
  const perspectives = new Set(model?.data.perspectives.map((perspective) => perspective.id) ?? []);
  return content.improvements.flatMap((item) => [
    ...item.data.lessons.flatMap((lessonId, i) => (lessons.has(lessonId) ? [] : [unknownId(item, ['lessons', i], 'improvement/unknown-lesson', 'lesson', lessonId, lessons, 'content/lessons/')])),
    // Without a valid model the gaps cannot be checked; the model's own problems say why.
    ...(model === undefined && content.declared.maturityModel.size > 0
      ? []
      : item.data.gaps.flatMap((gap, i) =>
          perspectives.has(gap.perspective) ? [] : [unknownId(item, ['gaps', i, 'perspective'], 'improvement/unknown-perspective', 'perspective', gap.perspective, perspectives, 'content/maturity/model.yaml')],
        )),
  ]);
}

/** A backlog item is due after it was raised, and lessons are recorded on or before today. */
export function improvementDatesAreOrdered(content: ContentSet, context: RuleContext): Problem[] {
  return [
    ...content.improvements.flatMap((item) =>
      item.data.targetDate < item.data.raised
        ? [problemAt(item, ['targetDate'], 'improvement/date-order', `targetDate (${item.data.targetDate}) is before raised (${item.data.raised}).`, 'Set targetDate to when the change should be live, on or after the date it was raised.')]
        : [],
    ),
    ...recordedAfterToday(content.lessons, context.today, {
      field: 'date',
      dateOf: (lesson) => lesson.date,
      rule: 'lesson/future-date',
      describe: (_, date) => `The lesson is dated ${date}`,
      hint: 'Write the date the lesson was recorded; check the year.',
    }),
  ];
}
