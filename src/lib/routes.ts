/** Site paths, relative to the site's base; the one place URLs are shaped. */
export const routes = {
  home: () => '/',
  playbook: (playbookId: string) => `/playbooks/${playbookId}/`,
  stage: (playbookId: string, stageSlug: string) => `/playbooks/${playbookId}/${stageSlug}/`,
  stageChecklist: (playbookId: string, stageSlug: string) => `/playbooks/${playbookId}/${stageSlug}/checklist/`,
  booklet: (playbookId: string) => `/playbooks/${playbookId}/booklet/`,
  bookletPdf: (playbookId: string) => `/playbooks/${playbookId}/${playbookId}-checklists.pdf`,
  objectives: () => '/objectives/',
  objective: (objectiveId: string) => `/objectives/#${objectiveId}`,
  scope: () => '/scope/',
  roles: () => '/roles/',
  role: (roleId: string) => `/roles/${roleId}/`,
  governance: () => '/governance/',
  forum: (forumId: string) => `/governance/#forum-${forumId}`,
  escalationLevel: (levelId: string) => `/governance/#level-${levelId}`,
  raciMatrices: () => '/governance/raci/',
  raciMatrix: (matrixId: string) => `/governance/raci/${matrixId}/`,
  raciActivity: (matrixId: string, activityId: string) => `/governance/raci/${matrixId}/#activity-${activityId}`,
  reviews: () => '/reviews/',
  search: () => '/search/',
  plans: () => '/plans/',
  plan: (planId: string) => `/plans/${planId}/`,
  metrics: () => '/metrics/',
  metric: (metricId: string) => `/metrics/#${metricId}`,
  stakeholders: () => '/stakeholders/',
  stakeholder: (stakeholderId: string) => `/stakeholders/#${stakeholderId}`,
  comms: () => '/comms/',
  commsEntry: (entryId: string) => `/comms/#${entryId}`,
  download: (fileName: string) => `/downloads/${fileName}`,
  glossary: () => '/glossary/',
  services: () => '/services/',
  service: (serviceId: string) => `/services/#${serviceId}`,
  prioritisation: () => '/prioritisation/',
  prioritisationWorksheet: (modelId: string) => `/prioritisation/${modelId}.xlsx`,
  gates: () => '/governance/gates/',
  gate: (gateId: string) => `/governance/gates/#gate-${gateId}`,
  intakeForm: (scopeId: string) => `/scope/${scopeId}/intake-form/`,
  intakeFormPrint: (scopeId: string) => `/scope/${scopeId}/intake-form/print/`,
  glossaryTerm: (termId: string) => `/glossary/#term-${termId}`,
};

/** Prefixes a site path with the deploy base ("/" or "/repo/"). */
export function withBase(base: string, path: string): string {
  const trimmed = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${trimmed}${path}`;
}

/** "/scope/" is a site path; "//cdn.example" and "https:" are not. */
export const isSitePath = (url: string) => url.startsWith('/') && !url.startsWith('//');

/** Id of a stage's printable sheet, the same on its checklist page and in the booklet. */
export const checklistSheetId = (playbookId: string, stageSlug: string) => `sheet-${playbookId}-${stageSlug}`;
