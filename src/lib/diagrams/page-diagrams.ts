import { escalationLadderGraph, forumStructureGraph, type DiagramGraph, type GraphLabels } from '../governance/escalation-graphs.ts';
import type { GovernanceModel } from '../governance/governance-model.ts';
import type { Entry, PlaybookSummary } from '../playbook/playbook-model.ts';
import { planTimeline, stakeholderPositions } from '../plans/diagram-inputs.ts';
import type { PlanView } from '../plans/planning-model.ts';
import type { PublishedStakeholder } from '../plans/stakeholder-quadrants.ts';
import type { Metric, Role, Scope } from '../../schemas/index.ts';
import { formatNumber } from '../formats/format.ts';
import { tierDecisionDiagram } from '../intake/tiers.ts';
import { formatMetricValue } from '../plans/labels.ts';
import { kpiTrendDiagram } from './kpi-trend.ts';
import { forumStructureDiagram } from './forum-structure.ts';
import { planTimelineDiagram } from './plan-timeline.ts';
import type { GeneratedDiagram } from './generated-diagram.ts';
import { reportingLinesDiagram } from './reporting-lines.ts';
import { stageFlowDiagram } from './stage-flow.ts';
import { stakeholderGridDiagram } from './stakeholder-grid.ts';

/** The stage flow shown on a playbook's overview page. */
export function playbookStageFlow(playbook: PlaybookSummary): GeneratedDiagram {
  return stageFlowDiagram({
    playbookId: playbook.id,
    playbookTitle: playbook.data.title,
    cycle: playbook.data.cycle ?? false,
    stages: playbook.stages.map((stage) => ({ number: stage.data.stage, title: stage.data.title })),
  });
}

/** The reporting lines shown on the roles page. */
export function roleReportingLines(roles: readonly Entry<Role>[]): GeneratedDiagram {
  return reportingLinesDiagram(roles.map((role) => ({ id: role.id, title: role.data.title, reportsTo: role.data.reportsTo })));
}

function governanceLabels(governance: GovernanceModel, roles: readonly Entry<Role>[]): GraphLabels {
  const roleTitles = new Map(roles.map((role) => [role.id, role.data.title]));
  return { roleTitle: (id) => roleTitles.get(id), forumTitle: (id) => governance.forumById.get(id)?.data.title };
}

/** Boxes joined by labelled escalation arrows, drawn by the forum-structure generator. */
function escalationChart(graph: DiagramGraph, name: string): GeneratedDiagram {
  const diagram = forumStructureDiagram(
    graph.nodes.map((node) => ({ id: node.id, name: node.label })),
    graph.edges.map((edge) => ({ from: edge.from, to: edge.to, when: edge.label })),
  );
  return { ...diagram, name };
}

/** The decision forums and where each escalates, shown on the governance page. */
export function governanceForumChart(governance: GovernanceModel, roles: readonly Entry<Role>[]): GeneratedDiagram {
  return escalationChart(forumStructureGraph(governance.forums, governance.escalation?.levels ?? [], governanceLabels(governance, roles)), 'governance forums and escalation routes');
}

/** The escalation ladder with each level's tolerances, shown on the governance page. */
export function escalationLadderChart(governance: GovernanceModel, roles: readonly Entry<Role>[]): GeneratedDiagram {
  return escalationChart(escalationLadderGraph(governance.escalation?.levels ?? [], governanceLabels(governance, roles)), 'escalation ladder');
}

/** The gantt chart of a plan, shown above its timeline table. */
export function planTimelineChart(plan: PlanView): GeneratedDiagram {
  return planTimelineDiagram(planTimeline(plan.data.title, plan.schedule));
}

/** The power/interest grid on the stakeholder register, or none when no stakeholder can be plotted. */
export function stakeholderGridChart(stakeholders: PublishedStakeholder[]): GeneratedDiagram | undefined {
  const positions = stakeholderPositions(stakeholders);
  return positions.length > 0 ? stakeholderGridDiagram(positions) : undefined;
}

/** The trend of a KPI's readings on the KPI page, or none before its first reading. */
export function kpiTrendChart(metric: Entry<Metric>): GeneratedDiagram | undefined {
  const { data } = metric;
  if (data.readings.length === 0) return undefined;
  return kpiTrendDiagram({ id: metric.id, name: data.name, unit: data.unit, target: data.target, baseline: data.baseline, readings: data.readings, formatValue: (value) => formatMetricValue(value, data.unit) });
}

/** The tiering decision on the scope page, or none when the scope has no tiers. */
export function tierDecisionChart(scope: Entry<Scope>): GeneratedDiagram | undefined {
  return tierDecisionDiagram({ ...scope.data, id: scope.id }, formatNumber);
}
