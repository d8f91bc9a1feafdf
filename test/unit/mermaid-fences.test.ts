import type { Nodes } from 'mdast';
import { mdxToJs, type MdastPluginDefinition } from 'satteri';
import { describe, expect, it } from 'vitest';
import { mermaidFencePlugin } from '../../src/integrations/diagrams/mermaid-fence-plugin.ts';
import { type FenceFinding, mermaidFenceFinding } from '../../src/lib/diagrams/mermaid-fence-rules.ts';
import { readMdxBody } from '../../src/lib/markdown/mdx-body.ts';
import { parseMdx } from '../../src/lib/markdown/parse-mdx.ts';

const diagramsIn = (text: string) => readMdxBody(parseMdx(text).tree!).diagrams.map(({ fence }) => ({ source: fence.value, line: fence.position?.start.line }));

/** What the shared rules decide when Sätteri (the renderer) walks the same file. */
function sätteriFindings(text: string): string[] {
  const seen: string[] = [];
  const record = (finding: FenceFinding) => {
    if (finding && 'diagram' in finding) seen.push(`diagram ${finding.diagram.fence.position?.start.line} ${finding.diagram.fence.value}`);
    if (finding && 'misuse' in finding) seen.push(`misuse ${finding.misuse.node.position?.start.line} ${finding.misuse.problem}`);
    return undefined;
  };
  const probe: MdastPluginDefinition = {
    name: 'test:fence-probe',
    options: { position: true },
    code: (node, context) => record(mermaidFenceFinding(node as Nodes, context.parent(node))),
    mdxJsxFlowElement: (node) => record(mermaidFenceFinding(node as Nodes, undefined)),
    mdxJsxTextElement: (node) => record(mermaidFenceFinding(node as Nodes, undefined)),
  };
  mdxToJs(text, { mdastPlugins: [probe] });
  return seen;
}

function remarkFindings(text: string): string[] {
  const body = readMdxBody(parseMdx(text).tree!);
  return [
    ...body.diagrams.map(({ fence }) => `diagram ${fence.position?.start.line} ${fence.value}`),
    ...body.diagramMisuses.map(({ node, problem }) => `misuse ${node.position?.start.line} ${problem}`),
  ].sort();
}

const page = [
  '---', // 1
  'title: Example', // 2
  '---', // 3
  '', // 4
  '## Steps', // 5
  '', // 6
  '```mermaid', // 7
  'flowchart TD', // 8
  '  A --> B', // 9
  '```', // 10
  '', // 11
  '<Diagram caption="Gates">', // 12
  '', // 13
  '~~~~mermaid title="ignored"', // 14
  'gantt', // 15
  '~~~', // 16  too short to close a four-tilde fence
  '~~~~', // 17
  '', // 18
  '</Diagram>', // 19
  '', // 20
  '- Escalate:', // 21
  '', // 22
  '  ```mermaid', // 23
  '  flowchart LR', // 24
  '    A --> B', // 25
  '  ```', // 26
  '', // 27
  '<Diagram caption="Two">', // 28
  '', // 29
  'Some words.', // 30
  '', // 31
  '</Diagram>', // 32
  '', // 33
  'Inline <Diagram /> here.', // 34
].join('\n');

describe('mermaid fences, read from the MDX tree', () => {
  it('finds backtick and tilde fences with the line of the opening fence, counting the frontmatter', () => {
    expect(diagramsIn(page)).toEqual([
      { source: 'flowchart TD\n  A --> B', line: 7 },
      { source: 'gantt\n~~~', line: 14 },
      { source: 'flowchart LR\n  A --> B', line: 23 },
    ]);
  });

  it('reports <Diagram> elements the build cannot render', () => {
    expect(readMdxBody(parseMdx(page).tree!).diagramMisuses.map(({ node, problem }) => [node.position?.start.line, problem])).toEqual([
      [28, '<Diagram> must contain exactly one ```mermaid fence and nothing else.'],
      [34, '<Diagram> must stand on its own lines, with blank lines around the fence.'],
    ]);
  });

  it('ignores other languages, fences shown inside fences, and inline code', () => {
    const text = ['````md', '```mermaid', 'flowchart TD', '```', '````', '```js', 'const mermaid = 1;', '```', 'Use ```mermaid``` fences.', '```mermaidx', '```'].join('\n');
    expect(diagramsIn(text)).toEqual([]);
  });

  it('removes the fence indentation from the source, as Markdown does', () => {
    expect(diagramsIn(['  ```mermaid', '  flowchart LR', '    A --> B', ' C --> D', '  ```'].join('\n'))).toEqual([{ source: 'flowchart LR\n  A --> B\nC --> D', line: 1 }]);
  });

  it('takes an unclosed fence to the end of the file, as CommonMark does', () => {
    expect(diagramsIn('```mermaid\npie\n  "a": 1\n')).toEqual([{ source: 'pie\n  "a": 1', line: 1 }]);
  });

  it('decides the same on the tree Sätteri hands the diagram plugin as on remark\'s', () => {
    expect(sätteriFindings(page).sort()).toEqual(remarkFindings(page));
    expect(remarkFindings(page)).toHaveLength(5);
  });

  it('makes the build stop at a misused <Diagram> with the file and line', () => {
    const plugin = mermaidFencePlugin({ root: '/site', componentPath: '/site/src/components/Diagram.astro' });
    const compile = (text: string) => mdxToJs(text, { mdastPlugins: [plugin], fileURL: new URL('file:///site/playbooks/x/a.mdx') });
    expect(() => compile('<Diagram caption="Two">\n\nSome words.\n\n</Diagram>\n')).toThrow('playbooks/x/a.mdx:1: <Diagram> must contain exactly one ```mermaid fence');
    expect((compile('```mermaid\nflowchart TD\n  A --> B\n```\n') as { code: string }).code).toContain('__PmoDiagram');
  });
});
