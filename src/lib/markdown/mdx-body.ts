import GithubSlugger from 'github-slugger';
import type { Nodes, Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute } from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { type DiagramMisuse, type FencedDiagram, mermaidFenceFinding } from '../diagrams/mermaid-fence-rules.ts';

/**
 * What the checker needs from an MDX body, read from its remark tree: headings with the ids
 * Astro gives them, every link, image, definition and JSX href/src, JSX ids, code fences and
 * the diagrams the page shows. Code is a node of its own, so examples inside it are never
 * taken for links.
 */

export interface BodyHeading {
  depth: number;
  text: string;
  /** The id Astro gives the heading (github-slugger over the page's headings, in order). */
  slug: string;
  line: number;
}

export interface BodyReference {
  /** link: [text](url); image: ![alt](src); definition: [ref]: url; attribute: href= or src= in JSX. */
  kind: 'link' | 'image' | 'definition' | 'attribute';
  url: string;
  line: number;
  column: number;
}

/** A fenced code block; `lang` is the word after the fence, for example "mermaid". */
export interface CodeFence {
  lang: string;
  text: string;
  /** File line of the first line inside the fence. */
  line: number;
}

export interface MdxBody {
  headings: BodyHeading[];
  references: BodyReference[];
  fences: CodeFence[];
  /** Explicit id="..." attributes in JSX, which are anchors too. */
  ids: string[];
  /** The diagrams the page renders, by the same rules as the build. */
  diagrams: FencedDiagram[];
  /** <Diagram> elements the build would refuse. */
  diagramMisuses: DiagramMisuse[];
  /** Every <Term id="..."> (glossary use), where its element starts. */
  terms: { id: string; line: number; column: number }[];
}

type Attribute = MdxJsxAttribute | MdxJsxExpressionAttribute;

interface EstreeLiteral {
  type: string;
  value?: unknown;
  expressions?: unknown[];
  quasis?: Array<{ value: { cooked?: string | null } }>;
}

/**
 * The text of an attribute written as a string: href="/x/", or href={"/x/"} and href={`/x/`}
 * (the expression's syntax tree says whether it is a plain string). Anything computed is not
 * a fixed address and is left alone.
 */
export function attributeText(attribute: Attribute): string | undefined {
  if (attribute.type !== 'mdxJsxAttribute') return undefined;
  const { value } = attribute;
  if (typeof value === 'string') return value;
  if (!value || typeof value !== 'object') return undefined;
  const statement = (value.data?.estree?.body[0] ?? undefined) as { type: string; expression?: EstreeLiteral } | undefined;
  const expression = statement?.type === 'ExpressionStatement' ? statement.expression : undefined;
  if (expression?.type === 'Literal' && typeof expression.value === 'string') return expression.value;
  if (expression?.type === 'TemplateLiteral' && expression.expressions?.length === 0) return expression.quasis?.[0]?.value.cooked ?? undefined;
  return undefined;
}

const start = (node: { position?: { start: { line: number; column: number } } }) => node.position?.start ?? { line: 1, column: 1 };

/** Reads the body of a parsed MDX file. */
export function readMdxBody(tree: Root): MdxBody {
  const slugger = new GithubSlugger();
  const body: MdxBody = { headings: [], references: [], fences: [], ids: [], diagrams: [], diagramMisuses: [], terms: [] };
  visit(tree, (node: Nodes, _index, parent) => {
    const at = start(node);
    const finding = mermaidFenceFinding(node, parent);
    if (finding && 'diagram' in finding) body.diagrams.push(finding.diagram);
    if (finding && 'misuse' in finding) body.diagramMisuses.push(finding.misuse);
    switch (node.type) {
      case 'heading': {
        // Astro slugs the heading's rendered text, which has no image alt text.
        const text = toString(node, { includeImageAlt: false }).trim();
        body.headings.push({ depth: node.depth, text, slug: slugger.slug(text), line: at.line });
        break;
      }
      case 'link':
      case 'image':
      case 'definition':
        body.references.push({ kind: node.type, url: node.url, line: at.line, column: at.column });
        break;
      case 'code':
        body.fences.push({ lang: (node.lang ?? '').toLowerCase(), text: node.value, line: at.line + 1 });
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        for (const attribute of node.attributes) {
          const name = attribute.type === 'mdxJsxAttribute' ? attribute.name : undefined;
          const value = attributeText(attribute);
          if (value === undefined) continue;
          const where = start(attribute);
          if (name === 'href' || name === 'src') body.references.push({ kind: 'attribute', url: value, line: where.line, column: where.column });
          if (name === 'id' && node.name === 'Term') body.terms.push({ id: value, line: at.line, column: at.column });
          else if (name === 'id') body.ids.push(value);
        }
        break;
    }
  });
  return body;
}
