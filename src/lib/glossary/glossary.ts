import type { GlossaryTerm } from '../../schemas/index.ts';
import type { Entry } from '../playbook/playbook-model.ts';

export interface GlossaryGroup {
  /** Upper-case first letter of the terms in the group. */
  letter: string;
  terms: Entry<GlossaryTerm>[];
}

export interface Glossary {
  byId: Map<string, Entry<GlossaryTerm>>;
  /** Terms in alphabetical order, grouped by first letter, as the glossary page lists them. */
  groups: GlossaryGroup[];
}

/** Sorts terms alphabetically (ignoring case) and groups them by first letter. */
export function buildGlossary(terms: Entry<GlossaryTerm>[]): Glossary {
  const sorted = [...terms].sort((a, b) => a.data.term.localeCompare(b.data.term, undefined, { sensitivity: 'base' }));
  const groups: GlossaryGroup[] = [];
  for (const term of sorted) {
    const letter = term.data.term.charAt(0).toUpperCase();
    const group = groups.at(-1);
    if (group?.letter === letter) group.terms.push(term);
    else groups.push({ letter, terms: [term] });
  }
  return { byId: new Map(terms.map((term) => [term.id, term])), groups };
}

/** Element id of a letter group on the glossary page. */
export const glossaryLetterId = (letter: string) => `letter-${letter.toLowerCase()}`;
