import { routes } from '../pages/routes.ts';
import { pageTitles } from '../pages/catalogue.ts';
import type { ContentSet } from './content-set.ts';
import type { RuleContext } from './rule.ts';
import { checkedSiteModel } from './site-pages.ts';
import type { Problem } from './problem.ts';
import { problemAt } from './problem-at.ts';
import { closestMatch } from './suggest.ts';

/** The part of a site link that names a page: no #fragment, no ?query. */
const pagePath = (link: string) => link.split('#')[0].split('?')[0];

/**
 * The site's pages, counting files that failed their own checks too (by id, as their title
 * is unknown), so a link to a broken file is not reported a second time.
 */
function pagesOf(content: ContentSet, today: string): Map<string, string> {
  const pages = pageTitles(checkedSiteModel(content, today));
  const broken = (declared: Set<string>, path: (id: string) => string) => {
    for (const id of declared) if (!pages.has(path(id))) pages.set(path(id), id);
  };
  broken(content.declared.playbooks, (id) => routes.playbook(id));
  broken(content.declared.stages, (id) => routes.stage(...(id.split('/') as [string, string])));
  broken(content.declared.roles, (id) => routes.role(id));
  broken(content.declared.raci, (id) => routes.raciMatrix(id));
  return pages;
}

/**
 * A checklist item's site link leads to a page the site builds. External https links are
 * not fetched: the check must work offline and give the same answer every time.
 */
export function checklistLinksResolve(content: ContentSet, context: RuleContext): Problem[] {
  const pages = pagesOf(content, context.today);
  const problems: Problem[] = [];
  for (const stage of content.stages) {
    stage.data.checklist.forEach((item, index) => {
      if (item.link === undefined || !item.link.startsWith('/')) return;
      const path = pagePath(item.link);
      if (pages.has(path)) return;
      const at = (message: string, hint: string) =>
        problemAt(stage, ['checklist', index, 'link'], 'reference/checklist-link', message, hint);
      if (!path.endsWith('/') && pages.has(`${path}/`)) {
        problems.push(at(`The link "${item.link}" is missing its final "/".`, `Write ${item.link.replace(path, `${path}/`)}: every page address on this site ends with "/".`));
        return;
      }
      const suggestion = closestMatch(path, pages.keys());
      problems.push(
        at(
          `The link "${item.link}" does not lead to a page of this site.`,
          suggestion
            ? `Did you mean ${suggestion} (${pages.get(suggestion)})?`
            : 'Link to a page that exists, for example /roles/<role id>/ or /playbooks/<playbook>/<stage>/, or give a full https:// address.',
        ),
      );
    });
  }
  return problems;
}

/** The booklet page lives beside the stage pages, so no stage may take its address. */
export function stageSlugsAreNotReserved(content: ContentSet): Problem[] {
  const reserved = new Map<string, string>([['booklet', 'the printable booklet']]);
  const problems: Problem[] = [];
  for (const stage of content.stages) {
    const [playbookId, slug] = stage.id.split('/');
    const use = reserved.get(slug);
    if (use === undefined) continue;
    problems.push(
      problemAt(
        stage,
        [],
        'structure/reserved-stage-name',
        `The file name "${slug}.mdx" is reserved: ${routes.booklet(playbookId)} is ${use} of the playbook.`,
        `Rename the file, for example to playbooks/${playbookId}/${slug}-stage.mdx.`,
      ),
    );
  }
  return problems;
}
