import { routes } from './routes.ts';

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
}

/**
 * Every page the site builds, as site path -> page title, derived from the content alone so
 * the content checker can tell whether a link will resolve before anything is built.
 * A new kind of page must be added here as well as in src/pages/.
 */
export function sitePages({ playbooks, stages, roles }: SitePageSources): Map<string, string> {
  const pages = new Map<string, string>([
    [routes.home(), 'Home'],
    [routes.objectives(), 'Objectives'],
    [routes.scope(), 'Scope'],
    [routes.roles(), 'Roles'],
  ]);
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
