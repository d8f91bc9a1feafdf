import type { ContentSet } from '../validation/content-set.ts';
import type { Problem } from '../validation/problem.ts';
import type { RuleContext } from '../validation/rule.ts';
import { problemAt } from '../validation/problem-at.ts';
import { closestMatch } from '../validation/suggest.ts';

/** Each perspective lists its levels as 1, 2, 3, 4, 5, so "the levels below" always means the entries before. */
export function maturityLevelsAreInOrder(content: ContentSet): Problem[] {
  return content.maturityModel.flatMap((model) =>
    model.data.perspectives.flatMap((perspective, p) =>
      perspective.levels.flatMap((level, l) =>
        level.level === l + 1
          ? []
          : [
              problemAt(
                model,
                ['perspectives', p, 'levels', l, 'level'],
                'maturity/level-order',
                `Perspective "${perspective.id}" lists level ${level.level} in position ${l + 1}.`,
                `List the five levels in order, numbered 1 to 5; this one should be level ${l + 1}.`,
              ),
            ],
      ),
    ),
  );
}

/** Perspective ids are unique in the model, and statement ids within their perspective: saved answers are kept against them. */
export function maturityIdsAreUnique(content: ContentSet): Problem[] {
  return content.maturityModel.flatMap((model) => {
    const problems: Problem[] = [];
    const perspectives = new Set<string>();
    model.data.perspectives.forEach((perspective, p) => {
      if (perspectives.has(perspective.id)) {
        problems.push(problemAt(model, ['perspectives', p, 'id'], 'maturity/duplicate-id', `Perspective id "${perspective.id}" is used twice.`, 'Give each perspective its own id.'));
      }
      perspectives.add(perspective.id);
      const statements = new Set<string>();
      perspective.levels.forEach((level, l) =>
        level.statements.forEach((statement, s) => {
          if (statements.has(statement.id)) {
            problems.push(
              problemAt(
                model,
                ['perspectives', p, 'levels', l, 'statements', s, 'id'],
                'maturity/duplicate-id',
                `Statement id "${statement.id}" is used twice in perspective "${perspective.id}".`,
                'Give each statement of a perspective its own id; answers saved in browsers are kept against it.',
              ),
            );
          }
          statements.add(statement.id);
        }),
      );
    });
    return problems;
  });
}

/** A past assessment gives one level for every perspective of the model, and only for those. */
export function assessmentsCoverModel(content: ContentSet): Problem[] {
  const [model] = content.maturityModel;
  if (!model) {
    // A model file with errors is reported on its own; the assessments wait for it.
    if (content.declared.maturityModel.size > 0) return [];
    return content.maturityAssessments.map((assessment) =>
      problemAt(assessment, ['levels'], 'maturity/no-model', 'There is an assessment but no maturity model to assess against.', 'Add content/maturity/model.yaml with the perspectives and levels, or remove this assessment.'),
    );
  }
  const known = model.data.perspectives.map((perspective) => perspective.id);
  return content.maturityAssessments.flatMap((assessment) => {
    const problems: Problem[] = [];
    const seen = new Set<string>();
    assessment.data.levels.forEach((entry, i) => {
      if (!known.includes(entry.perspective)) {
        const suggestion = closestMatch(entry.perspective, known);
        problems.push(
          problemAt(
            assessment,
            ['levels', i, 'perspective'],
            'maturity/unknown-perspective',
            `Unknown perspective "${entry.perspective}".`,
            suggestion ? `Did you mean "${suggestion}"?` : `Use a perspective id from content/maturity/model.yaml: ${known.join(', ')}.`,
          ),
        );
      } else if (seen.has(entry.perspective)) {
        problems.push(problemAt(assessment, ['levels', i, 'perspective'], 'maturity/duplicate-level', `Perspective "${entry.perspective}" is scored twice.`, 'Keep one entry per perspective.'));
      }
      seen.add(entry.perspective);
    });
    const missing = known.filter((id) => !seen.has(id));
    if (missing.length > 0) {
      problems.push(
        problemAt(
          assessment,
          ['levels'],
          'maturity/missing-level',
          `No level given for ${missing.map((id) => `"${id}"`).join(', ')}.`,
          'Add an entry with the perspective id and the level reached (0 if not even level 1) for each, so the trend compares like with like.',
        ),
      );
    }
    return problems;
  });
}

/** Assessments are dated records; two on one day would draw one point twice on the trend chart. */
export function assessmentDatesAreUnique(content: ContentSet): Problem[] {
  const byDate = new Map<string, string>();
  return content.maturityAssessments.flatMap((assessment) => {
    const earlier = byDate.get(assessment.data.date);
    byDate.set(assessment.data.date, assessment.id);
    return earlier === undefined
      ? []
      : [problemAt(assessment, ['date'], 'maturity/duplicate-date', `Assessment "${earlier}" has the same date (${assessment.data.date}).`, 'Merge the two into one assessment, or correct the date.')];
  });
}

/**
 * A past assessment records what was found, so it cannot be dated after today: a future date is
 * a typo or a plan written as if it had happened, and the trend chart would show it as a result.
 */
export function assessmentsAreInThePast(content: ContentSet, context: RuleContext): Problem[] {
  return content.maturityAssessments.flatMap((assessment) =>
    assessment.data.date <= context.today
      ? []
      : [
          problemAt(
            assessment,
            ['date'],
            'maturity/future-assessment',
            `Assessment "${assessment.id}" is dated ${assessment.data.date}, after today (${context.today}).`,
            'Record an assessment once it has been held, with the date it was held; plan the next one in the improvement backlog instead.',
          ),
        ],
  );
}
