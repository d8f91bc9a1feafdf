import { attributeName, attributeOf, elementsIn, type HtmlElement, isElement, parseHtmlFragment, textOf } from '../html/html-tree.ts';

/**
 * Turns a cached mermaid SVG into the markup a page shows: ids made unique for the page, an
 * accessible name, a natural size, and a box that scrolls sideways when the diagram is wider
 * than the screen. The SVG is read with an HTML parser (as the browser will read it inline) and
 * edited in place at the parser's source positions, so everything not renamed stays byte for
 * byte as mermaid wrote it. Synchronous, so it runs while a page renders.
 */

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[character]!);
}

/** The outermost <svg> element and everything in it, in document order. */
function readSvg(svg: string): { root: HtmlElement; elements: HtmlElement[] } {
  // A page's figure reads the same SVG for its ids, its name and its kind: parsed once, as a
  // stage flow of a hundred stages takes a fifth of a second to parse.
  if (lastRead?.svg === svg) return lastRead.read;
  const elements = [...elementsIn(parseHtmlFragment(svg))];
  const at = elements.findIndex((element) => element.tagName === 'svg');
  if (at < 0) throw new Error('Not an SVG: no <svg> element found.');
  lastRead = { svg, read: { root: elements[at], elements: elements.slice(at) } };
  return lastRead.read;
}

let lastRead: { svg: string; read: { root: HtmlElement; elements: HtmlElement[] } } | undefined;

interface Edit {
  start: number;
  end: number;
  text: string;
}

/** `text` with each edit's range replaced; edits do not overlap. One pass: a large SVG has thousands of edits. */
function applyEdits(text: string, edits: Edit[]): string {
  const pieces: string[] = [];
  let at = 0;
  for (const edit of [...edits].sort((a, b) => a.start - b.start)) {
    pieces.push(text.slice(at, edit.start), edit.text);
    at = edit.end;
  }
  pieces.push(text.slice(at));
  return pieces.join('');
}

/** An edit setting one attribute of `element` to `value`, keeping its name as written. */
function attributeEdit(svg: string, element: HtmlElement, name: string, value: string): Edit | undefined {
  const locations = element.sourceCodeLocation?.attrs ?? {};
  const key = Object.keys(locations).find((written) => written.toLowerCase() === name.toLowerCase());
  const location = key ? locations[key] : undefined;
  if (!location) return undefined;
  const written = svg.slice(location.startOffset, location.endOffset);
  const nameAsWritten = written.slice(0, written.includes('=') ? written.indexOf('=') : written.length).trim();
  return { start: location.startOffset, end: location.endOffset, text: `${nameAsWritten}="${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"` };
}

/** Where an id is named inside a value: url(#id), href="#id", a CSS selector #id. */
const idReference = /#([A-Za-z_][\w-]*)/g;

/**
 * Gives every id in the SVG the page-unique `prefix`, and updates everything that points at
 * an id: url(#…) and href="#…" in attributes, the selectors of mermaid's own <style>,
 * aria-labelledby and aria-describedby. Mermaid builds most ids from the root id
 * ("mermaid-svg_flowchart-v2-pointEnd", "chart-title-mermaid-svg"): the root id in them becomes
 * the prefix. Any other id gets the prefix in front. No two ids end up the same. Text shown on
 * the diagram is left alone.
 */
export function namespaceSvgIds(svg: string, prefix: string): string {
  return applyEdits(svg, idNamespacing(svg, prefix).edits);
}

/** The edits namespaceSvgIds makes, and the root element's attribute values after them. */
function idNamespacing(svg: string, prefix: string): { root: HtmlElement; edits: Edit[]; rootAttributes: Map<string, string> } {
  const { root, elements } = readSvg(svg);
  const rootId = attributeOf(root, 'id');
  if (!rootId) throw new Error('The SVG has no id on its root element.');
  const derived = (id: string) => id.includes(rootId);
  const target = (id: string) => (derived(id) ? id.split(rootId).join(prefix) : `${prefix}-${id}`);
  const renamed = new Map<string, string>();
  const taken = new Set<string>();
  const ids = [...new Set(elements.map((element) => attributeOf(element, 'id')).filter((id): id is string => Boolean(id)))];
  // Ids built from the root id first, so they keep their natural new names.
  for (const id of [...ids.filter(derived), ...ids.filter((id) => !derived(id))]) {
    let name = target(id);
    for (let counter = 2; taken.has(name); counter++) name = `${target(id)}-${counter}`;
    taken.add(name);
    renamed.set(id, name);
  }
  // References to ids that do not exist (mermaid's CSS names a gradient it may not draw) still follow the root id.
  const rename = (id: string) => renamed.get(id) ?? (derived(id) ? target(id) : id);
  const renameReferences = (text: string) => text.replace(idReference, (_match, id: string) => `#${rename(id)}`);

  const edits: Edit[] = [];
  const rootAttributes = new Map<string, string>();
  for (const element of elements) {
    for (const attribute of element.attrs) {
      const name = attributeName(attribute);
      const value =
        name === 'id' ? rename(attribute.value)
        : name === 'aria-labelledby' || name === 'aria-describedby' ? attribute.value.split(/\s+/).map(rename).join(' ')
        : renameReferences(attribute.value);
      if (element === root) rootAttributes.set(name, value);
      if (value === attribute.value) continue;
      const edit = attributeEdit(svg, element, name, value);
      if (edit) edits.push(edit);
    }
    if (element.tagName !== 'style') continue;
    for (const child of element.childNodes) {
      const location = child.sourceCodeLocation;
      if (isElement(child) || !location) continue;
      const css = svg.slice(location.startOffset, location.endOffset);
      edits.push({ start: location.startOffset, end: location.endOffset, text: renameReferences(css) });
    }
  }
  return { root, edits, rootAttributes };
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

/** The words of a <text> element; mermaid puts each word or line in a <tspan> of its own. */
function textLabel(text: HtmlElement): string {
  let previousWasSpan = false;
  return text.childNodes
    .map((child) => {
      const isSpan = isElement(child) && child.tagName === 'tspan';
      const words = `${isSpan && previousWasSpan ? ' ' : ''}${textOf(child)}`;
      if (isSpan || textOf(child).trim() !== '') previousWasSpan = isSpan;
      return words;
    })
    .join('');
}

export function svgContent(svg: string): SvgContent {
  const { root, elements } = readSvg(svg);
  const roleDescription = attributeOf(root, 'aria-roledescription') ?? '';
  const title = elements.find((element) => element.tagName === 'title');
  const texts: string[] = [];
  for (const element of elements) {
    if (element.tagName !== 'text') continue;
    const text = textLabel(element).replace(/\s+/g, ' ').trim();
    if (text === '' || /^[\d\s./:%-]+$/.test(text) || texts.includes(text)) continue;
    texts.push(text);
  }
  return { kind: kindNames[roleDescription] ?? 'Diagram', title: title && textOf(title).trim(), texts };
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
 * The root element's start tag as pages need it: role="img" with the name (mermaid's own role
 * and aria-labelledby would otherwise win), its natural size from the viewBox for the CSS to
 * scale from, and no inline max-width. `attributes` are the root's, ids already namespaced.
 */
function rootStartTag(attributes: Map<string, string>, name: string): string {
  const viewBox = (attributes.get('viewBox') ?? '').split(/[\s,]+/).map(Number);
  const [width, height] = [viewBox[2], viewBox[3]].map((value) => (Number.isFinite(value) && value > 0 ? Math.ceil(value) : undefined));
  const kept = ['id', 'xmlns', 'xmlns:xlink', 'class', 'viewBox', 'aria-describedby']
    .filter((key) => attributes.has(key))
    .map((key) => `${key}="${escapeHtml(attributes.get(key)!)}"`);
  const size = width && height ? [`width="${width}"`, `height="${height}"`, `style="--diagram-width: ${width}px; --diagram-min-width: ${Math.ceil(width * smallestScale)}px"`] : [];
  return `<svg ${[...kept, ...size, 'role="img"', `aria-label="${escapeHtml(name)}"`].join(' ')}>`;
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
  // The ids are namespaced and the root's start tag replaced in one pass over one parse.
  const { root, edits, rootAttributes } = idNamespacing(svg, idPrefix);
  const tag = root.sourceCodeLocation!.startTag!;
  const outsideRootTag = edits.filter((edit) => edit.end <= tag.startOffset || edit.start >= tag.endOffset);
  const body = applyEdits(svg, [...outsideRootTag, { start: tag.startOffset, end: tag.endOffset, text: rootStartTag(rootAttributes, name) }]);
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
