import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { projectCodeVersion } from '../cache/code-version.ts';
import { type MdxBody, readMdxBody } from './mdx-body.ts';
import { type MdxSyntaxError, parseMdx } from './parse-mdx.ts';

/** What the content check needs from an MDX file: its read body, or why it is not valid MDX. */
export interface MdxReading {
  body: MdxBody | undefined;
  syntaxErrors: MdxSyntaxError[];
}

export type MdxReader = (text: string) => MdxReading;

/** Parses the file with remark and reads its body; the syntax tree itself is not kept. */
export const readMdx: MdxReader = (text) => {
  const { tree, errors } = parseMdx(text);
  return { body: tree ? readMdxBody(tree) : undefined, syntaxErrors: errors };
};

/** Where the content check keeps its MDX readings inside the build's cache folder. */
export const mdxReadingsFile = (cacheDir: string): string => join(cacheDir, 'mdx-readings.json');

/** The reader that keeps the MDX readings of the project at `root` in the build's cache folder. */
export const projectMdxReader = (root: string, cacheDir: string): CachedMdxReader => cachedMdxReader(mdxReadingsFile(cacheDir), projectCodeVersion(root));

/** The readings file: readings by a hash of the file's text, valid for one version of the reading code. */
interface StoredReadings {
  version: string;
  readings: Record<string, MdxReading>;
}

export interface CachedMdxReader {
  read: MdxReader;
  /**
   * Looks every text up and reads the ones not stored, all at once with `readMissing` (in worker
   * threads, say), keeping each reading for `read` and `save`. Returns how many were read.
   */
  readAhead(texts: string[], readMissing: (texts: string[]) => Promise<MdxReading[]>): Promise<number>;
  /** Writes the readings of this run (and only those, so texts no longer present drop out), unless the file already holds them. */
  save(): void;
  /** Texts read by the parser in this run, and texts whose reading came from the file. */
  readonly counts: { parsed: number; reused: number };
}

/**
 * A reader that keeps its readings in `file` between runs. Parsing is most of the content
 * check's time (about 15 ms per 8 KB page with remark-mdx), and a rebuild usually changes few
 * pages. `version` names the code that reads: readings of another version are not used.
 */
export function cachedMdxReader(file: string, version: string): CachedMdxReader {
  const stored = readStored(file);
  const known = stored?.version === version ? stored.readings : {};
  const used: Record<string, MdxReading> = {};
  const counts = { parsed: 0, reused: 0 };
  // What the file holds now: a save writes only when this run has parsed or dropped a page since.
  let saved = { parsed: 0, pages: Object.keys(known).length };
  const keyOf = (text: string) => createHash('sha256').update(text).digest('hex');
  return {
    counts,
    readAhead: async (texts, readMissing) => {
      const missing = new Map<string, string>();
      for (const text of texts) {
        const key = keyOf(text);
        if (used[key] ?? known[key]) used[key] ??= known[key];
        else missing.set(key, text);
      }
      if (missing.size === 0) return 0;
      const readings = await readMissing([...missing.values()]);
      [...missing.keys()].forEach((key, index) => (used[key] = readings[index]));
      counts.parsed += missing.size;
      return missing.size;
    },
    read: (text) => {
      const key = keyOf(text);
      const reading = used[key] ?? known[key];
      if (reading) {
        counts.reused++;
        used[key] = reading;
        return reading;
      }
      counts.parsed++;
      used[key] = readMdx(text);
      return used[key];
    },
    save: () => {
      const pages = Object.keys(used).length;
      if (counts.parsed === saved.parsed && pages === saved.pages) return;
      mkdirSync(dirname(file), { recursive: true });
      // Written beside its final name and renamed, so a build stopped mid-write leaves the old file whole.
      const partial = `${file}.${process.pid}.partial`;
      // A BigInt literal in a JSX expression (in a diagram's attributes) has no JSON form; it is never read back.
      writeFileSync(partial, JSON.stringify({ version, readings: used } satisfies StoredReadings, (_key, value) => (typeof value === 'bigint' ? String(value) : value)));
      renameSync(partial, file);
      saved = { parsed: counts.parsed, pages };
    },
  };
}

function readStored(file: string): StoredReadings | undefined {
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as StoredReadings;
  } catch {
    // A damaged file is read again from the pages.
    return undefined;
  }
}
