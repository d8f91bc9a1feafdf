import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';

/**
 * A Sätteri mdast plugin (Astro 7's default Markdown/MDX processor runs no remark plugins, but
 * takes mdast plugins of its own). It turns every ```mermaid fence, and every
 * <Diagram caption="…"> wrapping one, into the Diagram component with the source as a prop,
 * and imports the component, so pages render the cached SVG. Only the node shapes and context
 * methods used here are typed; Sätteri's own types are not a dependency of this project.
 */

interface Position {
  start: { line: number };
}
interface CodeNode {
  type: 'code';
  lang?: string | null;
  value: string;
  position?: Position;
}
interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}
interface JsxElementNode {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: JsxAttribute[];
  children: Array<{ type: string; value?: string; lang?: string | null; position?: Position }>;
  position?: Position;
}
interface VisitorContext {
  parent(node: unknown): { type: string; name?: string | null } | undefined;
  prependChild(node: unknown, child: { raw: string }): void;
}
interface PluginFactoryContext {
  fileURL: URL | undefined;
  source: string;
  sourceFormat: 'markdown' | 'mdx';
}

/** The name the component gets inside compiled MDX; unlikely to clash with an author's import. */
const componentName = '__PmoDiagram';
/** What authors write in MDX. */
const authoredName = 'Diagram';

const attribute = (name: string, value: string): JsxAttribute => ({ type: 'mdxJsxAttribute', name, value });

export interface MermaidFencePluginOptions {
  root: string;
  /** Absolute path of src/components/Diagram.astro. */
  componentPath: string;
}

export function mermaidFencePlugin({ root, componentPath }: MermaidFencePluginOptions) {
  return (document: PluginFactoryContext) => {
    if (!/mermaid|<Diagram\b/.test(document.source)) return null;
    const file = document.fileURL ? relative(root, fileURLToPath(document.fileURL)).split('\\').join('/') : 'an MDX file';
    const where = (node: { position?: Position }) => `${file}:${node.position?.start.line ?? '?'}`;
    if (document.sourceFormat !== 'mdx') {
      // Plain Markdown cannot hold a component; say so rather than leave a code block.
      return {
        name: 'pmo-playbook:mermaid-fences',
        options: { position: true },
        code(node: CodeNode) {
          if (node.lang === 'mermaid') throw new Error(`${where(node)}: mermaid diagrams work in .mdx pages only; rename the file to .mdx.`);
          return undefined;
        },
      };
    }
    let usesDiagram = false;

    const diagramElement = (fence: CodeNode, attributes: JsxAttribute[] = []) => {
      usesDiagram = true;
      return {
        type: 'mdxJsxFlowElement',
        name: componentName,
        attributes: [...attributes, attribute('source', fence.value), attribute('origin', where(fence))],
        children: [],
      };
    };

    const wrongUse = (node: JsxElementNode, problem: string) =>
      new Error(
        `${where(node)}: ${problem}\n  Write the diagram as a \`\`\`mermaid fence inside the component:\n` +
          '    <Diagram caption="What the diagram shows">\n\n    ```mermaid\n    flowchart TD\n      A --> B\n    ```\n\n    </Diagram>',
      );

    return {
      name: 'pmo-playbook:mermaid-fences',
      options: { position: true },
      code(node: CodeNode, context: VisitorContext) {
        if (node.lang !== 'mermaid') return undefined;
        const parent = context.parent(node);
        if (parent?.type === 'mdxJsxFlowElement' && parent.name === authoredName) return undefined;
        return diagramElement(node);
      },
      mdxJsxFlowElement(node: JsxElementNode) {
        if (node.name !== authoredName) return undefined;
        if (node.attributes.some((item) => item.name === 'source')) throw wrongUse(node, '<Diagram> in MDX does not take a source attribute.');
        const content = node.children.filter((child) => !(child.type === 'text' && !child.value?.trim()));
        const fence = content[0];
        if (content.length !== 1 || fence.type !== 'code' || fence.lang !== 'mermaid') {
          throw wrongUse(node, '<Diagram> must contain exactly one ```mermaid fence and nothing else.');
        }
        return diagramElement(fence as CodeNode, node.attributes);
      },
      mdxJsxTextElement(node: JsxElementNode) {
        if (node.name === authoredName) throw wrongUse(node, '<Diagram> must stand on its own lines, with blank lines around the fence.');
        return undefined;
      },
      after(tree: unknown, context: VisitorContext) {
        if (usesDiagram) context.prependChild(tree, { raw: `import ${componentName} from ${JSON.stringify(componentPath)};\n` });
      },
    };
  };
}
