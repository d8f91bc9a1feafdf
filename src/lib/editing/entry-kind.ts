import type { CollectionName } from '../../schemas/collections.ts';
import type { ContentSet } from '../validation/content-set.ts';

/**
 * What a kind of entry that `npm run new` creates is made of, and the helpers its templates share.
 * The kinds themselves live with their feature (new-entry.ts, monitoring/, improvement/) and all
 * import from here, so none has to import back from the list that gathers them.
 */

/** Marks template text the editor still has to replace; the checker warns while any is left. */
export const TEMPLATE_MARKER = 'TODO:';

/** What a template may use: today, the content that exists, and who should own the new page. */
export interface TemplateContext {
  today: string;
  content: ContentSet;
  /** Role that owns the new page (--owner, or a sensible default for the kind). */
  owner: string;
}

export interface EntryKind {
  /** Collection the new file belongs to. */
  collection: CollectionName;
  /** How to call it, for messages: `npm run new -- <usage>`. */
  usage: string;
  /** Checks the id and names the file to create (relative to the project root), or says what is wrong. */
  fileOf(id: string, content: ContentSet): { file: string } | { error: string };
  /** The owner when --owner is not given. */
  defaultOwner(id: string, content: ContentSet): string | undefined;
  template(id: string, context: TemplateContext): string;
  /** Further files the new entry needs to be valid, for example a playbook's first stage. */
  companions?(id: string, context: TemplateContext): NewFile[];
}

/** A file `npm run new` writes. */
export interface NewFile {
  file: string;
  text: string;
}

export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const slugError = (id: string, example = 'benefits-review') =>
  `"${id}" is not a valid id: use lower-case words joined by single hyphens, for example "${example}".`;

/** `fileOf` for a kind whose id is a slug and whose file is `<folder>/<id>.yaml`. */
export const yamlFileIn =
  (folder: string, example?: string): EntryKind['fileOf'] =>
  (id) =>
    SLUG.test(id) ? { file: `${folder}/${id}.yaml` } : { error: slugError(id, example) };

/** "benefits-review" as "Benefits review". */
export const titleFromId = (id: string) => id.charAt(0).toUpperCase() + id.slice(1).replaceAll('-', ' ');

/** Template text the editor must replace, quoted for YAML. */
export const todo = (text: string) => JSON.stringify(`${TEMPLATE_MARKER} ${text}`);

/** The role that owns the first playbook: in practice the PMO's lead, who owns most pages. */
export const leadRole = (content: ContentSet) => [...content.playbooks].sort((a, b) => a.data.order - b.data.order)[0]?.data.owner;

/** The first stage by id, for templates that must name one. */
export const firstStageId = (content: ContentSet) => [...content.stages].sort((a, b) => a.id.localeCompare(b.id))[0]?.id;
