import type { DownloadSet } from '../lib/downloads/catalogue.ts';
import { deciderOf } from '../lib/governance/escalation.ts';
import { raidDownloadSlug } from '../lib/monitoring/monitoring-pages.ts';
import { buildMonitoringModel, type MonitoringModel } from '../lib/monitoring/monitoring-model.ts';
import { raidTables } from '../lib/monitoring/raid-tables.ts';
import type { SiteModel } from '../lib/pages/site-model.ts';
import type { PlanningModel } from '../lib/plans/planning-model.ts';

/** The RAID logs and status reports with their computed RAG, from the site model. */
export function buildMonitoring(site: SiteModel, planning: PlanningModel): MonitoringModel {
  const { content, governance, roleById } = site;
  return buildMonitoringModel({
    risks: content.risks,
    issues: content.issues,
    assumptions: content.assumptions,
    dependencies: content.dependencies,
    matrix: content.riskMatrix[0]?.data,
    statusReports: content.statusReports,
    levels: governance.escalation?.levels ?? [],
    plans: planning.plans,
    objectives: content.objectives,
    deciderName: (level) => {
      const decider = deciderOf(level);
      return (decider.kind === 'forum' ? governance.forumById.get(decider.id)?.data.title : roleById.get(decider.id)?.data.title) ?? decider.id;
    },
    chairOf: (forumId) => governance.forumById.get(forumId)?.data.chair,
    roleTitle: (roleId) => roleById.get(roleId)?.data.title ?? roleId,
  });
}

/** The site RAID log and each plan's, as workbooks with a sheet per type and a CSV per type. */
export function monitoringDownloadSets(monitoring: MonitoringModel, roleTitle: (roleId: string) => string): DownloadSet[] {
  const matrix = monitoring.matrix && { probability: monitoring.matrix.probability.length, impact: monitoring.matrix.impact.length };
  const levelIds = monitoring.levels.map((level) => level.id);
  // No RAID items, no RAID log downloads (nor pages): optional content is absent, not empty.
  if (monitoring.siteLog.items.length === 0) return [];
  return [
    { slug: raidDownloadSlug(), title: 'RAID log', tables: raidTables(monitoring.siteLog, { roleTitle }, matrix, levelIds) },
    ...monitoring.planLogs.map(({ plan, log }) => ({ slug: raidDownloadSlug(plan.id), title: `RAID log: ${plan.data.title}`, tables: raidTables(log, { roleTitle }, matrix, levelIds) })),
  ];
}
