import type { PlaybookSummary } from '../playbook/playbook-model.ts';
import { routes } from './routes.ts';

/**
 * Up to this many stages in the whole site, every page lists every stage in its navigation.
 * Beyond it, a page lists only the stages of its own playbook: navigation is repeated on every
 * page (sidebar and phone menu), so listing all stages would grow the site with the square of
 * its size (measured: 355 KB of a 370 KB stage page at 1,000 stages).
 */
export const expandAllStagesUpTo = 60;

/** Ids of the playbooks whose stages a page's navigation lists; `sitePath` is without the deploy base. */
export function expandedPlaybooks(playbooks: readonly PlaybookSummary[], sitePath: string): Set<string> {
  const stageCount = playbooks.reduce((sum, playbook) => sum + playbook.stages.length, 0);
  if (stageCount <= expandAllStagesUpTo) return new Set(playbooks.map((playbook) => playbook.id));
  const own = playbooks.find((playbook) => sitePath.startsWith(routes.playbook(playbook.id)));
  return new Set(own ? [own.id] : []);
}
