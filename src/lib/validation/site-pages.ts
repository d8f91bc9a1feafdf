import { buildGovernanceModel } from '../governance/governance-model.ts';
import { buildPlaybookModel } from '../playbook-model.ts';
import { searchPageTypes, type SearchPageTypeId } from '../search/page-search-data.ts';
import { pageTitles } from '../page-titles.ts';
import { pageReviews, reviewOwnerAnchor, reviewReport } from '../page-reviews.ts';
import { planningPages, stagesWithPlanningLinks } from '../plans/planning-pages.ts';
import { improvementPages, improvementRoleAnchors, improvementStageAnchors } from '../improvement/improvement-pages.ts';
import { checklistSheetId, routes } from '../routes.ts';
import type { ContentSet, SourcedEntry } from './content-set.ts';
import { scanBody, type ScannedBody } from './markdown-scan.ts';
import { reviewedContent } from './rules-review.ts';

const scans = new WeakMap<object, ScannedBody>();

/**
 * The scanned Markdown body of an MDX entry, read once however many rules ask: headings and
 * links for the link rule, fenced code blocks (`fences`, with language and line) for rules such
 * as diagram syntax.
 */
export function scannedBody(entry: SourcedEntry<unknown>): ScannedBody | undefined {
  const body = entry.source.body;
  if (!body) return undefined;
  let scan = scans.get(entry);
  if (!scan) {
    scan = scanBody(body.text, body.firstLine);
    scans.set(entry, scan);
  }
  return scan;
}

/** Ids every page has (the skip link's target). */
const everyPage = ['main'];

/**
 * Every page the site builds, by site path, with the anchors (element ids) a link may point
 * at. The fixed ids mirror src/pages; test/build/freshness.test.ts compares this table with
 * the built example site, so a page that gains a section without an entry here fails a test.
 * A new page is one more entry.
 */
export function sitePages(content: ContentSet, today: string): Map<string, Set<string>> {
  const pages = new Map<string, Set<string>>();
  const add = (path: string, anchors: Iterable<string>) => pages.set(path, new Set([...everyPage, ...anchors]));

  add(routes.home(), ['playbooks', ...content.playbooks.map((playbook) => `stages-${playbook.id}`), 'objectives', 'find-your-role']);
  add(
    routes.objectives(),
    content.objectives.flatMap((objective) => [objective.id, `${objective.id}-benefits`]),
  );
  add(
    routes.scope(),
    content.scope.flatMap((scope) => ['categories', 'thresholds', 'exclusions', 'intake'].map((section) => `${scope.id}-${section}`)),
  );
  add(routes.roles(), ['reporting-lines']);
  const dueForReview = reviewReport(pageReviews(reviewedContent(content)), today);
  add(routes.reviews(), dueForReview.byOwner.map((group) => reviewOwnerAnchor(group.owner)));
  const governance = buildGovernanceModel(content);
  add(routes.governance(), [
    'forums',
    'calendar',
    'tolerances',
    'who-decides',
    'raci',
    ...governance.forums.map((forum) => `forum-${forum.id}`),
    ...(governance.escalation?.levels ?? []).map((level) => `level-${level.id}`),
  ]);
  add(routes.raciMatrices(), ['matrices', 'load', 'load-caption']);
  // The plain index on /search/ has a section per kind of page that has any pages. Only the page
  // lists are read here (not each page's search data), so content with errors cannot break it.
  const searchSources = {
    ...buildPlaybookModel({ playbooks: content.playbooks, stages: content.stages, roles: content.roles, objectives: content.objectives }),
    objectives: content.objectives,
    scopes: content.scope,
    governance,
    planning: { plans: content.plans, metrics: content.metrics, stakeholders: content.stakeholders.map(({ id, data }) => ({ id, owner: data.owner })), comms: content.comms },
    improvement: content,
  };
  const searchGroups = (Object.keys(searchPageTypes) as SearchPageTypeId[]).filter((type) => searchPageTypes[type].pages(searchSources).length > 0);
  add(routes.search(), ['all-pages', ...searchGroups.map((type) => `all-pages-${type}`)]);
  for (const matrix of governance.matrices) {
    add(routes.raciMatrix(matrix.id), ['key', 'matrix', 'downloads', ...matrix.data.activities.map((activity) => `activity-${activity.id}`)]);
  }
  const objectiveOwners = new Set(content.objectives.map((objective) => objective.data.owner));
  for (const role of content.roles) {
    add(routes.role(role.id), [
      'responsibilities',
      'stages',
      'stages-owned',
      'stages-taking-part',
      'checklist-items',
      ...(objectiveOwners.has(role.id) ? ['objectives'] : []),
      'reporting-line',
      'governance',
      'governance-activities',
      ...((governance.assignments.get(role.id) ?? []).length > 0 ? ['governance-activities-caption'] : []),
      'governance-forums',
      ...improvementRoleAnchors(content, role.id),
    ]);
  }
  for (const playbook of content.playbooks) {
    add(routes.playbook(playbook.id), ['stages', 'on-paper']);
    const stageSlugs = content.stages.filter((stage) => stage.id.startsWith(`${playbook.id}/`)).map((stage) => stage.id.split('/')[1]);
    add(routes.booklet(playbook.id), ['booklet-title', ...stageSlugs.map((slug) => checklistSheetId(playbook.id, slug))]);
    for (const slug of stageSlugs) add(routes.stageChecklist(playbook.id, slug), [checklistSheetId(playbook.id, slug)]);
  }
  for (const [path, anchors] of planningPages(content)) add(path, anchors);
  for (const [path, anchors] of improvementPages(content)) add(path, anchors);
  const stagesWithPlans = stagesWithPlanningLinks(content);
  for (const stage of content.stages) {
    const [playbookId, slug] = stage.id.split('/');
    const body = scannedBody(stage);
    const stageGovernance = governance.byStage.get(stage.id);
    add(routes.stage(playbookId, slug), [
      ...(stageGovernance ? ['governance'] : []),
      ...(stageGovernance?.matrices.length ? ['governance-matrices'] : []),
      ...(stageGovernance?.forums.length ? ['governance-forums'] : []),
      'purpose',
      'inputs-and-outputs',
      'inputs-heading',
      'outputs-heading',
      'who-takes-part',
      ...(stagesWithPlans.has(stage.id) ? ['templates'] : []),
      ...improvementStageAnchors(content, stage.id),
      'checklist',
      ...stage.data.checklist.map((item) => `item-${item.id}`),
      ...(body?.headings.map((heading) => heading.slug) ?? []),
      ...(body?.ids ?? []),
    ]);
  }
  // Pages without anchors of their own (printable checklists, booklets) come from the title list.
  const titled = (entries: SourcedEntry<{ title: string }>[]) => entries.map((entry) => ({ id: entry.id, title: entry.data.title }));
  const allPages = pageTitles({ playbooks: titled(content.playbooks), stages: titled(content.stages), roles: titled(content.roles), raciMatrices: titled(content.raci) });
  for (const path of allPages.keys()) if (!pages.has(path)) add(path, []);
  return pages;
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
