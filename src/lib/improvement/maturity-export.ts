import { escapeMarkdown } from '../checklist/export.ts';
import { csvText } from '../downloads/csv.ts';
import { answerKey, levelLabel, scoreAssessment, type Answers, type ScoringModel } from './maturity-score.ts';

export interface AssessmentExportContext {
  /** Title of the model, for the Markdown heading. */
  title: string;
  /** Where the assessment was taken, so the export links back to it. */
  pageUrl: string;
  /** YYYY-MM-DD */
  date: string;
}

export const assessmentCsvColumns = ['Perspective', 'Level', 'Level name', 'Statement id', 'Statement', 'Answer', 'Level reached'] as const;

/** One row per statement with the reader's answer, and the level reached in its perspective. */
export function assessmentCsv(model: ScoringModel, answers: Answers): string {
  const scores = new Map(scoreAssessment(model, answers).map((score) => [score.id, score]));
  const rows = model.perspectives.flatMap((perspective) =>
    perspective.levels.flatMap((level) =>
      level.statements.map((statement) => [
        perspective.title,
        String(level.level),
        level.name,
        statement.id,
        statement.text,
        answers.get(answerKey(perspective.id, statement.id)) ?? '',
        String(scores.get(perspective.id)!.level),
      ]),
    ),
  );
  return csvText([assessmentCsvColumns, ...rows]);
}

/** The result as Markdown for a report or an issue: the level per perspective, then the gaps to the next level. */
export function assessmentMarkdown(model: ScoringModel, answers: Answers, { title, pageUrl, date }: AssessmentExportContext): string {
  const scores = scoreAssessment(model, answers);
  const lines = [
    `### ${escapeMarkdown(title)}: self-assessment`,
    '',
    `Taken on ${date} at ${pageUrl}. A level counts when all its statements, and all those of the levels below, are answered yes.`,
    '',
    '| Perspective | Level reached | Statements answered |',
    '| --- | --- | --- |',
    ...scores.map((score) => `| ${escapeMarkdown(score.title)} | ${escapeMarkdown(levelLabel(score.level, score.levelName))} | ${score.answered} of ${score.total} |`),
    '',
    '#### Gaps to the next level',
  ];
  for (const score of scores) {
    lines.push('');
    if (!score.gap) {
      lines.push(`**${escapeMarkdown(score.title)}:** at the top level.`);
      continue;
    }
    lines.push(`**${escapeMarkdown(score.title)}**, to reach level ${score.gap.level} (${escapeMarkdown(score.gap.name)}):`, '');
    for (const statement of score.gap.statements) {
      lines.push(`- [ ] ${escapeMarkdown(statement.text)}${statement.answer === undefined ? ' (not answered)' : ''}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
