/**
 * Turns a cached mermaid SVG into the markup a page shows: ids made unique for the page, an
 * accessible name, a natural size, and a box that scrolls sideways when the diagram is wider
 * than the screen. Pure string work, so it runs synchronously while a page renders.
 */

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[character]!);
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|nbsp);/gi, (entity, code: string) => {
    const lower = code.toLowerCase();
    if (lower.startsWith('#x')) return String.fromCodePoint(Number.parseInt(lower.slice(2), 16));
    if (lower.startsWith('#')) return String.fromCodePoint(Number(lower.slice(1)));
    return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' } as Record<string, string>)[lower] ?? entity;
  });
}

const ROOT_TAG = /<svg\b[^>]*>/;
const ATTRIBUTE = /([\w:-]+)="([^"]*)"/g;

function rootAttributes(svg: string): Map<string, string> {
  const tag = ROOT_TAG.exec(svg)?.[0];
  if (!tag) throw new Error('Not an SVG: no <svg> element found.');
  return new Map([...tag.matchAll(ATTRIBUTE)].map((match) => [match[1], match[2]]));
}

/**
 * Gives every id in the SVG the page-unique `prefix`, and updates everything that points at
 * an id: url(#…), href="#…", the selectors of mermaid's own <style>, aria-labelledby and
 * aria-describedby. Mermaid builds most ids from the root id ("mermaid-svg_flowchart-v2-pointEnd",
 * "chart-title-mermaid-svg"): the root id in them becomes the prefix. Any other id gets the
 * prefix in front. No two ids end up the same.
 */
export function namespaceSvgIds(svg: string, prefix: string): string {
  const rootId = rootAttributes(svg).get('id');
  if (!rootId) throw new Error('The SVG has no id on its root element.');
  const derived = (id: string) => id.includes(rootId);
  const target = (id: string) => (derived(id) ? id.split(rootId).join(prefix) : `${prefix}-${id}`);
  const renamed = new Map<string, string>();
  const taken = new Set<string>();
  const ids = [...new Set([...svg.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]))];
  // Ids built from the root id first, so they keep their natural new names.
  for (const id of [...ids.filter(derived), ...ids.filter((id) => !derived(id))]) {
    let name = target(id);
    for (let counter = 2; taken.has(name); counter++) name = `${target(id)}-${counter}`;
    taken.add(name);
    renamed.set(id, name);
  }
  // References to ids that do not exist (mermaid's CSS names a gradient it may not draw) still follow the root id.
  const rename = (id: string) => renamed.get(id) ?? (derived(id) ? target(id) : id);
  return svg
    .replace(/(\sid=")([^"]+)(")/g, (_match, before: string, id: string, after: string) => `${before}${rename(id)}${after}`)
    .replace(/(\saria-(?:labelledby|describedby)=")([^"]*)(")/g, (_match, before: string, list: string, after: string) =>
      `${before}${list.split(/\s+/).map(rename).join(' ')}${after}`,
    )
    .replace(/#([A-Za-z_][\w-]*)/g, (_match, id: string) => `#${rename(id)}`);
}

/** What mermaid says the diagram is (aria-roledescription), in words. */
const kindNames: Record<string, string> = {
  'flowchart-v2': 'Flowchart',
  flowchart: 'Flowchart',
  graph: 'Flowchart',
  gantt: 'Gantt chart',
  quadrantChart: 'Quadrant chart',
  sequence: 'Sequence diagram',
  stateDiagram: 'State diagram',
  classDiagram: 'Class diagram',
  er: 'Entity relationship diagram',
  pie: 'Pie chart',
  journey: 'User journey',
  timeline: 'Timeline',
  mindmap: 'Mind map',
  xychart: 'Chart',
};

export interface SvgContent {
  /** "Flowchart", "Gantt chart" … or "Diagram". */
  kind: string;
  /** accTitle, when the source gives one. */
  title?: string;
  /** The text on the diagram, in document order, without axis dates and numbers. */
  texts: string[];
}

export function svgContent(svg: string): SvgContent {
  const roleDescription = rootAttributes(svg).get('aria-roledescription') ?? '';
  const title = /<title\b[^>]*>([\s\S]*?)<\/title>/.exec(svg)?.[1];
  const texts: string[] = [];
  for (const match of svg.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)) {
    const text = decodeEntities(match[1].replace(/<\/tspan>\s*<tspan\b/g, ' <tspan').replace(/<[^>]+>/g, '')).replace(/\s+/g, ' ').trim();
    if (text === '' || /^[\d\s./:%-]+$/.test(text) || texts.includes(text)) continue;
    texts.push(text);
  }
  return { kind: kindNames[roleDescription] ?? 'Diagram', title: title && decodeEntities(title).trim(), texts };
}

/** At most this many labels go into a generated name; beyond that a name stops being useful. */
const namedLabels = 25;

/**
 * The diagram's accessible name: the summary a generator wrote, else the caption, else the
 * source's accTitle, else its kind and the text on it ("Flowchart: Project manager, …").
 */
export function accessibleName(svg: string, given: { label?: string; caption?: string }): string {
  if (given.label) return given.label;
  if (given.caption) return given.caption;
  const content = svgContent(svg);
  if (content.title) return content.title;
  if (content.texts.length === 0) return content.kind;
  const more = content.texts.length > namedLabels ? ', …' : '';
  return `${content.kind}: ${content.texts.slice(0, namedLabels).join(', ')}${more}`;
}

/** Below this share of its natural width, text gets too small to read; the box scrolls instead. */
const smallestScale = 0.7;

/**
 * The root element as pages need it: role="img" with the name (mermaid's own role and
 * aria-labelledby would otherwise win), its natural size from the viewBox for the CSS to
 * scale from, and no inline max-width.
 */
function rewriteRoot(svg: string, name: string): string {
  const attributes = rootAttributes(svg);
  const viewBox = (attributes.get('viewBox') ?? '').split(/[\s,]+/).map(Number);
  const [width, height] = [viewBox[2], viewBox[3]].map((value) => (Number.isFinite(value) && value > 0 ? Math.ceil(value) : undefined));
  const kept = ['id', 'xmlns', 'xmlns:xlink', 'class', 'viewBox', 'aria-describedby']
    .filter((key) => attributes.has(key))
    .map((key) => `${key}="${attributes.get(key)}"`);
  const size = width && height ? [`width="${width}"`, `height="${height}"`, `style="--diagram-width: ${width}px; --diagram-min-width: ${Math.ceil(width * smallestScale)}px"`] : [];
  return svg.replace(ROOT_TAG, `<svg ${[...kept, ...size, 'role="img"', `aria-label="${escapeHtml(name)}"`].join(' ')}>`);
}

export interface DiagramFigureInput {
  /** The SVG as mermaid rendered it (from the cache). */
  svg: string;
  /** Unique on the page, for example "diagram-2". */
  idPrefix: string;
  /** Accessible name; see accessibleName for what is used when it is missing. */
  label?: string;
  /** Visible caption. */
  caption?: string;
}

/** The figure a page shows. The box is focusable so keyboard users can scroll a wide diagram. */
export function diagramFigure({ svg, idPrefix, label, caption }: DiagramFigureInput): string {
  const name = accessibleName(svg, { label, caption });
  const boxName = `Diagram: ${caption ?? svgContent(svg).kind}`;
  const body = rewriteRoot(namespaceSvgIds(svg, idPrefix), name);
  return [
    `<figure class="diagram">`,
    `<div class="diagram__scroll" tabindex="0" role="group" aria-label="${escapeHtml(boxName)}">${body}</div>`,
    caption ? `<figcaption class="diagram__caption">${escapeHtml(caption)}</figcaption>` : '',
    `</figure>`,
  ].join('');
}

/** Shown by the dev server instead of a diagram it could not render: never a silent blank. */
export function unrenderedDiagram({ source, reason, caption }: { source: string; reason: string; caption?: string }): string {
  return [
    `<figure class="diagram diagram--unrendered">`,
    `<p class="diagram__notice"><strong>This diagram is not rendered.</strong> ${escapeHtml(reason)}</p>`,
    `<pre class="diagram__source"><code>${escapeHtml(source)}</code></pre>`,
    caption ? `<figcaption class="diagram__caption">${escapeHtml(caption)}</figcaption>` : '',
    `</figure>`,
  ].join('');
}
