import { describe, expect, it } from 'vitest';
import { checkDiagramSyntax, mermaidErrorLine } from '../../src/lib/diagrams/check-syntax.ts';
import { formatFailures } from '../../src/integrations/diagrams/ensure-rendered.ts';
import { installChromiumAdvice } from '../../src/lib/chromium/find-chromium.ts';

describe('checkDiagramSyntax (mermaid in Node, no browser)', () => {
  it('accepts valid flowchart, gantt and quadrant sources, labels included', async () => {
    expect(await checkDiagramSyntax('flowchart TD\n  a["Project manager"] -->|"within 2 days"| b["Sponsor"]')).toEqual({ status: 'valid', diagramType: 'flowchart-v2' });
    expect(await checkDiagramSyntax('gantt\n  dateFormat YYYY-MM-DD\n  section Set-up\n  Recruit :a1, 2026-01-05, 2026-02-27')).toEqual({ status: 'valid', diagramType: 'gantt' });
    expect(await checkDiagramSyntax('quadrantChart\n  x-axis Low --> High\n  "CFO": [0.8, 0.9]')).toEqual({ status: 'valid', diagramType: 'quadrantChart' });
  });

  it("returns mermaid's own message and the line it points at", async () => {
    const result = await checkDiagramSyntax('flowchart TD\n  a --> b\n  b --> c(');
    expect(result.status).toBe('invalid');
    expect(result).toMatchObject({ line: 4 });
    expect(result.status === 'invalid' && result.message).toMatch(/^Parse error on line 4:/);
    expect(await checkDiagramSyntax('quadrantChart\n  "CFO": [0.8, 1.2]')).toMatchObject({ status: 'invalid', line: 2 });
    expect(await checkDiagramSyntax('flowchat TD\n  a --> b')).toMatchObject({ status: 'invalid' });
  });

  it('reads the line from both of mermaid\'s error styles', () => {
    expect(mermaidErrorLine('Parse error on line 3:\n...')).toBe(3);
    expect(mermaidErrorLine('Lexical error on line 12. Unrecognized text.')).toBe(12);
    expect(mermaidErrorLine('No diagram type detected')).toBeUndefined();
  });
});

describe('formatFailures', () => {
  const fence = { source: 'flowchart TD\n  a --> b(', origin: 'playbooks/setup/first.mdx:24', file: 'playbooks/setup/first.mdx', line: 24 };

  it('names the file, the line of the fence, the line in the file and quotes mermaid', () => {
    const text = formatFailures([{ requests: [fence], kind: 'syntax', message: "Parse error on line 3:\n...got '1'", line: 3 }]);
    expect(text).toBe(
      [
        "playbooks/setup/first.mdx:24 (the ```mermaid fence; the diagram's line 3 is line 27 of the file)",
        '  mermaid cannot parse this diagram:',
        '    Parse error on line 3:',
        "    ...got '1'",
      ].join('\n'),
    );
  });

  it('lists every diagram that needs a browser, then says how to install one', () => {
    const generated = { source: 'flowchart TD\n  a --> b', origin: 'generated: stage flow of setup' };
    const text = formatFailures([
      { requests: [fence], kind: 'no-browser', message: installChromiumAdvice },
      { requests: [generated], kind: 'no-browser', message: installChromiumAdvice },
    ]);
    expect(text).toBe(
      [
        '2 diagram(s) are new or changed and need a browser to render:',
        '  playbooks/setup/first.mdx:24 (the ```mermaid fence)',
        '  generated: stage flow of setup',
        installChromiumAdvice,
      ].join('\n'),
    );
  });
});
