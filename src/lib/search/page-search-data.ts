import type { GovernanceModel } from '../governance/governance-model.ts';
import { forumRoleIds } from '../governance/forum-roles.ts';
import type { Entry, PlaybookModel, PlaybookSummary, RoleInvolvement, StageSummary } from '../playbook-model.ts';
import { routes } from '../routes.ts';
import type { CommsEntry, Metric, Objective, Plan, RaciMatrix, Scope } from '../../schemas/index.ts';
import type { ImprovementContent } from '../improvement/improvement-pages.ts';
import { improvementSearchPageTypes, type ImprovementSearchSources } from '../improvement/improvement-search.ts';

/** Everything the search mapping may read: the playbook model plus the reference collections. */
export interface SearchSources extends PlaybookModel {
  objectives: Entry<Objective>[];
  scopes: Entry<Scope>[];
  governance: GovernanceModel;
  /** Plan, KPI and comms entries, and stakeholders as ids and owners only, so no assessment can reach search. */
  planning: { plans: Entry<Plan>[]; metrics: Entry<Metric>[]; stakeholders: StakeholderOwner[]; comms: Entry<CommsEntry>[] };
  /** Stage 8's content, when the site has it. */
  improvement?: ImprovementContent;
}

/** What search may know of a stakeholder. */
export interface StakeholderOwner {
  id: string;
  owner: string;
}

/** What search records about one page: the filters, metadata and sort key of its index entry. */
export interface PageSearchData {
  /** Site path without the deploy base, e.g. "/roles/pmo-analyst/". */
  path: string;
  /** Title shown in results and in the plain index. */
  title: string;
  /** Content type as readers see it ("Stage", "Role"); the value of the type filter. */
  type: string;
  /** Playbook filter values: titles of the playbooks the page belongs to or concerns. */
  playbooks: string[];
  /** Stage filter values (see `stageFilterValue`): the stages the page concerns. */
  stages: string[];
  /** Role filter values: titles of the roles the page concerns. */
  roles: string[];
  /** Set when the page is about one stage: its number (sort key) and where it sits, for results. */
  stage?: { number: number; label: string };
}

/** One kind of page: how to find every page of that kind and what search records about each. */
export interface SearchPageType<Source> {
  /** The type filter value and the tag on each result, e.g. "Stage". */
  label: string;
  /** Heading of this kind's group in the plain index of every page on /search/. */
  groupHeading: string;
  /** Every page of this kind in the site, as the source data its page is rendered from. */
  pages: (site: SearchSources) => Source[];
  describe: (source: Source, site: SearchSources) => Omit<PageSearchData, 'type'>;
}

/** Each kind of searchable page and the source data one page of that kind is rendered from. */
interface SearchSourceByType extends ImprovementSearchSources {
  playbook: PlaybookSummary;
  stage: { playbook: PlaybookSummary; stage: StageSummary };
  role: RoleInvolvement;
  objectives: Entry<Objective>[];
  scope: Entry<Scope>[];
  governance: GovernanceModel;
  raciMatrix: Entry<RaciMatrix>;
  plan: Entry<Plan>;
  metrics: Entry<Metric>[];
  stakeholders: StakeholderOwner[];
  comms: Entry<CommsEntry>[];
}

export type SearchPageTypeId = keyof SearchSourceByType;
export type SearchSourceOf<K extends SearchPageTypeId> = SearchSourceByType[K];

/**
 * The table of searchable page kinds, in the order their groups appear on /search/. A new kind of
 * page (RACI matrix, forum, plan template...) is one entry here (and its source type above), plus a
 * `search` prop on its page.
 */
export const searchPageTypes: { [K in SearchPageTypeId]: SearchPageType<SearchSourceByType[K]> } = {
  playbook: {
    label: 'Playbook',
    groupHeading: 'Playbooks',
    pages: (site) => site.playbooks,
    describe: (playbook, site) => ({
      path: routes.playbook(playbook.id),
      title: playbook.data.title,
      playbooks: [playbook.data.title],
      stages: [],
      roles: roleTitles(site, [playbook.data.owner]),
    }),
  },
  stage: {
    label: 'Stage',
    groupHeading: 'Stages',
    pages: (site) => site.playbooks.flatMap((playbook) => playbook.stages.map((stage) => ({ playbook, stage }))),
    describe: ({ playbook, stage }, site) => ({
      path: routes.stage(playbook.id, stage.slug),
      title: stage.data.title,
      playbooks: [playbook.data.title],
      stages: [stageFilterValue(playbook, stage)],
      roles: roleTitles(site, [stage.data.owner, ...stage.data.roles]),
      stage: { number: stage.data.stage, label: `${playbook.data.title}, stage ${stage.data.stage}` },
    }),
  },
  role: {
    label: 'Role',
    groupHeading: 'Roles',
    pages: (site) => site.roles.map((role) => site.involvement.get(role.id)!),
    describe: (load, site) => {
      const stages = [...load.stagesOwned, ...load.stagesTakingPart];
      const playbooks = site.playbooks.filter(
        (playbook) => load.playbooksOwned.includes(playbook) || stages.some((stage) => stage.playbookId === playbook.id),
      );
      return {
        path: routes.role(load.role.id),
        title: load.role.data.title,
        playbooks: playbooks.map((playbook) => playbook.data.title),
        stages: inStageOrder(site, stages).map(({ playbook, stage }) => stageFilterValue(playbook, stage)),
        roles: [load.role.data.title],
      };
    },
  },
  objectives: {
    label: 'Objectives',
    groupHeading: 'Objectives',
    pages: (site) => [site.objectives],
    describe: (objectives, site) => ({
      path: routes.objectives(),
      title: 'PMO objectives',
      playbooks: [],
      stages: [],
      roles: roleTitles(site, objectives.map((objective) => objective.data.owner)),
    }),
  },
  scope: {
    label: 'Scope',
    groupHeading: 'Scope',
    pages: (site) => [site.scopes],
    describe: (scopes, site) => ({
      path: routes.scope(),
      title: 'PMO scope',
      playbooks: [],
      stages: [],
      roles: roleTitles(site, scopes.map((scope) => scope.data.intake.owner)),
    }),
  },
  governance: {
    label: 'Governance',
    groupHeading: 'Governance: forums and escalation',
    pages: (site) => [site.governance],
    describe: (governance, site) => ({
      path: routes.governance(),
      title: 'Governance',
      playbooks: [],
      stages: [],
      roles: roleTitles(site, governance.forums.flatMap((forum) => forumRoleIds(forum.data))),
    }),
  },
  raciMatrix: {
    label: 'RACI matrix',
    groupHeading: 'RACI matrices',
    pages: (site) => site.governance.matrices,
    describe: (matrix, site) => {
      const stages = site.playbooks.flatMap((playbook) =>
        playbook.stages.filter((stage) => matrix.data.stages.includes(stage.id)).map((stage) => ({ playbook, stage })),
      );
      return {
        path: routes.raciMatrix(matrix.id),
        title: matrix.data.title,
        playbooks: [...new Set(stages.map(({ playbook }) => playbook.data.title))],
        stages: stages.map(({ playbook, stage }) => stageFilterValue(playbook, stage)),
        roles: roleTitles(site, matrix.data.activities.flatMap((activity) => Object.keys(activity.assignments))),
      };
    },
  },
  plan: {
    label: 'Plan template',
    groupHeading: 'Plan templates',
    pages: (site) => site.planning.plans,
    describe: (plan, site) => {
      const stages = stagesNamed(site, plan.data.stages);
      return {
        path: routes.plan(plan.id),
        title: plan.data.title,
        playbooks: [...new Set(stages.map(({ playbook }) => playbook.data.title))],
        stages: stages.map(({ playbook, stage }) => stageFilterValue(playbook, stage)),
        roles: roleTitles(site, [plan.data.owner, ...plan.data.budget.lines.map((line) => line.owner), ...plan.data.resources.flatMap((resource) => (resource.role ? [resource.role] : []))]),
      };
    },
  },
  metrics: {
    label: 'KPIs',
    groupHeading: 'KPI definitions',
    pages: (site) => nonEmpty(site.planning.metrics),
    describe: (metrics, site) => ({ path: routes.metrics(), title: 'KPI definitions', playbooks: [], stages: [], roles: roleTitles(site, metrics.map((metric) => metric.data.owner)) }),
  },
  stakeholders: {
    label: 'Stakeholder register',
    groupHeading: 'Stakeholder register',
    pages: (site) => nonEmpty(site.planning.stakeholders),
    describe: (stakeholders, site) => ({ path: routes.stakeholders(), title: 'Stakeholder register', playbooks: [], stages: [], roles: roleTitles(site, stakeholders.map((stakeholder) => stakeholder.owner)) }),
  },
  comms: {
    label: 'Communication plan',
    groupHeading: 'Communication plan',
    pages: (site) => nonEmpty(site.planning.comms),
    describe: (comms, site) => {
      const stages = stagesNamed(site, comms.flatMap((entry) => entry.data.stages));
      return {
        path: routes.comms(),
        title: 'Communication plan',
        playbooks: [...new Set(stages.map(({ playbook }) => playbook.data.title))],
        stages: stages.map(({ playbook, stage }) => stageFilterValue(playbook, stage)),
        roles: roleTitles(site, comms.map((entry) => entry.data.owner)),
      };
    },
  },
  ...improvementSearchPageTypes,
};

/** What search records about one page of the given kind. */
export function searchDataFor<K extends SearchPageTypeId>(type: K, source: SearchSourceOf<K>, site: SearchSources): PageSearchData {
  const definition: SearchPageType<SearchSourceOf<K>> = searchPageTypes[type];
  return { type: definition.label, ...definition.describe(source, site) };
}

/**
 * The stage filter value. It names the playbook too, because two playbooks can both have a
 * "1. Plan"; the search page shows it under the playbook's heading without the prefix.
 */
export function stageFilterValue(playbook: PlaybookSummary, stage: StageSummary): string {
  return `${playbook.data.title} › ${stage.data.stage}. ${stage.data.title}`;
}

/** Role titles for role ids, once each, in the order given. */
function roleTitles(site: SearchSources, roleIds: string[]): string[] {
  return [...new Set(roleIds)].map((roleId) => {
    const role = site.roleById.get(roleId);
    // The content check rejects unknown role ids before a build, so this means a caller bug.
    if (!role) throw new Error(`Search data refers to unknown role "${roleId}".`);
    return role.data.title;
  });
}

/** A one-page list for a page that gathers entries, or none while there are no entries to find. */
function nonEmpty<T>(entries: T[]): T[][] {
  return entries.length > 0 ? [entries] : [];
}

/** The stages with these ids ("<playbook>/<stage>") with their playbooks, in navigation order. */
function stagesNamed(site: SearchSources, stageIds: string[]): { playbook: PlaybookSummary; stage: StageSummary }[] {
  return site.playbooks.flatMap((playbook) => playbook.stages.filter((stage) => stageIds.includes(stage.id)).map((stage) => ({ playbook, stage })));
}

/** Stages with their playbooks, in navigation order. */
function inStageOrder(site: SearchSources, stages: StageSummary[]): { playbook: PlaybookSummary; stage: StageSummary }[] {
  return site.playbooks.flatMap((playbook) => playbook.stages.filter((stage) => stages.includes(stage)).map((stage) => ({ playbook, stage })));
}
