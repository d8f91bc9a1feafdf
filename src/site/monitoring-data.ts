import { getCollection } from 'astro:content';
import type { DownloadSet } from '../lib/downloads/catalogue.ts';
import { deciderOf } from '../lib/governance/escalation.ts';
import { monitoringRoutes, raidDownloadSlug } from '../lib/monitoring/monitoring-pages.ts';
import { buildMonitoringModel, type MonitoringModel } from '../lib/monitoring/monitoring-model.ts';
import { raidTables } from '../lib/monitoring/raid-tables.ts';
import { loadGovernanceModel } from './governance-data.ts';
import { loadPlanningModel } from './planning-data.ts';
import { loadPlaybookModel } from './site-data.ts';

let model: Promise<MonitoringModel> | undefined;

/** The RAID logs and status reports with their computed RAG, built once per build. */
export function loadMonitoringModel(): Promise<MonitoringModel> {
  model ??= Promise.all([
    getCollection('risks'),
    getCollection('issues'),
    getCollection('assumptions'),
    getCollection('dependencies'),
    getCollection('riskMatrix'),
    getCollection('statusReports'),
    getCollection('objectives'),
    loadGovernanceModel(),
    loadPlanningModel(),
    loadPlaybookModel(),
  ]).then(([risks, issues, assumptions, dependencies, riskMatrix, statusReports, objectives, governance, planning, playbook]) => {
    const forumTitle = new Map(governance.forums.map((forum) => [forum.id, forum.data.title]));
    return buildMonitoringModel({
      risks,
      issues,
      assumptions,
      dependencies,
      matrix: riskMatrix[0]?.data,
      statusReports,
      levels: governance.escalation?.levels ?? [],
      plans: planning.plans,
      metrics: planning.metrics,
      objectives,
      deciderName: (level) => {
        const decider = deciderOf(level);
        return (decider.kind === 'forum' ? forumTitle.get(decider.id) : playbook.roleById.get(decider.id)?.data.title) ?? decider.id;
      },
    });
  });
  return model;
}

/** The site RAID log and each plan's, as workbooks with a sheet per type and a CSV per type. */
export async function loadMonitoringDownloadSets(roleTitle: (roleId: string) => string): Promise<DownloadSet[]> {
  const monitoring = await loadMonitoringModel();
  const matrix = monitoring.matrix && { probability: monitoring.matrix.probability.length, impact: monitoring.matrix.impact.length };
  const levelIds = monitoring.levels.map((level) => level.id);
  return [
    { slug: raidDownloadSlug(), title: 'RAID log', tables: raidTables(monitoring.siteLog, { roleTitle }, matrix, levelIds) },
    ...monitoring.planLogs.map(({ plan, log }) => ({ slug: raidDownloadSlug(plan.id), title: `RAID log: ${plan.data.title}`, tables: raidTables(log, { roleTitle }, matrix, levelIds) })),
  ];
}

export { monitoringRoutes };
