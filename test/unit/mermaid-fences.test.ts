import { describe, expect, it } from 'vitest';
import { findMermaidFences } from '../../src/lib/diagrams/mermaid-fences.ts';

describe('findMermaidFences', () => {
  it('finds backtick and tilde fences with the line of the opening fence, counting the frontmatter', () => {
    const text = [
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
    ].join('\n');
    expect(findMermaidFences(text)).toEqual([
      { source: 'flowchart TD\n  A --> B', line: 7 },
      { source: 'gantt\n~~~', line: 14 },
    ]);
  });

  it('removes the fence indentation from the source, as Markdown does inside a list', () => {
    const text = ['- Escalate:', '', '  ```mermaid', '  flowchart LR', '    A --> B', ' C --> D', '  ```'].join('\n');
    expect(findMermaidFences(text)).toEqual([{ source: 'flowchart LR\n  A --> B\nC --> D', line: 3 }]);
  });

  it('ignores other languages, fences shown inside fences, and inline code', () => {
    const text = [
      '````md', // 1
      '```mermaid', // 2
      'flowchart TD', // 3
      '```', // 4
      '````', // 5
      '```js', // 6
      'const mermaid = 1;', // 7
      '```', // 8
      'Use ```mermaid``` fences.', // 9
      '```mermaidx', // 10
      '```', // 11
      '---', // 12  not frontmatter: not on line 1
    ].join('\n');
    expect(findMermaidFences(text)).toEqual([]);
  });

  it('takes an unclosed fence to the end of the file, as CommonMark does', () => {
    expect(findMermaidFences('```mermaid\npie\n  "a": 1\n')).toEqual([{ source: 'pie\n  "a": 1\n', line: 1 }]);
  });
});
