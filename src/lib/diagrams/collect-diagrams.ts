import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildGovernanceModel } from '../governance/governance-model.ts';
import { buildPlaybookModel } from '../playbook-model.ts';
import { buildPlanningModel } from '../plans/planning-model.ts';
import { validateContent } from '../validation/validate-content.ts';
import { findMermaidFences } from './mermaid-fences.ts';
import { siteGeneratedDiagrams } from './site-diagrams.ts';
import { improvementDiagrams } from '../improvement/improvement-diagrams.ts';

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
  return [...new Set(files)].sort().flatMap((file) =>
    findMermaidFences(readFileSync(join(root, file), 'utf8')).map((fence) => ({ source: fence.source, origin: `${file}:${fence.line}`, file, line: fence.line })),
  );
}

export interface CollectedDiagrams {
  requests: DiagramRequest[];
  /** Set when content errors kept the generated diagrams from being listed. */
  generatedSkipped?: string;
}

/**
 * Every diagram the site at `root` shows: each ```mermaid fence in its MDX and each diagram
 * the pages generate from data (built from the content exactly as the pages build it).
 */
export function collectDiagrams(root: string): CollectedDiagrams {
  const requests = fencedDiagrams(root);
  const { content, errorCount } = validateContent(root);
  if (errorCount > 0) return { requests, generatedSkipped: `the content has ${errorCount} error(s)` };
  const model = buildPlaybookModel({ playbooks: content.playbooks, stages: content.stages, roles: content.roles, objectives: content.objectives });
  for (const diagram of siteGeneratedDiagrams(model, buildGovernanceModel(content), buildPlanningModel(content))) requests.push({ source: diagram.source, origin: `generated: ${diagram.name}` });
  for (const diagram of improvementDiagrams(content)) requests.push({ source: diagram.source, origin: `generated: ${diagram.name}` });
  return { requests };
}
