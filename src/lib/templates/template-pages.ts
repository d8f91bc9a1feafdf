import type { DocumentTemplate, Forum, Role } from '../../schemas/index.ts';
import type { Entry } from '../playbook-model.ts';
import { routes } from '../routes.ts';

/** What the template pages and sections are worked out from: raw entries, so broken content cannot stop it. */
export interface TemplatePageSources {
  templates: Entry<DocumentTemplate>[];
  forums: Entry<Forum>[];
  roles: Entry<Role>[];
}

export const TEMPLATES_PAGE_TITLE = 'Templates and calendars';

/** Element ids of the templates page: its sections and one per template. */
export const templatesPageAnchors = (sources: TemplatePageSources) => [
  'pmo-charter',
  'terms-of-reference',
  'report-templates',
  ...sources.templates.map((template) => `template-${template.id}`),
  'calendars',
];

/**
 * Stages whose page gets a "Documents" section: those a template names and those showing a
 * forum, which link to its terms of reference.
 */
export function stagesWithDocuments(sources: Pick<TemplatePageSources, 'templates' | 'forums'>): Set<string> {
  return new Set([...sources.templates.flatMap((template) => template.data.stages), ...sources.forums.flatMap((forum) => forum.data.stages)]);
}

/** Ids a role page gains: its calendar and this month's list. */
export const roleCalendarAnchors = ['my-calendar', 'this-month'];

/**
 * The pages and sections this feature adds, as [path, anchors]: the templates page. The
 * link checker's table of site pages includes it; stage and role pages add the anchors above.
 */
export function templatePages(sources: TemplatePageSources): [path: string, anchors: string[]][] {
  return [[routes.templates(), templatesPageAnchors(sources)]];
}
