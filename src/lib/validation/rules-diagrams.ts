import { checkDiagramSyntax } from '../diagrams/check-syntax.ts';
import type { ContentSet } from './content-set.ts';
import type { Problem } from './problem.ts';
import { diagramElementsHoldOneFence } from './rules-mdx.ts';
import { scannedBody } from './site-pages.ts';

/**
 * Mermaid fences in stage pages are placed as the build needs them and parse, checked in Node
 * without a browser (the build renders them and reports anything parsing cannot see).
 * Asynchronous because mermaid's parser is.
 */
export async function diagramSyntaxIsValid(content: ContentSet): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const stage of content.stages) {
    const body = scannedBody(stage);
    problems.push(...diagramElementsHoldOneFence(stage.source, body?.diagramMisuses ?? []));
    for (const { fence: node } of body?.diagrams ?? []) {
      // The diagram's own line 1 is the line after the opening fence.
      const fence = { text: node.value, line: (node.position?.start.line ?? 0) + 1 };
      const result = await checkDiagramSyntax(fence.text);
      if (result.status !== 'invalid') continue;
      const sourceLine = result.line ?? 1;
      problems.push({
        severity: 'error',
        file: stage.source.file,
        position: { line: fence.line + sourceLine - 1, column: 1 },
        field: 'body',
        message: `Mermaid cannot read this diagram: ${result.message.split('\n')[0]}`,
        hint: `Line ${sourceLine} of the diagram (the fence starts at line ${fence.line - 1}). Compare with the mermaid syntax for this diagram type; ${result.message.split('\n').slice(1).join(' ').trim() || 'check brackets, arrows and quotes'}.`,
        rule: 'diagram/syntax',
      });
    }
  }
  return problems;
}
