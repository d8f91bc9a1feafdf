import type { PlaybookSummary, StageSummary } from '../playbook/playbook-model.ts';
import type { SearchFacets } from './page-kind.ts';
import type { SiteModel } from './site-model.ts';

/** What search records about one page: the filters, metadata and sort key of its index entry. */
export interface PageSearchData extends SearchFacets {
  /** Site path without the deploy base, e.g. "/roles/pmo-analyst/". */
  path: string;
  /** Title shown in results and in the plain index. */
  title: string;
  /** Content type as readers see it ("Stage", "Role"); the value of the type filter. */
  type: string;
}

/**
 * The stage filter value. It names the playbook too, because two playbooks can both have a
 * "1. Plan"; the search page shows it under the playbook's heading without the prefix.
 */
export function stageFilterValue(playbook: PlaybookSummary, stage: StageSummary): string {
  return `${playbook.data.title} › ${stage.data.stage}. ${stage.data.title}`;
}

/** Role titles for role ids, once each, in the order given. */
export function roleTitles(site: SiteModel, roleIds: string[]): string[] {
  return [...new Set(roleIds)].map((roleId) => {
    const role = site.roleById.get(roleId);
    // The content check rejects unknown role ids before a build, so this means a caller bug.
    if (!role) throw new Error(`Search data refers to unknown role "${roleId}".`);
    return role.data.title;
  });
}

/** The stages with these ids ("<playbook>/<stage>") with their playbooks, in navigation order. */
export function stagesNamed(site: SiteModel, stageIds: string[]): { playbook: PlaybookSummary; stage: StageSummary }[] {
  return site.playbooks.flatMap((playbook) => playbook.stages.filter((stage) => stageIds.includes(stage.id)).map((stage) => ({ playbook, stage })));
}

/** Playbook and stage filter values for a page about these stages. */
export function stageFacets(site: SiteModel, stageIds: string[]): { playbooks: string[]; stages: string[] } {
  const stages = stagesNamed(site, stageIds);
  return {
    playbooks: [...new Set(stages.map(({ playbook }) => playbook.data.title))],
    stages: stages.map(({ playbook, stage }) => stageFilterValue(playbook, stage)),
  };
}

/** A one-page list for a page that gathers entries, or none while there are no entries to find. */
export function nonEmpty<T>(entries: T[]): T[][] {
  return entries.length > 0 ? [entries] : [];
}
