import type { DocumentTemplate, Forum } from '../../schemas/index.ts';
import type { Entry } from '../playbook/playbook-model.ts';

export const TEMPLATES_PAGE_TITLE = 'Templates and calendars';

/**
 * Whether the site has Word documents and calendars at all: a playbook without forums or
 * templates gets no templates page, no role calendars and no downloads from them.
 */
export const hasTemplateDownloads = (content: { templates: unknown[]; forums: unknown[] }) => content.templates.length + content.forums.length > 0;

/** Id of a template's section on the templates page. */
export const templateAnchor = (templateId: string) => `template-${templateId}`;

/** Templates in the order the templates page lists them. */
export const orderTemplates = (templates: Entry<DocumentTemplate>[]) => [...templates].sort((a, b) => a.data.title.localeCompare(b.data.title));

/**
 * Stages whose page gets a "Documents" section: those a template names and those showing a
 * forum, which link to its terms of reference.
 */
export function stagesWithDocuments(sources: { templates: Entry<DocumentTemplate>[]; forums: Entry<Forum>[] }): Set<string> {
  return new Set([...sources.templates.flatMap((template) => template.data.stages), ...sources.forums.flatMap((forum) => forum.data.stages)]);
}
