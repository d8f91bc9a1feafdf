import type { Assumption, Dependency, EscalationLevel, Issue, Risk, RiskMatrix, ScoreBand } from '../../schemas/index.ts';
import { raidTypes, type RaidSummary, type RaidType, summarize } from './raid-items.ts';
import { bandOf, holdingLevel, impactLabel, levelForRisk, probabilityLabel, riskScore, type HoldingLevel } from './risk-scoring.ts';

interface Entry<T> {
  id: string;
  data: T;
}

/** A risk with everything its row and heat-map cell show, worked out once. */
export interface RiskView {
  summary: RaidSummary;
  data: Risk;
  score: number;
  band: ScoreBand | undefined;
  probabilityLabel: string;
  impactLabel: string;
  /** The level the risk is held at, as the log says. */
  heldAt: EscalationLevel | undefined;
  /** Why that level holds it, in words. */
  heldBecause: string;
}

export type RaidItemView =
  | { type: 'risk'; summary: RaidSummary; risk: RiskView }
  | { type: 'issue'; summary: RaidSummary; data: Issue }
  | { type: 'assumption'; summary: RaidSummary; data: Assumption }
  | { type: 'dependency'; summary: RaidSummary; data: Dependency };

/** One cell of the heat map: a probability and impact pair with the open risks scored there. */
export interface HeatMapCell {
  probability: number;
  impact: number;
  score: number;
  band: ScoreBand | undefined;
  risks: RaidSummary[];
}

/** Rows from the highest probability down, as risk matrices are drawn. */
export interface HeatMap {
  impacts: { value: number; label: string }[];
  rows: { probability: number; label: string; cells: HeatMapCell[] }[];
  openRisks: number;
}

export interface RaidLogView {
  items: RaidItemView[];
  byType: Map<RaidType, RaidItemView[]>;
  open: RaidItemView[];
  closed: RaidItemView[];
  /** Items by owner role id, owners in order of first appearance. */
  byOwner: Map<string, RaidItemView[]>;
  heatMap: HeatMap | undefined;
}

export interface RaidSources {
  risks: Entry<Risk>[];
  issues: Entry<Issue>[];
  assumptions: Entry<Assumption>[];
  dependencies: Entry<Dependency>[];
  matrix: RiskMatrix | undefined;
  levels: EscalationLevel[];
  /** Who decides at a level, for example "the project board". */
  deciderName: (level: EscalationLevel) => string;
  /** The role that chairs a forum, so a risk that names no level is held where its owner decides. */
  chairOf: (forumId: string) => string | undefined;
  /** A role's title, for the reason a risk is held where it is. */
  roleTitle: (roleId: string) => string;
}

function heldBecause(levels: EscalationLevel[], held: HoldingLevel | undefined, owner: string, score: number, sources: Pick<RaidSources, 'deciderName' | 'roleTitle'>): string {
  if (held === undefined) return 'It names no escalation level on the ladder, and its owner decides at none.';
  const heldAt = held.level;
  const lowest = levelForRisk(levels, score);
  const by = `${heldAt.title} level (decided by ${sources.deciderName(heldAt)})`;
  const why = held.stated ? '' : `, where its owner, the ${sources.roleTitle(owner)}, decides`;
  if (lowest === undefined) return `Held at the ${by}${why}.`;
  if (lowest.level.id === heldAt.id) return `Held at the ${by}${why}: ${lowest.reason}.`;
  return `Held at the ${by}${why}${held.stated ? ' by choice' : ''}; the lowest level that may hold it is ${lowest.level.title}, because ${lowest.reason}.`;
}

/** The RAID view of one set of items: typed rows, open and closed lists, owners and heat map. */
export function buildRaidLog(sources: RaidSources): RaidLogView {
  const items: RaidItemView[] = [
    ...sources.risks.map((entry): RaidItemView => {
      const summary = summarize({ type: 'risk', data: entry.data });
      const score = riskScore(entry.data);
      const held = holdingLevel(entry.data, sources.levels, sources.chairOf);
      return {
        type: 'risk',
        summary,
        risk: {
          summary,
          data: entry.data,
          score,
          band: sources.matrix ? bandOf(sources.matrix, score) : undefined,
          probabilityLabel: (sources.matrix && probabilityLabel(sources.matrix, entry.data.probability)) ?? String(entry.data.probability),
          impactLabel: (sources.matrix && impactLabel(sources.matrix, entry.data.impact)) ?? String(entry.data.impact),
          heldAt: held?.level,
          heldBecause: heldBecause(sources.levels, held, entry.data.owner, score, sources),
        },
      };
    }),
    ...sources.issues.map((entry): RaidItemView => ({ type: 'issue', summary: summarize({ type: 'issue', data: entry.data }), data: entry.data })),
    ...sources.assumptions.map((entry): RaidItemView => ({ type: 'assumption', summary: summarize({ type: 'assumption', data: entry.data }), data: entry.data })),
    ...sources.dependencies.map((entry): RaidItemView => ({ type: 'dependency', summary: summarize({ type: 'dependency', data: entry.data }), data: entry.data })),
  ];
  items.sort((a, b) => raidTypes.indexOf(a.type) - raidTypes.indexOf(b.type) || a.summary.id.localeCompare(b.summary.id, 'en', { numeric: true }));
  const byOwner = new Map<string, RaidItemView[]>();
  for (const item of items) byOwner.set(item.summary.owner, [...(byOwner.get(item.summary.owner) ?? []), item]);
  return {
    items,
    byType: new Map(raidTypes.map((type) => [type, items.filter((item) => item.type === type)])),
    open: items.filter((item) => item.summary.open),
    closed: items.filter((item) => !item.summary.open),
    byOwner,
    heatMap: sources.matrix ? heatMapOf(sources.matrix, items.flatMap((item) => (item.type === 'risk' && item.summary.open ? [item.risk] : []))) : undefined,
  };
}

/** The matrix grid with each open risk placed in its probability and impact cell. */
export function heatMapOf(matrix: RiskMatrix, openRisks: RiskView[]): HeatMap {
  return {
    impacts: matrix.impact.map(({ value, label }) => ({ value, label })),
    rows: [...matrix.probability].reverse().map((point) => ({
      probability: point.value,
      label: point.label,
      cells: matrix.impact.map((impact) => {
        const score = point.value * impact.value;
        return {
          probability: point.value,
          impact: impact.value,
          score,
          band: bandOf(matrix, score),
          risks: openRisks.filter((risk) => risk.data.probability === point.value && risk.data.impact === impact.value).map((risk) => risk.summary),
        };
      }),
    })),
    openRisks: openRisks.length,
  };
}

/** The items that belong to one plan, for its own log. */
export function itemsOfPlan<T extends { data: { belongsTo: { plan?: string } } }>(entries: T[], planId: string): T[] {
  return entries.filter((entry) => entry.data.belongsTo.plan === planId);
}


/** What a role owns in a RAID log: whole items, and actions on anyone's items. */
export function raidOwnedBy(log: RaidLogView, roleId: string): { items: RaidItemView[]; actions: { item: RaidItemView; action: RaidItemView['summary']['actions'][number] }[] } {
  return {
    items: log.items.filter((item) => item.summary.owner === roleId),
    actions: log.items.flatMap((item) => item.summary.actions.filter((action) => action.owner === roleId).map((action) => ({ item, action }))),
  };
}
