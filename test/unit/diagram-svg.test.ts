import { describe, expect, it } from 'vitest';
import { accessibleName, diagramFigure, namespaceSvgIds, svgContent, unrenderedDiagram } from '../../src/lib/diagrams/svg-figure.ts';

/**
 * Trimmed from mermaid 12.3's output for a flowchart with accTitle and accDescr (see
 * chromium-renderer.ts), plus an id mermaid does not derive from the root id, as its edge
 * labels have in other looks, and an axis date as gantt charts have.
 */
const mermaidSvg = [
  '<svg id="mermaid-svg" width="100%" xmlns="http://www.w3.org/2000/svg" class="flowchart" style="max-width: 120.5px;" viewBox="4 4 120.5 174.25" role="graphics-document document" aria-roledescription="flowchart-v2" aria-describedby="chart-desc-mermaid-svg" aria-labelledby="chart-title-mermaid-svg">',
  '<title id="chart-title-mermaid-svg">Gate route</title><desc id="chart-desc-mermaid-svg">How a gate is decided</desc>',
  '<style>#mermaid-svg{font-size:16px;fill:#333;}#mermaid-svg .node rect{fill:#eee;}#mermaid-svg [data-look="neo"].node rect{stroke:url(#mermaid-svg-gradient);}</style>',
  '<g><marker id="mermaid-svg_flowchart-v2-pointEnd" class="marker"><path d="M 0 0 L 10 5 z"/></marker>',
  '<path id="mermaid-svg-L_A_B_0" data-id="L_A_B_0" marker-end="url(#mermaid-svg_flowchart-v2-pointEnd)" style="stroke:#666"/>',
  '<g class="edgeLabel"><g class="label" id="L_A_B_0"><text><tspan>#1</tspan><tspan> &amp; only</tspan></text></g></g>',
  '<g id="mermaid-svg-flowchart-A-0" class="node"><rect/><text><tspan>R&amp;D</tspan><tspan> office</tspan></text></g>',
  '<g id="mermaid-svg-flowchart-B-1" class="node"><use href="#mermaid-svg-flowchart-A-0"/><text>Team</text></g>',
  '<g class="tick"><text>2026-01-05</text></g></g></svg>',
].join('');

describe('namespaceSvgIds', () => {
  const svg = namespaceSvgIds(mermaidSvg, 'diagram-2');

  it('puts the prefix in every id, keeping them distinct', () => {
    const ids = [...svg.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]);
    expect(ids).toEqual([
      'diagram-2',
      'chart-title-diagram-2',
      'chart-desc-diagram-2',
      'diagram-2_flowchart-v2-pointEnd',
      'diagram-2-L_A_B_0',
      'diagram-2-L_A_B_0-2',
      'diagram-2-flowchart-A-0',
      'diagram-2-flowchart-B-1',
    ]);
  });

  it('updates what points at ids: url(), href, style selectors and aria references', () => {
    expect(svg).toContain('marker-end="url(#diagram-2_flowchart-v2-pointEnd)"');
    expect(svg).toContain('href="#diagram-2-flowchart-A-0"');
    expect(svg).toContain('<style>#diagram-2{font-size:16px;fill:#333;}#diagram-2 .node rect{fill:#eee;}#diagram-2 [data-look="neo"].node rect{stroke:url(#diagram-2-gradient);}</style>');
    expect(svg).toContain('aria-describedby="chart-desc-diagram-2" aria-labelledby="chart-title-diagram-2"');
    expect(svg).not.toContain('mermaid-svg');
  });

  it('leaves colours, text and data attributes alone', () => {
    expect(svg).toContain('fill:#eee');
    expect(svg).toContain('<tspan>#1</tspan><tspan> &amp; only</tspan>');
    expect(svg).toContain('data-id="L_A_B_0"');
  });
});

describe('reading the SVG with a parser', () => {
  const svg = '<svg id="mermaid-svg" aria-roledescription="flowchart-v2"><g id="a"><text><tspan>Ask #mermaid-svg &pound;5k</tspan><tspan>it&#39;s</tspan></text></g></svg>';

  it('renames ids in markup but never the words shown on the diagram', () => {
    expect(namespaceSvgIds(svg, 'diagram-3')).toBe('<svg id="diagram-3" aria-roledescription="flowchart-v2"><g id="diagram-3-a"><text><tspan>Ask #mermaid-svg &pound;5k</tspan><tspan>it&#39;s</tspan></text></g></svg>');
  });

  it('decodes every character reference in the text it names the diagram by', () => {
    expect(svgContent(svg).texts).toEqual(["Ask #mermaid-svg \u00a35k it's"]);
  });
});

describe('accessible name', () => {
  const untitled = mermaidSvg.replace(/<title[^>]*>.*?<\/title>/, '');

  it('prefers the given label, then the caption, then the accTitle', () => {
    expect(accessibleName(mermaidSvg, { label: 'Summary', caption: 'Caption' })).toBe('Summary');
    expect(accessibleName(mermaidSvg, { caption: 'Caption' })).toBe('Caption');
    expect(accessibleName(mermaidSvg, {})).toBe('Gate route');
  });

  it('otherwise names the kind and the text on the diagram, without axis dates', () => {
    expect(svgContent(untitled)).toEqual({ kind: 'Flowchart', title: undefined, texts: ['#1 & only', 'R&D office', 'Team'] });
    expect(accessibleName(untitled, {})).toBe('Flowchart: #1 & only, R&D office, Team');
  });
});

describe('diagram figure', () => {
  const html = diagramFigure({ svg: mermaidSvg, idPrefix: 'diagram-1', label: 'Gate route: "A" then B', caption: 'How a gate is decided <today>' });
  const root = /<svg\b[^>]*>/.exec(html)![0];

  it('makes the SVG an image named by the label, replacing mermaid\'s own role and labelling', () => {
    expect(root).toContain('role="img"');
    expect(root).toContain('aria-label="Gate route: &quot;A&quot; then B"');
    expect(root).not.toContain('aria-roledescription');
    expect(root).not.toContain('aria-labelledby');
    expect(root).toContain('aria-describedby="chart-desc-diagram-1"');
  });

  it('gives the SVG its natural size and the smallest size the CSS may scale it to', () => {
    expect(root).toContain('viewBox="4 4 120.5 174.25"');
    expect(root).toContain('width="121" height="175"');
    expect(root).toContain('style="--diagram-width: 121px; --diagram-min-width: 85px"');
    expect(root).not.toContain('max-width');
  });

  it('wraps it in a focusable, labelled scroll box and an escaped caption', () => {
    expect(html.startsWith('<figure class="diagram"><div class="diagram__scroll" tabindex="0" role="group" aria-label="Diagram: How a gate is decided &lt;today&gt;">')).toBe(true);
    expect(html.endsWith('</svg></div><figcaption class="diagram__caption">How a gate is decided &lt;today&gt;</figcaption></figure>')).toBe(true);
  });

  it('names the scroll box by the diagram kind when there is no caption', () => {
    expect(diagramFigure({ svg: mermaidSvg, idPrefix: 'diagram-1' })).toContain('aria-label="Diagram: Flowchart"');
    expect(diagramFigure({ svg: mermaidSvg, idPrefix: 'diagram-1' })).not.toContain('<figcaption');
  });

  it('refuses something that is not an SVG', () => {
    expect(() => diagramFigure({ svg: '<p>no</p>', idPrefix: 'diagram-1' })).toThrow('no <svg> element');
  });
});

describe('unrendered diagram notice', () => {
  it('shows the escaped source and why, never a blank', () => {
    const html = unrenderedDiagram({ source: 'flowchart TD\n  A --> B<', reason: 'No Chromium was found.', caption: 'Route' });
    expect(html).toContain('<strong>This diagram is not rendered.</strong> No Chromium was found.');
    expect(html).toContain('<pre class="diagram__source"><code>flowchart TD\n  A --&gt; B&lt;</code></pre>');
    expect(html).toContain('<figcaption class="diagram__caption">Route</figcaption>');
  });
});
