import { attributeName, elementsIn, parseHtmlDocument } from '../../src/lib/html/html-tree.ts';

/** One start tag of an HTML document, with its attributes decoded. */
export interface StartTag {
  /** Lower-case element name. */
  name: string;
  /** Attribute values by lower-case name; an attribute without a value is "". */
  attributes: Map<string, string>;
}

/**
 * The start tags written in a document, in document order, read by an HTML parser: markup in
 * comments or inside <script>/<style> is not markup, repeated attributes keep the first, and
 * the elements a parser only implies (an <html> or <body> never written) are left out.
 */
export function scanStartTags(html: string): StartTag[] {
  const tags: StartTag[] = [];
  for (const element of elementsIn(parseHtmlDocument(html))) {
    if (!element.sourceCodeLocation?.startTag) continue;
    tags.push({ name: element.tagName.toLowerCase(), attributes: new Map(element.attrs.map((attribute) => [attributeName(attribute).toLowerCase(), attribute.value])) });
  }
  return tags;
}

/** Every id a fragment can point at: `id` on any element and, for old markup, `name` on <a>. */
export function fragmentTargets(tags: StartTag[]): Set<string> {
  const targets = new Set<string>();
  for (const tag of tags) {
    const id = tag.attributes.get('id');
    if (id) targets.add(id);
    const name = tag.name === 'a' ? tag.attributes.get('name') : undefined;
    if (name) targets.add(name);
  }
  return targets;
}

/** How a URL in a page is used: followed by a person, or fetched by the browser as the page loads. */
export type ReferenceKind = 'navigation' | 'resource';

/** A URL written in a page, with where it was found. */
export interface Reference {
  tag: string;
  attribute: string;
  url: string;
  kind: ReferenceKind;
}

// Attributes holding one URL. <a>, <area> and <form> are followed; the rest load while the page loads.
const urlAttributes: ReadonlyArray<[tag: string, attribute: string, kind: ReferenceKind]> = [
  ['a', 'href', 'navigation'],
  ['area', 'href', 'navigation'],
  ['form', 'action', 'navigation'],
  ['link', 'href', 'resource'],
  ['script', 'src', 'resource'],
  ['img', 'src', 'resource'],
  ['source', 'src', 'resource'],
  ['iframe', 'src', 'resource'],
  ['video', 'src', 'resource'],
  ['video', 'poster', 'resource'],
  ['audio', 'src', 'resource'],
  ['track', 'src', 'resource'],
  ['embed', 'src', 'resource'],
  ['object', 'data', 'resource'],
  ['input', 'src', 'resource'],
  ['image', 'href', 'resource'],
  ['use', 'href', 'resource'],
];

// <link> relations that name a document rather than load one.
const nonLoadingLinkRelations = new Set(['canonical', 'alternate', 'author', 'license', 'help', 'next', 'prev', 'search', 'sitemap']);

/** The URLs of a srcset value ("a.png 1x, b.png 2x"). */
export function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(/,\s+/)
    .map((candidate) => candidate.trim().split(/\s+/)[0])
    .filter((url) => url.length > 0);
}

/** Every URL a page refers to, from the attributes that hold URLs. */
export function pageReferences(tags: StartTag[]): Reference[] {
  const references: Reference[] = [];
  for (const tag of tags) {
    for (const [tagName, attributeName, kind] of urlAttributes) {
      if (tag.name !== tagName) continue;
      const url = tag.attributes.get(attributeName);
      if (url === undefined) continue;
      const relations = (tag.attributes.get('rel') ?? '').toLowerCase().split(/\s+/);
      const linkKind = tagName === 'link' && relations.some((relation) => nonLoadingLinkRelations.has(relation)) ? 'navigation' : kind;
      references.push({ tag: tagName, attribute: attributeName, url: url.trim(), kind: linkKind });
    }
    const srcset = tag.attributes.get('srcset');
    if (srcset !== undefined && (tag.name === 'img' || tag.name === 'source')) {
      for (const url of srcsetUrls(srcset)) references.push({ tag: tag.name, attribute: 'srcset', url, kind: 'resource' });
    }
  }
  return references;
}

/** URLs a stylesheet loads: url(...) values and @import targets. */
export function stylesheetReferences(css: string): string[] {
  const withoutComments = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const urls = [...withoutComments.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/gi)].map((match) => match[1] ?? match[2] ?? match[3]);
  const imports = [...withoutComments.matchAll(/@import\s+(?:"([^"]*)"|'([^']*)')/gi)].map((match) => match[1] ?? match[2]);
  return [...urls, ...imports].filter((url) => url.length > 0);
}
