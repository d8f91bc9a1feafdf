import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readMdxBody } from '../markdown/mdx-body.ts';
import { parseMdx } from '../markdown/parse-mdx.ts';
import { generatedDiagrams } from '../pages/catalogue.ts';
import { buildSiteModel } from '../pages/site-model.ts';
import { buildPlanningModel } from '../plans/planning-model.ts';
import { refreshSnapshot } from '../validation/content-snapshot.ts';

/** A diagram the site shows, and where its source comes from. */
export interface DiagramRequest {
  source: string;
  /** For messages: "playbooks/x/y.mdx:14" for a fence, "generated: stage flow of x" otherwise. */
  origin: string;
  /** For fences: the file (relative to the project root) and the line of the opening fence. */
  file?: string;
  line?: number;
}

/** MDX files whose ```mermaid fences become diagrams. */
export const diagramSourceGlobs = ['playbooks/**/*.mdx', 'src/pages/**/*.mdx'];

export function fencedDiagrams(root: string): DiagramRequest[] {
  const files = diagramSourceGlobs.flatMap((pattern) => globSync(pattern, { cwd: root })).map((file) => file.split('\\').join('/'));
  return [...new Set(files)].sort().flatMap((file) => {
    const text = readFileSync(join(root, file), 'utf8');
    // Only a file that mentions a diagram can have one, as the Sätteri plugin also assumes.
    if (!/mermaid|<Diagram\b/.test(text)) return [];
    // A file that is not valid MDX has no diagrams to render; the content check reports it.
    const { tree } = parseMdx(text);
    return (tree ? readMdxBody(tree).diagrams : []).map(({ fence }) => {
      const line = fence.position?.start.line ?? 1;
      return { source: fence.value, origin: `${file}:${line}`, file, line };
    });
  });
}

export interface CollectedDiagrams {
  requests: DiagramRequest[];
  /** Set when content errors kept the generated diagrams from being listed. */
  generatedSkipped?: string;
}

/**
 * Every diagram the site at `root` shows: each ```mermaid fence in its MDX and each diagram
 * the pages generate from data (from the build's content snapshot, as the pages build them).
 */
export function collectDiagrams(root: string): CollectedDiagrams {
  const requests = fencedDiagrams(root);
  // Reuses the build's snapshot; in `npm run dev` it is retaken only if a file changed since.
  const { content, errorCount } = refreshSnapshot(root).result;
  if (errorCount > 0) return { requests, generatedSkipped: `the content has ${errorCount} error(s)` };
  const site = buildSiteModel(content, { planningModel: buildPlanningModel({ ...content, currency: content.organization[0].data.currency }) });
  for (const diagram of generatedDiagrams(site)) requests.push({ source: diagram.source, origin: `generated: ${diagram.name}` });
  return { requests };
}
