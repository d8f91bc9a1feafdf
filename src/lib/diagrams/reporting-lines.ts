import { listInProse, type GeneratedDiagram } from './generated-diagram.ts';
import { flowchartLabel, mermaidIds } from './mermaid-text.ts';

/** A role as the reporting-lines chart needs it. */
export interface ReportingRole {
  id: string;
  title: string;
  /** Id of the role this one reports to; absent at the top of a line. */
  reportsTo?: string;
}

/**
 * Who reports to whom, as an organisation chart: each manager above the roles that report to
 * it. Roles outside every line (no manager, no reports) still appear, unconnected.
 */
export function reportingLinesDiagram(roles: readonly ReportingRole[]): GeneratedDiagram {
  const byId = new Map(roles.map((role) => [role.id, role]));
  const ids = mermaidIds(roles.map((role) => role.id), 'r');
  const lines = ['flowchart LR', ...roles.map((role) => `  ${ids.get(role.id)}[${flowchartLabel(role.title)}]`)];
  const sentences: string[] = [];
  for (const role of roles) {
    if (!role.reportsTo) continue;
    const manager = byId.get(role.reportsTo);
    if (!manager) throw new Error(`reportingLinesDiagram: role "${role.id}" reports to "${role.reportsTo}", which is not in the list.`);
    lines.push(`  ${ids.get(manager.id)} --> ${ids.get(role.id)}`);
    sentences.push(`${role.title} reports to ${manager.title}`);
  }
  const managers = new Set(roles.map((role) => role.reportsTo).filter(Boolean));
  const outside = roles.filter((role) => !role.reportsTo && !managers.has(role.id)).map((role) => role.title);
  const summary = [
    sentences.length > 0 ? `Reporting lines: ${sentences.join('; ')}.` : 'No role reports to another.',
    outside.length > 0 ? `${listInProse(outside)} ${outside.length === 1 ? 'has' : 'have'} no reporting line to another role here.` : '',
  ].filter(Boolean).join(' ');
  return { name: 'reporting lines of the roles', source: lines.join('\n'), summary };
}
