import type { Entry, PlaybookModel, PlaybookSummary } from '../playbook-model.ts';
import type { Role } from '../../schemas/index.ts';
import type { GeneratedDiagram } from './generated-diagram.ts';
import { reportingLinesDiagram } from './reporting-lines.ts';
import { stageFlowDiagram } from './stage-flow.ts';

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

/**
 * Every diagram the site's pages generate from data. The build renders these before any page
 * is built, so a page that shows a new generated diagram must have it listed here too.
 */
export function siteGeneratedDiagrams(model: PlaybookModel): GeneratedDiagram[] {
  return [...model.playbooks.map(playbookStageFlow), roleReportingLines(model.roles)];
}
