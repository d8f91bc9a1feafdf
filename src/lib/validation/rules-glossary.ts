import type { ContentSet } from './content-set.ts';
import type { Problem } from './problem.ts';
import { problemAt } from './problem-at.ts';
import { scannedBody } from './site-pages.ts';
import { closestMatch } from './suggest.ts';

const knownTerms = (content: ContentSet) => new Set(content.declared.glossary);
const hintFor = (id: string, known: Set<string>) => {
  const suggestion = closestMatch(id, known);
  return suggestion ? `Did you mean "${suggestion}"? Term ids are the file names in content/glossary/.` : `Add content/glossary/${id}.yaml, or use one of: ${[...known].sort().join(', ') || 'none yet'}.`;
};

/** Related terms name glossary entries that exist. */
export function glossaryRelatedTermsExist(content: ContentSet): Problem[] {
  const known = knownTerms(content);
  return content.glossary.flatMap((entry) =>
    entry.data.related.flatMap((id, index) => {
      if (id === entry.id) return [problemAt(entry, ['related', index], 'glossary/related-to-itself', 'A term cannot be related to itself.', 'Remove it from related.')];
      return known.has(id) ? [] : [problemAt(entry, ['related', index], 'reference/glossary-term', `Unknown glossary term "${id}".`, hintFor(id, known))];
    }),
  );
}

/** A term or alias names one entry only, whatever its letter case, so a reader never meets two definitions. */
export function glossaryNamesAreUnique(content: ContentSet): Problem[] {
  const owner = new Map<string, string>();
  const problems: Problem[] = [];
  for (const entry of [...content.glossary].sort((a, b) => a.id.localeCompare(b.id))) {
    const names: [string, (string | number)[]][] = [[entry.data.term, ['term']], ...entry.data.aliases.map((alias, index): [string, (string | number)[]] => [alias, ['aliases', index]])];
    for (const [name, path] of names) {
      const key = name.trim().toLowerCase();
      const earlier = owner.get(key);
      if (earlier === undefined) owner.set(key, entry.id);
      else if (earlier !== entry.id || path[0] === 'aliases') {
        problems.push(
          problemAt(
            entry,
            path,
            'glossary/duplicate-name',
            earlier === entry.id ? `"${name}" is listed twice in this term.` : `"${name}" is already a name of the glossary term "${earlier}".`,
            earlier === entry.id ? 'Remove the repeated alias.' : `Keep one definition: merge the two terms, or remove "${name}" from one of them.`,
          ),
        );
      }
    }
  }
  return problems;
}

/** Every <Term id="..."> in a page names a glossary term that exists. */
export function termReferencesResolve(content: ContentSet): Problem[] {
  const known = knownTerms(content);
  return content.stages.flatMap((stage) =>
    (scannedBody(stage)?.terms ?? [])
      .filter((use) => !known.has(use.id))
      .map((use) => ({
        severity: 'error' as const,
        file: stage.source.file,
        position: { line: use.line, column: use.column },
        field: 'Term',
        message: `<Term id="${use.id}"> names no glossary term.`,
        hint: hintFor(use.id, known),
        rule: 'reference/glossary-term',
      })),
  );
}
