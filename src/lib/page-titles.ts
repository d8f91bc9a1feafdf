import { routes } from './routes.ts';
import { TEMPLATES_PAGE_TITLE } from './templates/template-pages.ts';

/** Something that has a page: its id and the title its page shows. */
export interface Titled {
  id: string;
  title: string;
}

/** What the page list is built from. Stage ids are "<playbook>/<stage file name>". */
export interface SitePageSources {
  playbooks: Titled[];
  stages: Titled[];
  roles: Titled[];
  raciMatrices?: Titled[];
}

/**
 * Every page the site builds, as site path -> page title, derived from the content alone so
 * the content checker can tell whether a link will resolve before anything is built, and
 * pages can label links by the title of their target. The checker's anchor table
 * (validation/site-pages.ts) covers the same pages. A new kind of page is one more entry
 * here as well as its route in src/pages/.
 */
export function pageTitles({ playbooks, stages, roles, raciMatrices = [] }: SitePageSources): Map<string, string> {
  const pages = new Map<string, string>([
    [routes.home(), 'Home'],
    [routes.objectives(), 'Objectives'],
    [routes.scope(), 'Scope'],
    [routes.roles(), 'Roles'],
    [routes.governance(), 'Governance'],
    [routes.raciMatrices(), 'RACI matrices'],
    [routes.reviews(), 'Reviews due'],
    [routes.search(), 'Search'],
    [routes.templates(), TEMPLATES_PAGE_TITLE],
  ]);
  for (const matrix of raciMatrices) pages.set(routes.raciMatrix(matrix.id), matrix.title);
  for (const playbook of playbooks) {
    pages.set(routes.playbook(playbook.id), playbook.title);
    pages.set(routes.booklet(playbook.id), `${playbook.title}: printable checklists`);
  }
  for (const stage of stages) {
    const [playbookId, slug] = stage.id.split('/');
    pages.set(routes.stage(playbookId, slug), stage.title);
    pages.set(routes.stageChecklist(playbookId, slug), `${stage.title}: printable checklist`);
  }
  for (const role of roles) pages.set(routes.role(role.id), role.title);
  return pages;
}
