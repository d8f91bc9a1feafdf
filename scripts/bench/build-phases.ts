// Where a build's wall time went, read from when its log lines arrived. Astro prints the same
// milestones for any site (ours and Starlight's), so both builds are split at the same points.
import { median } from '../../test/quality/page-weight.ts';

/** A line of the build's output and the milliseconds from the build's start to its arrival. */
export interface TimedLine {
  atMs: number;
  text: string;
}

export interface BuildPhase {
  name: string;
  ms: number;
}

/**
 * Each phase ends at the first line, after the previous phase's end, that matches its marker.
 * Astro prints its content sync lines only once the sync is done, so start-up, the config hooks
 * (our content check) and the sync are one phase; integrations' work in `astro:build:done`
 * (search index, booklet PDFs) falls in the one after the pages.
 */
const buildPhaseMarkers: { name: string; endsAt: RegExp }[] = [
  { name: 'start-up, content check and sync', endsAt: /\[build\] Building static entrypoints/ },
  { name: 'bundling', endsAt: /generating static routes/ },
  { name: 'page generation', endsAt: /✓ Completed in/ },
  { name: 'after the pages (search index, PDFs)', endsAt: /\[build\] Complete!/ },
];

/**
 * The phases of one build in order, the last one ("exit") running from "Complete!" to the
 * process's end. Undefined when a marker is missing, for a log Astro changed: a wrong split
 * would be worse than none.
 */
export function buildPhases(lines: TimedLine[], wallMs: number): BuildPhase[] | undefined {
  const phases: BuildPhase[] = [];
  let from = 0;
  let index = 0;
  for (const { name, endsAt } of buildPhaseMarkers) {
    while (index < lines.length && !endsAt.test(lines[index].text)) index++;
    if (index === lines.length) return undefined;
    phases.push({ name, ms: lines[index].atMs - from });
    from = lines[index].atMs;
    index++;
  }
  phases.push({ name: 'exit', ms: wallMs - from });
  return phases;
}

/** Each phase's median over several builds of one kind, in the phases' order. */
export function medianPhases(builds: BuildPhase[][]): BuildPhase[] {
  return builds[0].map(({ name }, index) => ({ name, ms: median(builds.map((phases) => phases[index].ms)) }));
}

/**
 * A Markdown table of phases side by side, each cell the seconds and the share of that column's
 * total, so builds of different lengths compare by where their time goes.
 */
export function phaseTable(columns: { label: string; phases: BuildPhase[] }[]): string {
  const names = columns[0].phases.map((phase) => phase.name);
  const cell = (phases: BuildPhase[], index: number) => {
    const total = phases.reduce((sum, phase) => sum + phase.ms, 0);
    return `${(phases[index].ms / 1000).toFixed(1)} s (${Math.round((phases[index].ms / total) * 100)} %)`;
  };
  return [
    `| phase | ${columns.map((column) => column.label).join(' | ')} |`,
    `|---|${columns.map(() => '---:').join('|')}|`,
    ...names.map((name, index) => `| ${name} | ${columns.map((column) => cell(column.phases, index)).join(' | ')} |`),
  ].join('\n');
}
