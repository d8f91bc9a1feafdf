import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';

import type { Code, Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { MdastPluginDefinition, MdastVisitorContext, PluginFactoryContext } from 'satteri';
import { diagramFlowElement, diagramTextElement, type FenceFinding, mermaidCode } from '../../lib/diagrams/mermaid-fence-rules.ts';

/**
 * A Sätteri mdast plugin (Astro 7's default Markdown/MDX processor runs no remark plugins, but
 * takes mdast plugins of its own). It turns every ```mermaid fence, and every
 * <Diagram caption="…"> wrapping one, into the Diagram component with the source as a prop,
 * and imports the component, so pages render the cached SVG. Which fences are diagrams is
 * decided by the visitors the content checker runs on remark's tree (mermaid-fence-rules.ts).
 */

/** The name the component gets inside compiled MDX; unlikely to clash with an author's import. */
const componentName = '__PmoDiagram';

const attribute = (name: string, value: string): MdxJsxAttribute => ({ type: 'mdxJsxAttribute', name, value });

export interface MermaidFencePluginOptions {
  root: string;
  /** Absolute path of src/components/Diagram.astro. */
  componentPath: string;
}

export function mermaidFencePlugin({ root, componentPath }: MermaidFencePluginOptions) {
  return (document: PluginFactoryContext): MdastPluginDefinition | null => {
    if (!/mermaid|<Diagram\b/.test(document.source)) return null;
    const file = document.fileURL ? relative(root, fileURLToPath(document.fileURL)).split('\\').join('/') : 'an MDX file';
    const where = (node: { position?: { start: { line: number } } }) => `${file}:${node.position?.start.line ?? '?'}`;
    if (document.sourceFormat !== 'mdx') {
      // Plain Markdown cannot hold a component; say so rather than leave a code block.
      return {
        name: 'pmo-playbook:mermaid-fences',
        options: { position: true },
        code(node) {
          if (node.lang === 'mermaid') throw new Error(`${where(node)}: mermaid diagrams work in .mdx pages only; rename the file to .mdx.`);
          return undefined;
        },
      };
    }
    let usesDiagram = false;

    /** The component standing for a diagram, or the error that stops the build for a misused <Diagram>. */
    const rendered = (finding: FenceFinding): MdxJsxFlowElement | undefined => {
      if (!finding) return undefined;
      if ('misuse' in finding) throw new Error(`${where(finding.misuse.node)}: ${finding.misuse.problem}\n  ${finding.misuse.hint}`);
      usesDiagram = true;
      const { fence, attributes } = finding.diagram;
      return {
        type: 'mdxJsxFlowElement',
        name: componentName,
        attributes: [...attributes, attribute('source', fence.value), attribute('origin', where(fence))],
        children: [],
      };
    };

    return {
      name: 'pmo-playbook:mermaid-fences',
      options: { position: true },
      code: (node: Readonly<Code>, context: MdastVisitorContext) => rendered(mermaidCode(node as Code, context.parent(node))),
      mdxJsxFlowElement: (node: Readonly<MdxJsxFlowElement>) => rendered(diagramFlowElement(node as MdxJsxFlowElement)),
      mdxJsxTextElement: (node: Readonly<MdxJsxTextElement>) => rendered(diagramTextElement(node as MdxJsxTextElement)),
      after(tree: Readonly<Root>, context: MdastVisitorContext) {
        if (usesDiagram) context.prependChild(tree, { raw: `import ${componentName} from ${JSON.stringify(componentPath)};\n` });
      },
    };
  };
}
