import type { GeneratedDiagram } from '../diagrams/generated-diagram.ts';
import type { SiteModel } from './site-model.ts';

/** A heading a page shows, with the id links may point at. */
export interface Section {
  id: string;
  /** The heading's text; a page may render richer markup in its place (a link, a number). */
  heading: string;
  /** 2 for <h2> (the default), 3 for <h3>; deeper headings are not sections. */
  depth?: 2 | 3;
  /** Whether the table of contents lists it: by default <h2> sections only. */
  toc?: boolean;
  /** Text for the table of contents when it differs from the heading. */
  tocText?: string;
}

/** Where an MDX page's own headings go among the declared sections (stage pages). */
export const bodyHeadings = { body: true } as const;

export type SectionSlot = Section | typeof bodyHeadings;

/** What search records about one page, apart from its path, title and type (see PageSearchData). */
export interface SearchFacets {
  /** Playbook filter values: titles of the playbooks the page belongs to or concerns. */
  playbooks: string[];
  /** Stage filter values (see `stageFilterValue`): the stages the page concerns. */
  stages: string[];
  /** Role filter values: titles of the roles the page concerns. */
  roles: string[];
  /** Set when the page is about one stage: its number (sort key) and where it sits, for results. */
  stage?: { number: number; label: string };
}

/**
 * One kind of page: everything the site, the content checker, search and the diagram
 * collector need to know about it. A new kind of page is one of these, added to `pageKinds`
 * in catalogue.ts, plus its file under src/pages/ named like `route`.
 */
export interface PageKind<Source> {
  /** The page's path pattern, matching its file under src/pages/: "/playbooks/[playbook]/[stage]/". */
  route: string;
  /** Every page of this kind the content makes, as the value each page is rendered from. */
  pages: (site: SiteModel) => Source[];
  /** Values of the route's [params]; kinds with a fixed path leave it out. */
  params?: (source: Source) => Record<string, string>;
  /** A link in the site menu's "Reference" list; `order` places it (lowest first). For kinds with one page. */
  menu?: { label: string; order: number };
  /** Whether the page shows a table of contents of its sections (default true). */
  tableOfContents?: boolean;
  /** The page's title, as links and search name it. */
  title: (source: Source, site: SiteModel) => string;
  /** The headings the page shows, in page order; `bodyHeadings` marks where an MDX body's go. */
  sections?: (source: Source, site: SiteModel) => SectionSlot[];
  /** Other element ids a link may point at (table rows, checklist items, captions). */
  anchors?: (source: Source, site: SiteModel) => string[];
  /** Diagrams the page generates from data, by name; the build renders them before any page. */
  diagrams?: (source: Source, site: SiteModel) => Record<string, GeneratedDiagram | undefined>;
  /** How the page appears in search; kinds without it are not indexed. */
  search?: {
    /** The type filter value and the tag on each result, e.g. "Stage". */
    label: string;
    /** Heading of this kind's group in the plain index of every page on /search/. */
    groupHeading: string;
    /** Whether a page is indexed (default: every page); a list page with nothing on it is not. */
    indexed?: (source: Source) => boolean;
    describe: (source: Source, site: SiteModel) => SearchFacets;
  };
}

/** Declares a kind of page; only here so TypeScript infers `Source` from `pages`. */
export function pageKind<Source>(kind: PageKind<Source>): PageKind<Source> {
  return kind;
}

/** The path of a page: its route with the params filled in ("/playbooks/[playbook]/" -> "/playbooks/pmo-setup/"). */
export function fillRoute(route: string, params: Record<string, string> = {}): string {
  return route.replace(/\[([^\]]+)\]/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`No value for [${name}] in ${route}.`);
    return value;
  });
}
