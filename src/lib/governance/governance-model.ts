import {
  defaultMaxAccountablePerRole,
  type Escalation,
  type EscalationExample,
  type EscalationLevel,
  type Forum,
  type GovernanceSettings,
  type RaciMatrix,
} from '../../schemas/index.ts';
import type { Entry } from '../playbook/playbook-model.ts';
import { calendarRows, type CalendarRow } from './cadence.ts';
import { levelsByForum, whoDecides, type Decision } from './escalation.ts';
import { forumsByRole, orderForums, type ForumSeats } from './forum-roles.ts';
import { orderMatrices, raciTable, type RaciTable } from './raci-matrix.ts';
import { assignmentsByRole, roleLoads, type RoleAssignment, type RoleLoad } from './role-assignments.ts';

/** The matrices and forums a stage page lists. */
export interface StageGovernance {
  matrices: Entry<RaciMatrix>[];
  forums: Entry<Forum>[];
}

export interface WorkedExample {
  example: EscalationExample;
  decision?: Decision;
}

export interface GovernanceModel {
  matrices: Entry<RaciMatrix>[];
  matrixById: Map<string, Entry<RaciMatrix>>;
  tables: Map<string, RaciTable>;
  /** Forums from the top of the escalation structure down. */
  forums: Entry<Forum>[];
  forumById: Map<string, Entry<Forum>>;
  escalation?: Escalation;
  /** The escalation level each forum decides at, for those that hold one. */
  levelByForum: Map<string, EscalationLevel>;
  /** Each role's activities, A first. */
  assignments: Map<string, RoleAssignment[]>;
  loads: Map<string, RoleLoad>;
  seats: Map<string, ForumSeats>;
  byStage: Map<string, StageGovernance>;
  calendar: CalendarRow[];
  /** The "who decides?" examples with the answer worked out from the levels. */
  examples: WorkedExample[];
  maxAccountablePerRole: number;
}

const noStageGovernance = (): StageGovernance => ({ matrices: [], forums: [] });

/** Builds every governance index the pages need, once per build. */
export function buildGovernanceModel(input: {
  raci: Entry<RaciMatrix>[];
  forums: Entry<Forum>[];
  escalation: Entry<Escalation>[];
  governanceSettings: Entry<GovernanceSettings>[];
}): GovernanceModel {
  const matrices = orderMatrices(input.raci);
  const forums = orderForums(input.forums);
  const escalation = input.escalation[0]?.data;
  const assignments = assignmentsByRole(matrices);

  const byStage = new Map<string, StageGovernance>();
  const forStage = (stageId: string) => {
    const existing = byStage.get(stageId);
    if (existing) return existing;
    const created = noStageGovernance();
    byStage.set(stageId, created);
    return created;
  };
  for (const matrix of matrices) for (const stageId of new Set(matrix.data.stages)) forStage(stageId).matrices.push(matrix);
  for (const forum of forums) for (const stageId of new Set(forum.data.stages)) forStage(stageId).forums.push(forum);

  return {
    matrices,
    matrixById: new Map(matrices.map((matrix) => [matrix.id, matrix])),
    tables: new Map(matrices.map((matrix) => [matrix.id, raciTable(matrix)])),
    forums,
    forumById: new Map(forums.map((forum) => [forum.id, forum])),
    escalation,
    levelByForum: levelsByForum(escalation?.levels ?? []),
    assignments,
    loads: roleLoads(assignments),
    seats: forumsByRole(forums),
    byStage,
    calendar: calendarRows(forums),
    examples: (escalation?.examples ?? []).map((example) => ({ example, decision: whoDecides(escalation!.levels, example) })),
    maxAccountablePerRole: input.governanceSettings[0]?.data.raci.maxAccountablePerRole ?? defaultMaxAccountablePerRole,
  };
}
