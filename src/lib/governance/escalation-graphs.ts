import type { EscalationLevel, Forum } from '../../schemas/index.ts';
import type { Entry } from '../playbook/playbook-model.ts';
import { deciderOf, levelsByForum } from './escalation.ts';
import { orderForums } from './forum-roles.ts';
import { toleranceSummary } from './tolerance-text.ts';

/**
 * The plain graph the diagram generators (src/lib/diagrams on the diagrams branch) take as
 * input: ids are the kebab-case content ids, labels are plain text.
 */
export interface DiagramNode {
  id: string;
  label: string;
}

export interface DiagramEdge {
  from: string;
  to: string;
  label: string;
}

export interface DiagramGraph {
  nodes: DiagramNode[];
  edges: DiagramEdge[];
}

/** Titles of roles and forums by id, to turn ids into labels. */
export interface GraphLabels {
  roleTitle: (roleId: string) => string | undefined;
  forumTitle: (forumId: string) => string | undefined;
}

/**
 * The forum structure: one node per forum (top first) and one edge per escalation route,
 * labelled with the tolerance beyond which the forum passes a decision up.
 */
export function forumStructureGraph(forums: Entry<Forum>[], levels: EscalationLevel[], labels: GraphLabels): DiagramGraph {
  const ordered = orderForums(forums);
  const known = new Set(ordered.map((forum) => forum.id));
  const heldLevel = levelsByForum(levels);
  return {
    nodes: ordered.map((forum) => ({
      id: forum.id,
      label: `${forum.data.title} (chair: ${labels.roleTitle(forum.data.chair) ?? forum.data.chair})`,
    })),
    edges: ordered
      .filter((forum) => forum.data.escalatesTo !== undefined && known.has(forum.data.escalatesTo))
      .map((forum) => {
        const level = heldLevel.get(forum.id);
        return {
          from: forum.id,
          to: forum.data.escalatesTo!,
          label: level ? `beyond ${toleranceSummary(level.tolerances)}` : 'escalates',
        };
      }),
  };
}

function levelLabel(level: EscalationLevel, labels: GraphLabels): string {
  const decider = deciderOf(level);
  const name = (decider.kind === 'forum' ? labels.forumTitle(decider.id) : labels.roleTitle(decider.id)) ?? decider.id;
  return `${level.title}: ${name} (${toleranceSummary(level.tolerances)})`;
}

/**
 * The escalation ladder: one node per level, lowest first, and an edge to the next level a
 * breach goes to. Where the next level only serves programmes, a second edge shows where
 * projects outside a programme go instead.
 */
export function escalationLadderGraph(levels: EscalationLevel[], labels: GraphLabels): DiagramGraph {
  const edges: DiagramEdge[] = [];
  levels.forEach((level, index) => {
    const within = level.escalateWithinWorkingDays ? `, within ${level.escalateWithinWorkingDays} working days` : '';
    const next = levels[index + 1];
    if (!next) return;
    if (next.programmeWorkOnly && !level.programmeWorkOnly) {
      edges.push({ from: level.id, to: next.id, label: `beyond tolerance, projects in a programme${within}` });
      const outside = levels.slice(index + 1).find((candidate) => !candidate.programmeWorkOnly);
      if (outside) edges.push({ from: level.id, to: outside.id, label: `beyond tolerance, other projects${within}` });
    } else {
      edges.push({ from: level.id, to: next.id, label: `beyond tolerance${within}` });
    }
  });
  return { nodes: levels.map((level) => ({ id: level.id, label: levelLabel(level, labels) })), edges };
}
