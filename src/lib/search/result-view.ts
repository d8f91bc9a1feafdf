/** The parts of a Pagefind result fragment that results show. */
export interface ResultFragment {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}

/** A run of excerpt text, marked when it matched the query. */
export interface ExcerptSegment {
  text: string;
  marked: boolean;
}

/** One search result as both result lists render it. */
export interface ResultView {
  url: string;
  title: string;
  /** "Stage · Setting up and running the PMO, stage 3" */
  context: string;
  excerpt: ExcerptSegment[];
}

export function resultView(fragment: ResultFragment): ResultView {
  const { title, type, stage } = fragment.meta;
  return {
    url: fragment.url,
    title: title ?? fragment.url,
    context: [type, stage].filter(Boolean).join(' · '),
    excerpt: excerptSegments(fragment.excerpt),
  };
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", apos: "'" };
const decode = (text: string) => text.replace(/&(amp|lt|gt|quot|#39|#x27|apos);/g, (_, name: string) => entities[name]);

/**
 * Splits Pagefind's excerpt, which is escaped text with <mark> around matches, into segments, so
 * that the page builds it with text nodes and <mark> elements and never parses it as HTML.
 */
export function excerptSegments(excerpt: string): ExcerptSegment[] {
  const segments: ExcerptSegment[] = [];
  const pattern = /<mark>([\s\S]*?)<\/mark>/g;
  let last = 0;
  for (const match of excerpt.matchAll(pattern)) {
    if (match.index > last) segments.push({ text: decode(excerpt.slice(last, match.index)), marked: false });
    segments.push({ text: decode(match[1]), marked: true });
    last = match.index + match[0].length;
  }
  if (last < excerpt.length) segments.push({ text: decode(excerpt.slice(last)), marked: false });
  return segments;
}
