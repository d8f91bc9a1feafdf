import type { EscalationLevel, RiskMatrix, StatusReport } from '../../schemas/index.ts';
import type { PlanView } from '../plans/planning-model.ts';
import { buildRaidLog, itemsOfPlan, type RaidLogView, type RaidSources } from './raid-log.ts';
import { reportRag, type ReportRag } from './status-rag.ts';

interface Entry<T> {
  id: string;
  data: T;
}

export interface StatusReportView {
  id: string;
  data: StatusReport;
  plan: PlanView;
  rag: ReportRag;
}

export interface MonitoringModel {
  matrix: RiskMatrix | undefined;
  levels: EscalationLevel[];
  deciderName: (level: EscalationLevel) => string;
  siteLog: RaidLogView;
  planLogs: { plan: PlanView; log: RaidLogView }[];
  /** Reports of each plan that has any, oldest first. */
  reportsByPlan: { plan: PlanView; reports: StatusReportView[] }[];
  reportById: Map<string, StatusReportView>;
  objectiveTitle: Map<string, string>;
}

/** What the RAID logs are built from, plus the reports, the plans they are on and the objectives. */
export interface MonitoringSources extends RaidSources {
  statusReports: Entry<StatusReport>[];
  plans: PlanView[];
  objectives: { id: string; data: { title: string } }[];
}

/** Title of a report's page, for example "<plan title>: status to <period end>". */
export const reportTitle = (planTitle: string, periodEndText: string) => `${planTitle}: status to ${periodEndText}`;

/** The RAID logs (site and per plan) and the status reports with their computed RAG. */
export function buildMonitoringModel(sources: MonitoringSources): MonitoringModel {
  const logOf = (filter: <T extends { data: { belongsTo: { plan?: string } } }>(entries: T[]) => T[]) =>
    buildRaidLog({
      ...sources,
      risks: filter(sources.risks),
      issues: filter(sources.issues),
      assumptions: filter(sources.assumptions),
      dependencies: filter(sources.dependencies),
    });
  const planById = new Map(sources.plans.map((plan) => [plan.id, plan]));
  const reports = [...sources.statusReports]
    .filter((report) => planById.has(report.data.plan))
    .sort((a, b) => a.data.periodEnd.localeCompare(b.data.periodEnd))
    .map((report): StatusReportView => {
      const plan = planById.get(report.data.plan)!;
      return { id: report.id, data: report.data, plan, rag: reportRag(report.data, { levels: sources.levels, totalBudget: plan.budget.total.total, deciderName: sources.deciderName }) };
    });
  return {
    matrix: sources.matrix,
    levels: sources.levels,
    deciderName: sources.deciderName,
    siteLog: logOf((entries) => entries),
    planLogs: sources.plans.map((plan) => ({ plan, log: logOf((entries) => itemsOfPlan(entries, plan.id)) })),
    reportsByPlan: sources.plans
      .map((plan) => ({ plan, reports: reports.filter((report) => report.plan.id === plan.id) }))
      .filter(({ reports: planReports }) => planReports.length > 0),
    reportById: new Map(reports.map((report) => [report.id, report])),
    objectiveTitle: new Map(sources.objectives.map((objective) => [objective.id, objective.data.title])),
  };
}
