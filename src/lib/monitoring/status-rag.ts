import type { EscalationLevel, Rag, StatusReport } from '../../schemas/index.ts';
import { breachesOf, levelsFor, type ToleranceDimension } from '../governance/escalation.ts';
import { describeCost, describeRisk, describeSchedule, formatPercent } from '../governance/tolerance-text.ts';
import { situationOf } from './tolerance-access.ts';

export const ragDimensions = ['schedule', 'cost', 'scope', 'risk', 'benefits'] as const;
export type RagDimension = (typeof ragDimensions)[number];

export const ragDimensionLabel: Record<RagDimension, string> = { schedule: 'Schedule', cost: 'Cost', scope: 'Scope', risk: 'Risk', benefits: 'Benefits' };
export const ragLabel: Record<Rag, string> = { green: 'Green', amber: 'Amber', red: 'Red' };
const ragOrder: Rag[] = ['green', 'amber', 'red'];

/** The tolerance each dimension is measured against; benefits share the scope tolerance, which is set in lost benefits. */
const toleranceOf: Record<RagDimension, ToleranceDimension> = { schedule: 'schedule', cost: 'cost', scope: 'scope', risk: 'risk', benefits: 'scope' };

/** One dimension's RAG and the rule that produced it, in words. */
export interface DimensionRag {
  dimension: RagDimension;
  rag: Rag;
  /** The level whose tolerances hold the forecast. */
  decidedBy: EscalationLevel | undefined;
  rule: string;
}

export interface ReportRag {
  overall: Rag;
  overallRule: string;
  dimensions: DimensionRag[];
}

export interface RagContext {
  levels: EscalationLevel[];
  /** The plan's approved total budget. */
  totalBudget: number;
  deciderName: (level: EscalationLevel) => string;
}

function forecastFor(dimension: RagDimension, report: StatusReport, totalBudget: number) {
  const { forecast } = report;
  const base = { totalBudget, stageBudget: report.stageBudget, inProgramme: report.inProgramme };
  switch (dimension) {
    case 'cost':
      return situationOf({ ...base, costOverrun: forecast.costOverrun });
    case 'schedule':
      return situationOf({ ...base, stageSlipWeeks: forecast.stageSlipWeeks, endDateSlipWeeks: forecast.endDateSlipWeeks });
    case 'scope':
      return situationOf({ ...base, benefitsShortfallPercent: forecast.scopeBenefitsShortfallPercent });
    case 'benefits':
      return situationOf({ ...base, benefitsShortfallPercent: forecast.benefitsShortfallPercent });
    case 'risk':
      return situationOf({ ...base, riskScore: forecast.riskScore });
  }
}

function toleranceWords(dimension: RagDimension, level: EscalationLevel): string {
  const { tolerances } = level;
  switch (dimension) {
    case 'cost':
      return describeCost(tolerances.cost);
    case 'schedule':
      return describeSchedule(tolerances.schedule);
    case 'scope':
    case 'benefits':
      return tolerances.scope ? `benefits down at most ${formatPercent(tolerances.scope.benefitsShortfallPercent)}` : 'no limit';
    case 'risk':
      return describeRisk(tolerances.risk);
  }
}

const joinReasons = (reasons: string[]) => reasons.join('; ');

/**
 * A dimension's RAG from its forecast and the tolerances of the level that owns the work:
 * green when that level may decide it, amber when it must go one level up, red when it
 * goes further. The rule names the tolerance broken and the level that decides.
 */
export function dimensionRag(dimension: RagDimension, report: StatusReport, context: RagContext): DimensionRag {
  const path = levelsFor(context.levels, report.inProgramme);
  const ownerIndex = Math.max(0, path.findIndex((level) => level.id === report.workOwnedBy));
  const situation = forecastFor(dimension, report, context.totalBudget);
  const label = ragDimensionLabel[dimension];
  const reasonsAt = (level: EscalationLevel) => breachesOf(level.tolerances, situation).filter((breach) => breach.dimension === toleranceOf[dimension]).map((breach) => breach.reason);
  const owner = path[ownerIndex];
  if (owner === undefined) return { dimension, rag: 'red', decidedBy: undefined, rule: `${label}: no escalation level owns the work, so no tolerance applies.` };
  const ownerReasons = reasonsAt(owner);
  if (ownerReasons.length === 0) {
    return { dimension, rag: 'green', decidedBy: owner, rule: `${label}: within the ${owner.title} tolerance (${toleranceWords(dimension, owner)}): green, decided by ${context.deciderName(owner)}.` };
  }
  for (let index = ownerIndex + 1; index < path.length; index++) {
    const level = path[index];
    if (reasonsAt(level).length > 0) continue;
    const rag: Rag = index === ownerIndex + 1 ? 'amber' : 'red';
    const passed = path.slice(ownerIndex + 1, index).map((between) => `beyond the ${between.title} tolerance too (${joinReasons(reasonsAt(between))})`);
    const rule = [`${label}: ${joinReasons(ownerReasons)}, beyond the ${owner.title} tolerance`, ...passed].join(', ');
    return { dimension, rag, decidedBy: level, rule: `${rule}: ${rag}, decided by ${context.deciderName(level)}.` };
  }
  return { dimension, rag: 'red', decidedBy: undefined, rule: `${label}: ${joinReasons(ownerReasons)}, beyond every level's tolerance: red.` };
}

/** Every dimension's RAG and the overall RAG, which is the worst of them. */
export function reportRag(report: StatusReport, context: RagContext): ReportRag {
  const dimensions = ragDimensions.map((dimension) => dimensionRag(dimension, report, context));
  const overall = dimensions.reduce<Rag>((worst, { rag }) => (ragOrder.indexOf(rag) > ragOrder.indexOf(worst) ? rag : worst), 'green');
  const worstOnes = dimensions.filter((dimension) => dimension.rag === overall).map((dimension) => ragDimensionLabel[dimension.dimension].toLowerCase());
  const overallRule =
    overall === 'green' ? 'Overall: green, every dimension is within the tolerances of the level that owns the work.' : `Overall: ${overall}, the worst of the five dimensions (${worstOnes.join(', ')}).`;
  return { overall, overallRule, dimensions };
}
