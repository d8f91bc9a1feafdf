import { fragmentTargets, pageReferences, scanStartTags, stylesheetReferences, type Reference } from './html-scan.ts';

/** A built site as the checker sees it: its HTML pages and a way to ask whether a path is served. */
export interface BuiltSite {
  /** Markup of every HTML page by site path: "/", "/roles/x/", "/404.html". */
  pages: Map<string, string>;
  /** Text of every stylesheet by site path, to find what they load. */
  stylesheets?: Map<string, string>;
  /** Whether a site path (no query, no fragment, percent-decoded) is served by a file of the build. */
  serves: (sitePath: string) => boolean;
}

export type LinkProblemReason = 'missing-target' | 'missing-fragment' | 'third-party';

/** One link or reference that does not hold. */
export interface LinkProblem {
  /** Site path of the page (or stylesheet) the reference is written in. */
  page: string;
  /** The reference as written. */
  target: string;
  /** Where it is written, for example "a href". */
  where: string;
  reason: LinkProblemReason;
}

// Pages are resolved against this origin; any other http(s) origin is someone else's server.
const siteOrigin = 'http://site.invalid';

/** The page key a site path is stored under in `BuiltSite.pages`. */
function pageKey(pathname: string): string {
  return pathname.replace(/\/index\.html$/, '/');
}

/** Per the HTML standard an empty fragment and "top" scroll to the top of any page. */
function fragmentAlwaysResolves(fragment: string): boolean {
  return fragment === '' || fragment.toLowerCase() === 'top';
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * Checks every reference of every page: internal links and resources must be served by the
 * build, a #fragment must name an id on its target page, and nothing may load from another
 * origin. Links people follow to other sites (and mailto:) are allowed; they are not checked.
 */
export function checkLinks(site: BuiltSite): LinkProblem[] {
  const problems: LinkProblem[] = [];
  const targetsByPage = new Map<string, Set<string>>();
  const targetsOf = (key: string) => {
    let targets = targetsByPage.get(key);
    if (!targets) {
      targets = fragmentTargets(scanStartTags(site.pages.get(key) ?? ''));
      targetsByPage.set(key, targets);
    }
    return targets;
  };

  const check = (from: string, reference: Reference) => {
    const where = `${reference.tag} ${reference.attribute}`;
    let url: URL;
    try {
      url = new URL(reference.url, `${siteOrigin}${from}`);
    } catch {
      problems.push({ page: from, target: reference.url, where, reason: 'missing-target' });
      return;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return;
    if (url.origin !== siteOrigin) {
      if (reference.kind === 'resource') problems.push({ page: from, target: reference.url, where, reason: 'third-party' });
      return;
    }
    const pathname = safeDecode(url.pathname);
    if (!site.serves(pathname)) {
      problems.push({ page: from, target: reference.url, where, reason: 'missing-target' });
      return;
    }
    const fragment = safeDecode(url.hash.slice(1));
    const key = pageKey(pathname);
    if (!url.hash || fragmentAlwaysResolves(fragment) || !site.pages.has(key)) return;
    if (!targetsOf(key).has(fragment)) problems.push({ page: from, target: reference.url, where, reason: 'missing-fragment' });
  };

  for (const [path, html] of site.pages) {
    for (const reference of pageReferences(scanStartTags(html))) check(path, reference);
  }
  for (const [path, css] of site.stylesheets ?? []) {
    for (const url of stylesheetReferences(css)) check(path, { tag: 'css', attribute: 'url', url, kind: 'resource' });
  }
  return problems;
}

const explanations: Record<LinkProblemReason, (problem: LinkProblem) => string> = {
  'missing-target': () => 'nothing in the build is served at this address',
  'missing-fragment': (problem) => `the target page has no element with id="${safeDecode(problem.target.split('#')[1] ?? '')}"`,
  'third-party': () => 'loads from another origin; ship the file with the site instead',
};

/** "page -> target (a href): why", one line per problem. */
export function formatLinkProblem(problem: LinkProblem): string {
  return `${problem.page} -> ${problem.target} (${problem.where}): ${explanations[problem.reason](problem)}`;
}
