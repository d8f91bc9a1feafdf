import { pathOf } from './catalogue.ts';
import { statementAnchor } from '../improvement/maturity-anchors.ts';

/**
 * Site paths, relative to the site's base, for links. Page paths come from the routes the
 * page catalogue declares; the rest are anchors on those pages and files beside them.
 */
export const routes = {
  home: () => pathOf('home'),
  playbook: (playbookId: string) => pathOf('playbook', { playbook: playbookId }),
  stage: (playbookId: string, stageSlug: string) => pathOf('stage', { playbook: playbookId, stage: stageSlug }),
  stageChecklist: (playbookId: string, stageSlug: string) => pathOf('stageChecklist', { playbook: playbookId, stage: stageSlug }),
  booklet: (playbookId: string) => pathOf('booklet', { playbook: playbookId }),
  bookletPdf: (playbookId: string) => `${pathOf('playbook', { playbook: playbookId })}${playbookId}-checklists.pdf`,
  objectives: () => pathOf('objectives'),
  objective: (objectiveId: string) => `${pathOf('objectives')}#${objectiveId}`,
  scope: () => pathOf('scope'),
  roles: () => pathOf('roles'),
  role: (roleId: string) => pathOf('role', { role: roleId }),
  governance: () => pathOf('governance'),
  forum: (forumId: string) => `${pathOf('governance')}#forum-${forumId}`,
  escalationLevel: (levelId: string) => `${pathOf('governance')}#level-${levelId}`,
  raciMatrices: () => pathOf('raciMatrices'),
  raciMatrix: (matrixId: string) => pathOf('raciMatrix', { matrix: matrixId }),
  raciActivity: (matrixId: string, activityId: string) => `${pathOf('raciMatrix', { matrix: matrixId })}#activity-${activityId}`,
  reviews: () => pathOf('reviews'),
  search: () => pathOf('search'),
  plans: () => pathOf('plans'),
  plan: (planId: string) => pathOf('plan', { plan: planId }),
  metrics: () => pathOf('metrics'),
  metric: (metricId: string) => `${pathOf('metrics')}#${metricId}`,
  stakeholders: () => pathOf('stakeholders'),
  stakeholder: (stakeholderId: string) => `${pathOf('stakeholders')}#${stakeholderId}`,
  comms: () => pathOf('comms'),
  commsEntry: (entryId: string) => `${pathOf('comms')}#${entryId}`,
  download: (fileName: string) => `/downloads/${fileName}`,
  templates: () => pathOf('templates'),
  template: (templateId: string) => `${pathOf('templates')}#template-${templateId}`,
  maturity: () => pathOf('maturity'),
  maturityStatement: (perspectiveId: string, statementId: string) => `${pathOf('maturity')}#${statementAnchor(perspectiveId, statementId)}`,
  maturityAssessment: (assessmentId: string) => `${pathOf('maturity')}#assessment-${assessmentId}`,
  benefits: () => pathOf('benefits'),
  benefit: (benefitId: string) => pathOf('benefit', { benefit: benefitId }),
  lessons: () => pathOf('lessons'),
  lesson: (lessonId: string) => `${pathOf('lessons')}#lesson-${lessonId}`,
  lessonFilter: (facet: string, value: string) => pathOf('lessonFilter', { facet, value }),
  backlog: () => pathOf('backlog'),
  backlogItem: (itemId: string) => `${pathOf('backlog')}#${itemId}`,
};

export { isSitePath, withBase } from './site-path.ts';
