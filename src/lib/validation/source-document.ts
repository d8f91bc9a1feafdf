import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { MdxBody } from '../markdown/mdx-body.ts';
import { type MdxReader, readMdx } from '../markdown/mdx-reading.ts';
import type { MdxSyntaxError } from '../markdown/parse-mdx.ts';
import type { FieldPath, Position, Problem } from './problem.ts';

/** A parsed YAML document (or MDX frontmatter) that can say where a field path sits. */
export interface SourceDocument {
  file: string;
  data: unknown;
  /** Position of the key (or item) at `path`, or of its nearest existing parent. */
  locate(path: FieldPath): Position;
  /** The file that holds `path`, when it is not `file` (a field merged in from the private overlay). */
  fileOf?(path: FieldPath): string;
  /** Syntax errors found while parsing. */
  problems: Problem[];
  /**
   * The MDX text after the frontmatter, the file line it starts on, and what the checker reads
   * from the whole file's remark tree (positions are file positions), or the syntax errors that
   * kept it from being read. The tree itself is not kept: a build holds every page's document.
   */
  body?: { text: string; firstLine: number; scanned: MdxBody | undefined; syntaxErrors: MdxSyntaxError[] };
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** Parses YAML text; `lineOffset` shifts positions when the YAML sits inside another file. */
export function parseYamlSource(file: string, text: string, lineOffset = 0): SourceDocument {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + lineOffset, column: col };
  };

  const problems: Problem[] = doc.errors.map((error) => ({
    severity: 'error',
    file,
    position: at(error.pos[0]),
    message: `YAML syntax error: ${error.message.split('\n')[0]}`,
    hint:
      error.code === 'DUPLICATE_KEY'
        ? 'Remove or rename the repeated key; each key may appear once.'
        : 'Check indentation (spaces, not tabs), the colon after each key, and quotes around text containing ": " or starting with a special character.',
    rule: 'yaml/syntax',
  }));

  const locate = (path: FieldPath): Position => {
    let node: unknown = doc.contents;
    let best = (node as Node | null)?.range ? at((node as Node).range![0]) : { line: 1 + lineOffset, column: 1 };
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment));
        if (!pair) return best;
        if (isScalar(pair.key) && pair.key.range) best = at(pair.key.range[0]);
        node = pair.value;
      } else if (isSeq(node) && typeof segment === 'number' && node.items[segment]) {
        node = node.items[segment];
        const range = (node as Node).range;
        if (range) best = at(range[0]);
      } else {
        return best;
      }
    }
    return best;
  };

  const data = doc.errors.length > 0 ? undefined : doc.toJS({ maxAliasCount: 100 });
  return { file, data, locate, problems };
}

/** Parses the YAML frontmatter of an MDX file; positions are those in the whole file. `read` reads the MDX. */
export function parseFrontmatterSource(file: string, text: string, read: MdxReader = readMdx): SourceDocument {
  const match = FRONTMATTER.exec(text);
  if (!match) {
    return {
      file,
      data: undefined,
      locate: () => ({ line: 1, column: 1 }),
      problems: [
        {
          severity: 'error',
          file,
          position: { line: 1, column: 1 },
          message: 'The file has no frontmatter.',
          hint: 'Start the file with a line "---", the stage fields in YAML, and another line "---" before the text.',
          rule: 'mdx/frontmatter',
        },
      ],
    };
  }
  const document = parseYamlSource(file, match[1], 1);
  const firstLine = match[0].split('\n').length - (match[0].endsWith('\n') ? 1 : 0) + 1;
  const { body, syntaxErrors } = read(text);
  return { ...document, body: { text: text.slice(match[0].length), firstLine, scanned: body, syntaxErrors } };
}
