import { posix } from 'node:path';
import { markdownLinkUrls } from '../markdown/markdown-links.ts';
import { collectionSources, type CollectionName } from '../../schemas/collections.ts';
import { isSitePath } from '../pages/routes.ts';
import type { ContentSet, SourcedEntry } from './content-set.ts';
import type { FieldPath, Position, Problem } from './problem.ts';
import type { RuleContext } from './rule.ts';
import { pagePathOf, scannedBody, sitePages } from './site-pages.ts';
import { closestMatch } from './suggest.ts';

/** A link, image or download reference found in the content, with where it was written. */
interface Reference {
  url: string;
  /** Images in Markdown resolve against the MDX file's folder; everything else against the page URL. */
  relativeTo: 'source' | 'page';
  /** Written as a JSX/HTML attribute (href=, src=) rather than Markdown. */
  html?: boolean;
  position: Position;
  field?: string;
}

interface Finding {
  rule: string;
  message: string;
  hint: string;
  severity?: Problem['severity'];
}

const SCHEME = /^[a-z][a-z0-9+.-]*:|^\/\//i;
const SOURCE_EXTENSIONS = /\.(mdx?|ya?ml)$/i;
/** A whole YAML value that is an address: "/downloads/x.pdf", "../roles/x/" (not "#channel"). */
const ADDRESS_VALUE = /^(\/|\.\.?\/)\S*$/;

function strings(value: unknown, path: (string | number)[], found: { path: (string | number)[]; text: string }[]) {
  if (typeof value === 'string') found.push({ path, text: value });
  else if (Array.isArray(value)) value.forEach((item, index) => strings(item, [...path, index], found));
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) strings(item, [...path, key], found);
  return found;
}

/** Every reference in an entry: Markdown/JSX in an MDX body, and links or addresses in YAML text. */
function referencesIn(entry: SourcedEntry<unknown>): Reference[] {
  const references: Reference[] = [];
  for (const { path, text } of strings(entry.data, [], [])) {
    // A checklist item's `link` has its own rule (rules-checklist.ts), which names the target page.
    if (path[0] === 'checklist' && path[2] === 'link') continue;
    const position = entry.source.locate(path as FieldPath);
    const field = path.join('.');
    const urls = ADDRESS_VALUE.test(text.trim()) ? [text.trim()] : markdownLinkUrls(text);
    for (const url of urls) references.push({ url, relativeTo: 'page', position, field });
  }
  for (const reference of scannedBody(entry)?.references ?? []) {
    references.push({
      url: reference.url,
      relativeTo: reference.kind === 'image' ? 'source' : 'page',
      html: reference.kind === 'attribute',
      position: { line: reference.line, column: reference.column },
      field: 'body',
    });
  }
  return references;
}

/** Where each source file's page lives, to point a link at a file to the page address. */
function pageOfSourceFile(content: ContentSet): Map<string, string> {
  const bySource = new Map<string, string>();
  for (const name of Object.keys(collectionSources) as CollectionName[]) {
    for (const entry of content[name] as SourcedEntry<unknown>[]) bySource.set(entry.source.file, pagePathOf(name, entry));
  }
  return bySource;
}

function listOf(values: Iterable<string>, limit = 8): string {
  const all = [...values].sort();
  return all.length > limit ? `${all.slice(0, limit).join(', ')} ...` : all.join(', ');
}

/** Whether the target of a reference exists: page, section, file or image. */
function checkTarget(
  reference: Reference,
  from: { page: string; file: string },
  pages: Map<string, Set<string>>,
  sourcePages: Map<string, string>,
  context: RuleContext,
): Finding | undefined {
  const { url } = reference;
  if (SCHEME.test(url)) return undefined;
  const hashAt = url.indexOf('#');
  const pathPart = (hashAt >= 0 ? url.slice(0, hashAt) : url).split('?')[0];
  const anchor = hashAt >= 0 ? decodeURIComponent(url.slice(hashAt + 1)) : '';

  if (reference.relativeTo === 'source' && pathPart !== '' && !pathPart.startsWith('/')) {
    const file = posix.normalize(posix.join(posix.dirname(from.file), decodeURIComponent(pathPart)));
    if (context.fileExists(file)) return undefined;
    return {
      rule: 'link/image',
      message: `Image not found: ${file}.`,
      hint: 'Check the file name and folder: a relative image path starts from the folder of this file. Shared images can go in public/images/ and be written as /images/<name>.',
    };
  }

  const target = pathPart === '' ? from.page : decodeURIComponent(new URL(pathPart, `https://site.invalid${from.page}`).pathname);
  const lastSegment = target.split('/').at(-1) ?? '';

  if (SOURCE_EXTENSIONS.test(lastSegment)) {
    const sourceFile = posix.normalize(posix.join(posix.dirname(from.file), decodeURIComponent(pathPart)));
    const page = sourcePages.get(sourceFile) ?? sourcePages.get(target.slice(1));
    return {
      rule: 'link/source-file',
      message: `"${url}" links to a source file; readers need the page address.`,
      hint: page ? `Write ${page}${anchor ? `#${anchor}` : ''} instead.` : 'Link to the page address, for example /playbooks/<playbook>/<stage>/.',
    };
  }

  if (lastSegment.includes('.')) {
    const file = `public${target}`;
    if (context.fileExists(file)) return undefined;
    return {
      rule: 'link/file',
      message: `File not found: ${file} (linked as "${url}").`,
      hint: 'Downloads and images served as they are live in public/: put the file at public/downloads/<name> and link to /downloads/<name>.',
    };
  }

  if (!pages.has(target)) {
    if (pages.has(`${target}/`)) {
      return { rule: 'link/trailing-slash', message: `"${url}" needs a slash at the end of the address.`, hint: `Write ${pathPart}/${anchor ? `#${anchor}` : ''}: every page address ends with "/".` };
    }
    const suggestion = closestMatch(target, pages.keys());
    return {
      rule: 'link/page',
      message: `No page at ${target} (linked as "${url}").`,
      hint: suggestion ? `Did you mean ${suggestion}?` : 'Page addresses are / , /objectives/, /scope/, /roles/<role>/, /playbooks/<playbook>/ and /playbooks/<playbook>/<stage>/.',
    };
  }

  if (anchor !== '' && !pages.get(target)!.has(anchor)) {
    const anchors = pages.get(target)!;
    // Page-made ids carry a prefix ("scope-thresholds"), so a containing id is a good guess too.
    const suggestion = closestMatch(anchor, anchors) ?? [...anchors].find((id) => id.includes(anchor));
    return {
      rule: 'link/anchor',
      message: `The page ${target} has no section "#${anchor}".`,
      hint: suggestion
        ? `Did you mean #${suggestion}? Section ids come from headings: lower case, spaces become hyphens, punctuation is dropped.`
        : `Sections on that page: ${listOf([...anchors].map((id) => `#${id}`))}.`,
    };
  }
  return undefined;
}

function checkReference(
  reference: Reference,
  from: { page: string; file: string },
  pages: Map<string, Set<string>>,
  sourcePages: Map<string, string>,
  context: RuleContext,
): Finding | undefined {
  const broken = checkTarget(reference, from, pages, sourcePages, context);
  if (broken) return broken;
  const { url } = reference;
  if (reference.html && isSitePath(url)) {
    return {
      rule: 'link/html-root',
      message: `"${url}" is written as HTML, so it will not get the site's folder when the site is published under one (for example /pmo-playbook/).`,
      hint: `Write it in Markdown instead: [text](${url}) or ![description](${url}).`,
      severity: 'warning',
    };
  }
  return undefined;
}

/** Every internal link, anchor, image and download in MDX bodies and YAML text resolves. */
export function linksResolve(content: ContentSet, context: RuleContext): Problem[] {
  const pages = sitePages(content, context.today);
  const sourcePages = pageOfSourceFile(content);
  const problems: Problem[] = [];
  for (const name of Object.keys(collectionSources) as CollectionName[]) {
    for (const entry of content[name] as SourcedEntry<unknown>[]) {
      const from = { page: pagePathOf(name, entry), file: entry.source.file };
      for (const reference of referencesIn(entry)) {
        const finding = checkReference(reference, from, pages, sourcePages, context);
        if (!finding) continue;
        const { severity = 'error', ...rest } = finding;
        problems.push({ severity, file: entry.source.file, position: reference.position, field: reference.field, ...rest });
      }
    }
  }
  return problems;
}
