import { hasTemplateDownloads, orderTemplates, templateAnchor, TEMPLATES_PAGE_TITLE } from '../../templates/template-pages.ts';
import { pageKind } from '../page-kind.ts';
import type { SiteModel } from '../site-model.ts';

/** The templates page: the PMO charter, terms of reference, the document templates and the calendars. */
export const templates = pageKind({
  route: '/templates/',
  menu: { label: 'Templates', order: 85 },
  pages: (site) => (hasTemplateDownloads(site.content) ? [site] : []),
  title: () => TEMPLATES_PAGE_TITLE,
  sections: (site: SiteModel) => [
    { id: 'pmo-charter', heading: 'PMO charter' },
    { id: 'terms-of-reference', heading: 'Terms of reference' },
    { id: 'report-templates', heading: 'Report and project templates' },
    ...orderTemplates(site.content.templates).map((template) => ({ id: templateAnchor(template.id), heading: template.data.title, depth: 3 as const })),
    { id: 'calendars', heading: 'Calendars' },
  ],
});
