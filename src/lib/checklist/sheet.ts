import type { ChecklistItem } from '../../schemas/index.ts';
// Not routes.ts: the checklist element imports this module in the browser, and must not pull in the page catalogue.
import { withBase } from '../pages/site-path.ts';
import type { PartWords } from '../playbook/playbook-words.ts';
import { itemFingerprint } from './fingerprint.ts';

/** A page or address an item points to for help, ready to render. */
export interface SheetLink {
  href: string;
  label: string;
  external: boolean;
}

/** One checklist item with everything the screen, the paper and the exports show. */
export interface SheetItem {
  id: string;
  text: string;
  required: boolean;
  /** Absent where the playbook does not ask items for an owner. */
  owner?: { id: string; title: string };
  /** Absent where the playbook does not ask items for evidence. */
  evidence?: string;
  group?: string;
  link?: SheetLink;
  fingerprint: string;
}

/** Items under one heading; the heading is absent for items without a group. */
export interface SheetGroup {
  heading?: string;
  items: SheetItem[];
}

/**
 * A stage's checklist as the site presents it. Plain data (it is also handed to the
 * browser as JSON), so the page, the printed sheet and the exports cannot disagree.
 */
export interface ChecklistSheet {
  /** `checklistFor`: what the paper asks to be filled in for, for example "Project or programme". */
  playbook: { id: string; title: string; checklistFor?: string };
  /** What the playbook calls its parts ("stage", "play") and whether they are numbered. */
  words: PartWords;
  stage: { slug: string; number: number; title: string; owner: { id: string; title: string }; keyQuestions: string[] };
  /** Whether any item names an owner or evidence, so paper and exports show those columns. */
  shows: { owner: boolean; evidence: boolean };
  /** Site path of the stage page, with the deploy base. */
  pagePath: string;
  /** localStorage key for the reader's ticks: one per stage page, so per playbook and stage. */
  storageKey: string;
  groups: SheetGroup[];
}

export interface SheetInput {
  playbook: { id: string; title: string; checklistFor?: string };
  words: PartWords;
  /** `path` is the stage page's site path, without the base. */
  stage: { slug: string; path: string; number: number; title: string; owner: string; checklist: ChecklistItem[]; keyQuestions?: string[] };
  roleTitle: (roleId: string) => string;
  /** Site path -> page title, see pageTitles(). */
  pages: Map<string, string>;
  /** Deploy base, "/" or "/repo/". */
  base: string;
}

/** Where the ticks of a stage page are kept. The page path carries the base, playbook and stage. */
export function storageKeyFor(stagePagePath: string): string {
  return `pmo-playbook:checklist:${stagePagePath}`;
}

function linkFor(link: string, pages: Map<string, string>, base: string): SheetLink {
  if (link.startsWith('/')) {
    const path = link.split('#')[0].split('?')[0];
    return { href: withBase(base, link), label: pages.get(path) ?? link, external: false };
  }
  const url = new URL(link);
  return { href: link, label: `${url.host}${url.pathname === '/' ? '' : url.pathname}`, external: true };
}

/** Heading for items without a group when other items have one, so they do not read as part of the group above. */
export const ungroupedHeading = 'Other items';

/**
 * Groups items under their headings in the order the headings first appear, and lists
 * required items before optional ones within each group (keeping the author's order
 * otherwise), so the items that close the stage are read first.
 */
export function groupItems(items: SheetItem[]): SheetGroup[] {
  const groups = new Map<string | undefined, SheetItem[]>();
  for (const item of items) {
    const members = groups.get(item.group) ?? [];
    members.push(item);
    groups.set(item.group, members);
  }
  const anyHeading = items.some((item) => item.group !== undefined);
  return [...groups].map(([heading, members]) => ({
    heading: heading ?? (anyHeading ? ungroupedHeading : undefined),
    items: [...members.filter((item) => item.required), ...members.filter((item) => !item.required)],
  }));
}

/** The checklist of one stage, grouped and ordered, with owners and links resolved. */
export function buildChecklistSheet({ playbook, words, stage, roleTitle, pages, base }: SheetInput): ChecklistSheet {
  const pagePath = withBase(base, stage.path);
  const items = stage.checklist.map(
    (item): SheetItem => ({
      id: item.id,
      text: item.text,
      required: item.required,
      ...(item.owner === undefined ? {} : { owner: { id: item.owner, title: roleTitle(item.owner) } }),
      ...(item.evidence === undefined ? {} : { evidence: item.evidence }),
      ...(item.group === undefined ? {} : { group: item.group }),
      ...(item.link === undefined ? {} : { link: linkFor(item.link, pages, base) }),
      fingerprint: itemFingerprint(item.text),
    }),
  );
  return {
    playbook,
    words,
    stage: { slug: stage.slug, number: stage.number, title: stage.title, owner: { id: stage.owner, title: roleTitle(stage.owner) }, keyQuestions: stage.keyQuestions ?? [] },
    shows: { owner: items.some((item) => item.owner), evidence: items.some((item) => item.evidence) },
    pagePath,
    storageKey: storageKeyFor(pagePath),
    groups: groupItems(items),
  };
}

/** Every item of a sheet in the order it is shown. */
export function sheetItems(sheet: Pick<ChecklistSheet, 'groups'>): SheetItem[] {
  return sheet.groups.flatMap((group) => group.items);
}
