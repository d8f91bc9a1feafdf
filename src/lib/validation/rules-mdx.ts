import type { Problem } from './problem.ts';
import type { SourceDocument } from './source-document.ts';

/**
 * An MDX page's text is valid MDX: what remark-mdx cannot read, the build's MDX compiler cannot
 * compile either, so each error is reported here with its line and column instead of as a
 * stack trace in the middle of the build.
 */
export function mdxBodyParses(document: SourceDocument): Problem[] {
  return (document.body?.syntaxErrors ?? []).map((error) => ({
    severity: 'error',
    file: document.file,
    position: { line: error.line, column: error.column },
    field: 'body',
    message: `This is not valid MDX: ${error.reason}.`,
    hint: error.hint,
    rule: 'mdx/syntax',
  }));
}

/**
 * Every <Diagram> in a page holds one ```mermaid fence, as the build needs (the same rules the
 * diagram plugin applies: src/lib/diagrams/mermaid-fence-rules.ts).
 */
export function diagramElementsHoldOneFence(document: SourceDocument, misuses: ReadonlyArray<{ node: { position?: { start: { line: number; column: number } } }; problem: string; hint: string }>): Problem[] {
  return misuses.map(({ node, problem, hint }) => ({
    severity: 'error',
    file: document.file,
    position: { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 },
    field: 'body',
    message: problem,
    hint,
    rule: 'diagram/element',
  }));
}
