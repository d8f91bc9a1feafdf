import type { ChecklistItem, Objective, Playbook, Role, Stage } from '../../schemas/index.ts';

/** An entry as the site holds it: its id and its validated data. */
export interface Entry<T> {
  id: string;
  data: T;
}

export interface StageSummary {
  /** Collection id, "<playbook>/<slug>". */
  id: string;
  playbookId: string;
  slug: string;
  data: Stage;
}

export interface PlaybookSummary {
  id: string;
  data: Playbook;
  stages: StageSummary[];
}

export interface OwnedChecklistItem {
  stage: StageSummary;
  item: ChecklistItem;
}

/** What one role owns and takes part in, across the whole site. */
export interface RoleInvolvement {
  role: Entry<Role>;
  reportsTo?: Entry<Role>;
  directReports: Entry<Role>[];
  playbooksOwned: PlaybookSummary[];
  stagesOwned: StageSummary[];
  stagesTakingPart: StageSummary[];
  checklistItems: OwnedChecklistItem[];
  objectivesOwned: Entry<Objective>[];
}

export interface PlaybookModel {
  playbooks: PlaybookSummary[];
  roles: Entry<Role>[];
  roleById: Map<string, Entry<Role>>;
  stageById: Map<string, StageSummary>;
  involvement: Map<string, RoleInvolvement>;
}

/** Playbooks in navigation order, each with its stages in stage order. */
export function orderPlaybooks(playbooks: Entry<Playbook>[], stages: Entry<Stage>[]): PlaybookSummary[] {
  return [...playbooks]
    .sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title))
    .map((playbook) => ({
      id: playbook.id,
      data: playbook.data,
      stages: stages
        .filter((stage) => stage.id.startsWith(`${playbook.id}/`))
        .map((stage) => ({ id: stage.id, playbookId: playbook.id, slug: stage.id.slice(playbook.id.length + 1), data: stage.data }))
        .sort((a, b) => a.data.stage - b.data.stage),
    }));
}

/** The stages before and after a stage within its playbook. */
export function neighbours(playbook: PlaybookSummary, stageId: string): { previous?: StageSummary; next?: StageSummary } {
  const index = playbook.stages.findIndex((stage) => stage.id === stageId);
  if (index < 0) return {};
  return { previous: playbook.stages[index - 1], next: playbook.stages[index + 1] };
}

/** Builds every index the pages need, once per build. */
export function buildPlaybookModel(input: {
  playbooks: Entry<Playbook>[];
  stages: Entry<Stage>[];
  roles: Entry<Role>[];
  objectives: Entry<Objective>[];
}): PlaybookModel {
  const playbooks = orderPlaybooks(input.playbooks, input.stages);
  const roles = [...input.roles].sort((a, b) => a.data.title.localeCompare(b.data.title));
  const roleById = new Map(roles.map((role) => [role.id, role]));
  const allStages = playbooks.flatMap((playbook) => playbook.stages);
  const involvement = new Map<string, RoleInvolvement>(
    roles.map((role) => [
      role.id,
      {
        role,
        reportsTo: role.data.reportsTo ? roleById.get(role.data.reportsTo) : undefined,
        directReports: roles.filter((other) => other.data.reportsTo === role.id),
        playbooksOwned: playbooks.filter((playbook) => playbook.data.owner === role.id),
        stagesOwned: allStages.filter((stage) => stage.data.owner === role.id),
        stagesTakingPart: allStages.filter((stage) => stage.data.owner !== role.id && stage.data.roles.includes(role.id)),
        checklistItems: allStages.flatMap((stage) =>
          stage.data.checklist.filter((item) => item.owner !== undefined && item.owner === role.id).map((item) => ({ stage, item })),
        ),
        objectivesOwned: input.objectives
          .filter((objective) => objective.data.owner === role.id)
          .sort((a, b) => a.data.priority - b.data.priority),
      },
    ]),
  );
  return {
    playbooks,
    roles,
    roleById,
    stageById: new Map(allStages.map((stage) => [stage.id, stage])),
    involvement,
  };
}
