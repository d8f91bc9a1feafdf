import type { MarkdownHeading } from 'astro';
import type { GeneratedDiagram } from '../diagrams/generated-diagram.ts';
import { fillRoute, type PageKind, type Section, type SectionSlot } from './page-kind.ts';
import * as governance from './kinds/governance.ts';
import * as improvement from './kinds/improvement.ts';
import * as monitoring from './kinds/monitoring.ts';
import * as overview from './kinds/overview.ts';
import * as planning from './kinds/planning.ts';
import * as playbooks from './kinds/playbooks.ts';
import * as reference from './kinds/reference.ts';
import * as roles from './kinds/roles.ts';
import * as templates from './kinds/templates.ts';
import type { PageSearchData } from './search-facets.ts';
import type { SiteModel } from './site-model.ts';

/** The plain index of every page on /search/, one group per searchable kind that has pages. */
const search: PageKind<SiteModel> = {
  route: '/search/',
  pages: (site) => [site],
  tableOfContents: false,
  title: () => 'Search',
  sections: (site: SiteModel): SectionSlot[] => [
    { id: 'all-pages', heading: 'All pages' },
    // Only the page lists are read (not each page's search data), so content with errors cannot break it.
    ...kindIds.flatMap((kind) => {
      const spec = kindOf(kind).search;
      const indexed = pagesOf(kind, site).some((page) => spec && (!spec.indexed || spec.indexed(page.source)));
      return spec && indexed ? [{ id: `all-pages-${kind}`, heading: spec.groupHeading, depth: 3 as const }] : [];
    }),
  ],
};

/**
 * Every kind of page the site builds. Searchable kinds appear on /search/ in this order.
 * A new kind of page is one entry here (declared with `pageKind` in kinds/) and its file
 * under src/pages/.
 */
export const pageKinds = {
  home: overview.home,
  playbook: playbooks.playbook,
  stage: playbooks.stage,
  stageChecklist: playbooks.stageChecklist,
  booklet: playbooks.booklet,
  roles: roles.roles,
  role: roles.role,
  objectives: overview.objectives,
  scope: overview.scope,
  governance: governance.governance,
  raciMatrices: governance.raciMatrices,
  raciMatrix: governance.raciMatrix,
  plans: planning.plans,
  plan: planning.plan,
  metrics: planning.metrics,
  stakeholders: planning.stakeholders,
  comms: planning.comms,
  raidLog: monitoring.raidLog,
  planRaidLog: monitoring.planRaidLog,
  statusReports: monitoring.statusReports,
  statusReport: monitoring.statusReport,
  services: reference.services,
  prioritisation: reference.prioritisation,
  intakeForm: reference.intakeForm,
  intakeFormPrint: reference.intakeFormPrint,
  gates: reference.gates,
  glossary: reference.glossary,
  reviews: overview.reviews,
  templates: templates.templates,
  maturity: improvement.maturity,
  benefits: improvement.benefits,
  benefit: improvement.benefit,
  lessons: improvement.lessons,
  lessonFilter: improvement.lessonFilter,
  backlog: improvement.backlog,
  search,
};

export type PageKindId = keyof typeof pageKinds;
export type SourceOf<K extends PageKindId> = K extends PageKindId ? ((typeof pageKinds)[K] extends PageKind<infer Source> ? Source : never) : never;

const kindIds: PageKindId[] = Object.keys(pageKinds) as PageKindId[];
const kindOf = <K extends PageKindId>(kind: K) => pageKinds[kind] as unknown as PageKind<SourceOf<K>>;

/** One page of the site: its kind, where it is and what it is rendered from. */
export interface SitePage<K extends PageKindId = PageKindId> {
  kind: K;
  path: string;
  params: Record<string, string>;
  title: string;
  source: SourceOf<K>;
}

/** The page of `kind` rendered from `source`. */
export function pageFrom<K extends PageKindId>(kind: K, source: SourceOf<K>, site: SiteModel): SitePage<K> {
  const definition = kindOf(kind);
  const params = definition.params?.(source) ?? {};
  return { kind, path: fillRoute(definition.route, params), params, title: definition.title(source, site), source };
}

/** The pages of one kind. */
export function pagesOf<K extends PageKindId>(kind: K, site: SiteModel): SitePage<K>[] {
  return kindOf(kind).pages(site).map((source) => pageFrom(kind, source, site));
}

/** Every page the site builds, kind by kind. */
export function sitePages(site: SiteModel): SitePage[] {
  return kindIds.flatMap((kind) => pagesOf(kind, site) as SitePage[]);
}

/** The site path of the page of `kind` with these params. */
export function pathOf(kind: PageKindId, params?: Record<string, string>): string {
  return fillRoute(pageKinds[kind].route, params);
}

/** The site menu's "Reference" links: kinds that declare a `menu`, in its order. */
export function referenceMenu(site: SiteModel): { label: string; path: string }[] {
  return kindIds
    .flatMap((kind) => {
      const menu = kindOf(kind).menu;
      const [page] = pagesOf(kind, site);
      return menu && page ? [{ ...menu, path: page.path }] : [];
    })
    .sort((a, b) => a.order - b.order)
    .map(({ label, path }) => ({ label, path }));
}

/** Every page as site path -> title, for link labels and the content checker. */
export function pageTitles(site: SiteModel): Map<string, string> {
  return new Map(sitePages(site).map((page) => [page.path, page.title]));
}

/** The declared sections of a page, in page order, without the MDX body's place. */
export function sectionsOf<K extends PageKindId>(page: SitePage<K>, site: SiteModel): Section[] {
  return (kindOf(page.kind).sections?.(page.source, site) ?? []).filter((slot): slot is Section => 'id' in slot);
}

/** Ids every page has (the skip link's target). */
const everyPage = ['main'];

/** Every page by site path with the element ids a link may point at. */
export function pageAnchors(site: SiteModel): Map<string, Set<string>> {
  return new Map(
    sitePages(site).map((page) => [
      page.path,
      new Set([...everyPage, ...sectionsOf(page, site).map((section) => section.id), ...(kindOf(page.kind).anchors?.(page.source, site) ?? [])]),
    ]),
  );
}

/** What search records about a page, or undefined for a page that is not indexed. */
export function searchDataOf<K extends PageKindId>(page: SitePage<K>, site: SiteModel): PageSearchData | undefined {
  const spec = kindOf(page.kind).search;
  if (!spec || (spec.indexed && !spec.indexed(page.source))) return undefined;
  return { path: page.path, title: page.title, type: spec.label, ...spec.describe(page.source, site) };
}

/** What search records about the page of `kind` rendered from `source`; throws for a page search leaves out. */
export function searchDataFor<K extends PageKindId>(kind: K, source: SourceOf<K>, site: SiteModel): PageSearchData {
  const page = pageFrom(kind, source, site);
  const data = searchDataOf(page, site);
  if (!data) throw new Error(`${page.path} (${kind}) is not indexed for search.`);
  return data;
}

/** The pages of one searchable kind, for the plain index of every page on /search/. */
export interface SearchGroup {
  kind: PageKindId;
  /** The type filter value. */
  label: string;
  heading: string;
  pages: PageSearchData[];
}

/** Every searchable page, grouped by kind in catalogue order; groups without pages are left out. */
export function searchCatalogue(site: SiteModel): SearchGroup[] {
  return kindIds.flatMap((kind) => {
    const spec = kindOf(kind).search;
    if (!spec) return [];
    const pages = pagesOf(kind, site).flatMap((page) => searchDataOf(page, site) ?? []);
    return pages.length > 0 ? [{ kind, label: spec.label, heading: spec.groupHeading, pages }] : [];
  });
}

/** The diagrams a page generates from data, by name. */
export function diagramsOf<K extends PageKindId>(page: SitePage<K>, site: SiteModel): Record<string, GeneratedDiagram | undefined> {
  return kindOf(page.kind).diagrams?.(page.source, site) ?? {};
}

/** Every diagram the site's pages generate from data; the build renders them before any page. */
export function generatedDiagrams(site: SiteModel): GeneratedDiagram[] {
  return sitePages(site).flatMap((page) => Object.values(diagramsOf(page, site)).filter((diagram) => diagram !== undefined));
}

/** What a component needs to render a page's headings. */
export interface PageSections {
  /** The declared section with this id; a page that shows an undeclared section fails to build. */
  section(id: string): Section;
}

/** Everything one page renders from the catalogue: its sections, table of contents, search data and diagrams. */
export interface RouteData<K extends PageKindId = PageKindId> extends SitePage<K>, PageSections {
  sections: Section[];
  search?: PageSearchData;
  diagrams: Record<string, GeneratedDiagram | undefined>;
  /** The table of contents, with an MDX body's headings in their declared place. */
  toc(bodyHeadings?: MarkdownHeading[]): MarkdownHeading[];
}

/** Route data for one page (as Starlight builds per route), computed once when the page is rendered. */
export function routeData<K extends PageKindId>(page: SitePage<K>, site: SiteModel): RouteData<K> {
  const definition = kindOf(page.kind);
  const slots: SectionSlot[] = definition.sections?.(page.source, site) ?? [];
  const sections = slots.filter((slot): slot is Section => 'id' in slot);
  const byId = new Map(sections.map((section) => [section.id, section]));
  return {
    ...page,
    sections,
    search: searchDataOf(page, site),
    diagrams: diagramsOf(page, site),
    section(id) {
      const section = byId.get(id);
      if (!section) throw new Error(`${page.path} shows a section "${id}" that its page kind "${page.kind}" does not declare in src/lib/pages/.`);
      return section;
    },
    toc(bodyHeadings = []) {
      if (definition.tableOfContents === false) return [];
      return slots.flatMap((slot) => {
        if (!('id' in slot)) return bodyHeadings;
        const depth = slot.depth ?? 2;
        return (slot.toc ?? depth === 2) ? [{ depth, slug: slot.id, text: slot.tocText ?? slot.heading }] : [];
      });
    },
  };
}
