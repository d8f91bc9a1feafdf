/** The parts of the maturity model the scoring needs; also what the assessment page ships to the browser. */
export interface ScoringModel {
  perspectives: ScoringPerspective[];
}

export interface ScoringPerspective {
  id: string;
  title: string;
  levels: { level: number; name: string; statements: { id: string; text: string }[] }[];
}

export type Answer = 'yes' | 'no';

/** Answers by answerKey(perspective, statement); a statement not in the map is unanswered. */
export type Answers = ReadonlyMap<string, Answer>;

/** Statement ids are unique within a perspective, so the pair names one statement. */
export const answerKey = (perspectiveId: string, statementId: string) => `${perspectiveId}/${statementId}`;

/** What the reader still has to make true to reach the next level. */
export interface LevelGap {
  level: number;
  name: string;
  /** Statements of that level not answered yes (answered no, or not yet answered). */
  statements: { id: string; text: string; answer?: Answer }[];
}

export interface PerspectiveScore {
  id: string;
  title: string;
  /** Highest level whose statements, and those of every level below, are all answered yes; 0 when level 1 is not. */
  level: number;
  /** Name of that level, or undefined at 0. */
  levelName?: string;
  answered: number;
  total: number;
  /** Undefined at the top level. */
  gap?: LevelGap;
}

const sortedLevels = (perspective: ScoringPerspective) => [...perspective.levels].sort((a, b) => a.level - b.level);

/** Level reached in one perspective: a level counts only when every level below it counts too. */
export function perspectiveLevel(perspective: ScoringPerspective, answers: Answers): number {
  let reached = 0;
  for (const level of sortedLevels(perspective)) {
    if (!level.statements.every((statement) => answers.get(answerKey(perspective.id, statement.id)) === 'yes')) break;
    reached = level.level;
  }
  return reached;
}

/** Scores every perspective of the model from the answers given so far. */
export function scoreAssessment(model: ScoringModel, answers: Answers): PerspectiveScore[] {
  return model.perspectives.map((perspective) => {
    const levels = sortedLevels(perspective);
    const level = perspectiveLevel(perspective, answers);
    const keys = levels.flatMap((entry) => entry.statements.map((statement) => answerKey(perspective.id, statement.id)));
    const next = levels.find((entry) => entry.level === level + 1);
    return {
      id: perspective.id,
      title: perspective.title,
      level,
      levelName: levels.find((entry) => entry.level === level)?.name,
      answered: keys.filter((key) => answers.has(key)).length,
      total: keys.length,
      gap: next && {
        level: next.level,
        name: next.name,
        statements: next.statements
          .map((statement) => ({ ...statement, answer: answers.get(answerKey(perspective.id, statement.id)) }))
          .filter((statement) => statement.answer !== 'yes'),
      },
    };
  });
}

/** "Level 2, Repeatable" or "Below level 1". */
export function levelLabel(level: number, name: string | undefined): string {
  return level === 0 || name === undefined ? 'Below level 1' : `Level ${level}, ${name}`;
}

/** One sentence for the live region, read out after each answer. */
export function describeScore(score: PerspectiveScore): string {
  return `${score.title}: ${levelLabel(score.level, score.levelName)}. ${score.answered} of ${score.total} statements answered.`;
}

/** Answers as kept in the browser; anything else found under the key is ignored. */
export interface StoredAnswers {
  version: 1;
  answers: Record<string, Answer>;
}

/** Reads stored answers, keeping only well-formed ones for statements the model still has. */
export function parseStoredAnswers(text: string | null, model: ScoringModel): Map<string, Answer> {
  const known = new Set(model.perspectives.flatMap((perspective) => perspective.levels.flatMap((level) => level.statements.map((statement) => answerKey(perspective.id, statement.id)))));
  const answers = new Map<string, Answer>();
  if (text === null) return answers;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return answers;
  }
  const stored = (parsed as Partial<StoredAnswers> | null)?.answers;
  if ((parsed as Partial<StoredAnswers> | null)?.version !== 1 || typeof stored !== 'object' || stored === null) return answers;
  for (const [key, value] of Object.entries(stored)) {
    if (known.has(key) && (value === 'yes' || value === 'no')) answers.set(key, value);
  }
  return answers;
}

export function storedAnswers(answers: Answers): StoredAnswers {
  return { version: 1, answers: Object.fromEntries(answers) };
}
