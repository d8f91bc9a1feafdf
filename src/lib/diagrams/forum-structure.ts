import type { GeneratedDiagram } from './generated-diagram.ts';
import { flowchartLabel, mermaidIds } from './mermaid-text.ts';

/** A decision forum (board, committee) as the governance chart needs it. */
export interface GovernanceForum {
  id: string;
  /** For example "Portfolio board". */
  name: string;
  /** A short second line, for example "Monthly, chaired by the portfolio board chair". */
  detail?: string;
  /** Id of the forum this one reports to; absent at the top. */
  reportsTo?: string;
}

/** Where an issue goes when a forum cannot settle it within its authority. */
export interface EscalationRoute {
  /** Forum id the issue starts at. */
  from: string;
  /** Forum id it is escalated to. */
  to: string;
  /** When or how fast, for example "Forecast breach of tolerance, within 2 working days". */
  when?: string;
}

/**
 * The governance structure: each forum below the one it reports to (solid lines), and the
 * escalation routes between forums as labelled dashed arrows.
 */
export function forumStructureDiagram(forums: readonly GovernanceForum[], escalations: readonly EscalationRoute[] = []): GeneratedDiagram {
  const byId = new Map(forums.map((forum) => [forum.id, forum]));
  const ids = mermaidIds(forums.map((forum) => forum.id), 'f');
  const forumOf = (id: string, where: string) => {
    const forum = byId.get(id);
    if (!forum) throw new Error(`forumStructureDiagram: ${where} names forum "${id}", which is not in the list.`);
    return forum;
  };
  const lines = ['flowchart TD'];
  for (const forum of forums) {
    const label = forum.detail ? flowchartLabel(forum.name, forum.detail) : flowchartLabel(forum.name);
    lines.push(`  ${ids.get(forum.id)}[${label}]`);
  }
  const sentences: string[] = [];
  for (const forum of forums) {
    if (!forum.reportsTo) continue;
    const parent = forumOf(forum.reportsTo, `forum "${forum.id}" reportsTo`);
    lines.push(`  ${ids.get(parent.id)} --- ${ids.get(forum.id)}`);
    sentences.push(`${forum.name} reports to ${parent.name}`);
  }
  for (const route of escalations) {
    const from = forumOf(route.from, 'an escalation route (from)');
    const to = forumOf(route.to, 'an escalation route (to)');
    lines.push(`  ${ids.get(from.id)} -.->${route.when ? `|${flowchartLabel(route.when)}|` : ''} ${ids.get(to.id)}`);
    sentences.push(`${from.name} escalates to ${to.name}${route.when ? ` (${route.when})` : ''}`);
  }
  const summary = `Governance forums: ${forums.map((forum) => forum.name).join(', ')}.${sentences.length > 0 ? ` ${sentences.join('; ')}.` : ''}`;
  return { name: 'governance forums and escalation routes', source: lines.join('\n'), summary };
}
