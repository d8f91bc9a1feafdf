import type { MaturityAssessment, MaturityModel } from '../../schemas/index.ts';
import type { Entry } from '../playbook/playbook-model.ts';
import type { ScoringModel } from './maturity-score.ts';

/** What the assessment page ships to the browser: only what scoring and exports read. */
export function scoringModel(model: MaturityModel): ScoringModel {
  return {
    perspectives: model.perspectives.map((perspective) => ({
      id: perspective.id,
      title: perspective.title,
      levels: perspective.levels.map((level) => ({ level: level.level, name: level.name, statements: level.statements.map(({ id, text }) => ({ id, text })) })),
    })),
  };
}

/** Past assessments, oldest first, with the level of each perspective in each, for the trend table and chart. */
export interface MaturityTrend {
  assessments: Entry<MaturityAssessment>[];
  rows: { perspectiveId: string; title: string; levels: (number | undefined)[] }[];
}

export function maturityTrend(model: MaturityModel, assessments: readonly Entry<MaturityAssessment>[]): MaturityTrend {
  const ordered = [...assessments].sort((a, b) => a.data.date.localeCompare(b.data.date) || a.id.localeCompare(b.id));
  return {
    assessments: ordered,
    rows: model.perspectives.map((perspective) => ({
      perspectiveId: perspective.id,
      title: perspective.title,
      levels: ordered.map((assessment) => assessment.data.levels.find((entry) => entry.perspective === perspective.id)?.level),
    })),
  };
}
