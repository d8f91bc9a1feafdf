import { pageAnchors } from '../pages/catalogue.ts';
import { routes } from '../pages/routes.ts';
import { buildSiteModel, type SiteModel } from '../pages/site-model.ts';
import { pageReviews, reviewReport } from '../reviews/page-reviews.ts';
import type { ContentSet, SourcedEntry } from './content-set.ts';
import { type MdxBody, readMdxBody } from '../markdown/mdx-body.ts';
import { reviewedContent } from './rules-review.ts';

const bodies = new WeakMap<object, MdxBody>();

/**
 * The read MDX body of an entry, read once however many rules ask: headings and links for the
 * link rule, fenced code blocks (`fences`, with language and line) and diagrams for the diagram
 * rules. Undefined for YAML entries and for a body that is not valid MDX (reported on its own).
 */
export function scannedBody(entry: SourcedEntry<unknown>): MdxBody | undefined {
  const tree = entry.source.body?.tree;
  if (!tree) return undefined;
  let body = bodies.get(entry);
  if (!body) {
    body = readMdxBody(tree);
    bodies.set(entry, body);
  }
  return body;
}

const models = new WeakMap<ContentSet, { today: string; model: SiteModel }>();

/** The page catalogue's view of the content being checked (what the site would build from it), built once per check. */
export function checkedSiteModel(content: ContentSet, today: string): SiteModel {
  const known = models.get(content);
  if (known?.today === today) return known.model;
  const model = siteModelOf(content, today);
  models.set(content, { today, model });
  return model;
}

function siteModelOf(content: ContentSet, today: string): SiteModel {
  const stageById = new Map(content.stages.map((stage) => [stage.id, stage]));
  return buildSiteModel(content, {
    reviewOwners: reviewReport(pageReviews(reviewedContent(content)), today).byOwner.map((group) => group.owner),
    stageBodyAnchors: (stageId) => {
      const stage = stageById.get(stageId);
      const body = stage && scannedBody(stage);
      return body ? [...body.headings.map((heading) => heading.slug), ...body.ids] : [];
    },
  });
}

/** Every page the site builds, by site path, with the anchors (element ids) a link may point at. */
export function sitePages(content: ContentSet, today: string): Map<string, Set<string>> {
  return pageAnchors(checkedSiteModel(content, today));
}

/** The site path at which an entry's text is shown, used to resolve its relative links. */
export function pagePathOf(collection: string, entry: SourcedEntry<unknown>): string {
  switch (collection) {
    case 'stages': {
      const [playbookId, slug] = entry.id.split('/');
      return routes.stage(playbookId, slug);
    }
    case 'playbooks':
      return routes.playbook(entry.id);
    case 'roles':
      return routes.role(entry.id);
    case 'objectives':
      return routes.objectives();
    case 'scope':
      return routes.scope();
    default:
      return routes.home();
  }
}
