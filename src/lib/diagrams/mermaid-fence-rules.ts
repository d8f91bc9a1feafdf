import type { Code, Nodes, Parents } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';

/**
 * What a ```mermaid fence in MDX means, decided on mdast nodes. The content checker walks
 * remark's tree with these visitors and the Sätteri plugin that renders the diagrams calls the
 * same ones from its own visitors: both processors hand over the same mdast shape (a `code`
 * node with `lang`, `value` and position; `<Diagram>` as an `mdxJsxFlowElement` whose children
 * are the fence), so what the check accepts is what the build renders.
 */

/** What authors write in MDX around a fence to give it a caption. */
export const diagramComponentName = 'Diagram';

/** A diagram the page shows: the fence, and the attributes of the <Diagram> around it if any. */
export interface FencedDiagram {
  fence: Code;
  attributes: Array<MdxJsxAttribute | MdxJsxExpressionAttribute>;
}

/** A <Diagram> written in a way that cannot become a diagram. */
export interface DiagramMisuse {
  node: MdxJsxFlowElement | MdxJsxTextElement;
  problem: string;
  hint: string;
}

export type FenceFinding = { diagram: FencedDiagram } | { misuse: DiagramMisuse } | undefined;

export const diagramUsageHint =
  'Write the diagram as a ```mermaid fence inside the component:\n' +
  '    <Diagram caption="What the diagram shows">\n\n    ```mermaid\n    flowchart TD\n      A --> B\n    ```\n\n    </Diagram>';

const isMermaid = (node: { type: string; lang?: string | null }): node is Code => node.type === 'code' && node.lang === 'mermaid';

type ParentLike = Pick<Parents, 'type'> & { name?: string | null };

/** A fence on its own; one inside <Diagram> is the element's, and found through it. */
export function mermaidCode(node: Code, parent: ParentLike | undefined): FenceFinding {
  if (!isMermaid(node)) return undefined;
  if (parent?.type === 'mdxJsxFlowElement' && parent.name === diagramComponentName) return undefined;
  return { diagram: { fence: node, attributes: [] } };
}

/** <Diagram caption="…"> around exactly one fence. */
export function diagramFlowElement(node: MdxJsxFlowElement): FenceFinding {
  if (node.name !== diagramComponentName) return undefined;
  if (node.attributes.some((item) => item.type === 'mdxJsxAttribute' && item.name === 'source')) {
    return { misuse: { node, problem: '<Diagram> in MDX does not take a source attribute.', hint: diagramUsageHint } };
  }
  // Sätteri may keep the blank text between the tag and the fence; remark does not.
  const content = (node.children as Nodes[]).filter((child) => !(child.type === 'text' && !child.value.trim()));
  const fence = content[0];
  if (content.length !== 1 || !isMermaid(fence)) {
    return { misuse: { node, problem: '<Diagram> must contain exactly one ```mermaid fence and nothing else.', hint: diagramUsageHint } };
  }
  return { diagram: { fence, attributes: node.attributes } };
}

/** <Diagram> inside a paragraph cannot hold a fence. */
export function diagramTextElement(node: MdxJsxTextElement): FenceFinding {
  if (node.name !== diagramComponentName) return undefined;
  return { misuse: { node, problem: '<Diagram> must stand on its own lines, with blank lines around the fence.', hint: diagramUsageHint } };
}

/** The three visitors by node type, for a walk over any mdast tree. */
export function mermaidFenceFinding(node: Nodes, parent: ParentLike | undefined): FenceFinding {
  if (node.type === 'code') return mermaidCode(node, parent);
  if (node.type === 'mdxJsxFlowElement') return diagramFlowElement(node);
  if (node.type === 'mdxJsxTextElement') return diagramTextElement(node);
  return undefined;
}
