/** A ```mermaid fence found in an MDX file. */
export interface FencedDiagram {
  source: string;
  /** Line of the opening fence in the whole file (frontmatter included), counting from 1. */
  line: number;
}

const FENCE_OPEN = /^( *)(`{3,}|~{3,})(.*)$/;

/** Index of the first line after the YAML frontmatter, or 0 when there is none. */
function bodyStart(lines: readonly string[]): number {
  if (lines[0] !== '---') return 0;
  const end = lines.indexOf('---', 1);
  return end < 0 ? 0 : end + 1;
}

/**
 * Every ```mermaid (or ~~~mermaid) fence of an MDX file, in order, with the source as the
 * Markdown parser gives it: the fence's own indentation removed from each line (CommonMark).
 * Other fences are skipped whole, so a fence shown inside a fence is not a diagram.
 */
export function findMermaidFences(text: string): FencedDiagram[] {
  const lines = text.split(/\r?\n/);
  const found: FencedDiagram[] = [];
  let index = bodyStart(lines);
  while (index < lines.length) {
    const open = FENCE_OPEN.exec(lines[index]);
    if (!open || (open[2][0] === '`' && open[3].includes('`'))) {
      index++;
      continue;
    }
    const [, indent, fence, info] = open;
    const closing = new RegExp(`^ *\\${fence[0]}{${fence.length},} *$`);
    let end = index + 1;
    while (end < lines.length && !closing.test(lines[end])) end++;
    if (info.trim().split(/\s+/)[0] === 'mermaid') {
      const body = lines.slice(index + 1, end).map((line) => line.replace(new RegExp(`^ {0,${indent.length}}`), ''));
      found.push({ source: body.join('\n'), line: index + 1 });
    }
    index = end + 1;
  }
  return found;
}
