import { addDays, daysBetween, isIsoDate } from '../dates/calendar-date.ts';
import { formatDate, formatSettings } from '../formats/format.ts';
import type { GeneratedDiagram } from './generated-diagram.ts';
import { ganttText, lineText, mermaidIds } from './mermaid-text.ts';

/** One piece of work, or a milestone, on a plan. */
export interface TimelineTask {
  /** Stable id, unique within the plan. */
  id: string;
  name: string;
  /** First day, YYYY-MM-DD. */
  start: string;
  /** Last day (inclusive), YYYY-MM-DD; leave out for a milestone. */
  end?: string;
  /** True for a milestone: a single date, drawn as a diamond at `start`. */
  milestone?: boolean;
  status?: 'done' | 'active' | 'critical';
}

/** A group of tasks, for example a workstream or a phase. */
export interface TimelineSection {
  name: string;
  tasks: readonly TimelineTask[];
}

export interface PlanTimelineInput {
  title?: string;
  sections: readonly TimelineSection[];
}

/** Mermaid's words for a task's state. */
const ganttStatus = { done: 'done', active: 'active', critical: 'crit' } as const;

const d3Field: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = { day: '%d', month: '%m', year: '%Y' };

/**
 * The gantt axis's date format (d3 notation). Mermaid writes month names in English only, so
 * other languages get numeric dates in the order and with the separators of their locale.
 */
export function ganttAxisFormat(locale: string, span: 'months' | 'days'): string {
  if (new Intl.Locale(locale).language === 'en') return span === 'months' ? '%b %Y' : '%d %b';
  const options: Intl.DateTimeFormatOptions = span === 'months' ? { month: '2-digit', year: 'numeric' } : { day: '2-digit', month: '2-digit' };
  return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' })
    .formatToParts(new Date(Date.UTC(2026, 0, 1)))
    .map((part) => (part.type === 'literal' ? part.value.replaceAll('%', '%%') : (d3Field[part.type] ?? '')))
    .join('')
    .trim();
}

/** Every reason the input cannot be drawn; empty when it can. */
export function timelineProblems({ sections }: PlanTimelineInput): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  if (sections.every((section) => section.tasks.length === 0)) problems.push('The plan has no tasks.');
  for (const section of sections) {
    for (const task of section.tasks) {
      const where = `Task "${task.id}" (${task.name})`;
      if (seen.has(task.id)) problems.push(`${where}: the id is used twice.`);
      seen.add(task.id);
      if (!isIsoDate(task.start)) problems.push(`${where}: start "${task.start}" is not a date written YYYY-MM-DD.`);
      if (task.milestone) {
        if (task.end !== undefined) problems.push(`${where}: a milestone has a single date; remove end.`);
      } else if (task.end === undefined) {
        problems.push(`${where}: needs an end date, or milestone: true.`);
      } else if (!isIsoDate(task.end)) {
        problems.push(`${where}: end "${task.end}" is not a date written YYYY-MM-DD.`);
      } else if (task.end < task.start) {
        problems.push(`${where}: ends (${task.end}) before it starts (${task.start}).`);
      }
    }
  }
  return problems;
}

/**
 * A gantt chart of a plan: one section per group, tasks as bars from start to end (both
 * days included), milestones as diamonds. No "today" line, so the picture does not change
 * with the day the site is built. Throws with every problem when the input is not drawable.
 */
export function planTimelineDiagram(input: PlanTimelineInput): GeneratedDiagram {
  const problems = timelineProblems(input);
  if (problems.length > 0) throw new Error(`planTimelineDiagram: ${problems.join(' ')}`);
  const tasks = input.sections.flatMap((section) => section.tasks);
  const ids = mermaidIds(tasks.map((task) => task.id), 't');
  const starts = tasks.map((task) => task.start).sort();
  const ends = tasks.map((task) => task.end ?? task.start).sort();
  const spanDays = daysBetween(starts[0], ends[ends.length - 1]);

  // Section names sit in a left column mermaid makes 75 px wide; a longer name runs over the bars
  // and their labels, so the column is widened to the longest name (about 6.5 px a character at 11 px).
  const longestSection = Math.max(0, ...input.sections.filter((section) => section.tasks.length > 0).map((section) => section.name.length));
  const leftPadding = Math.ceil(longestSection * 6.5 + 24);
  const lines = leftPadding > 75 ? ['---', 'config:', '  gantt:', `    leftPadding: ${leftPadding}`, '---', 'gantt'] : ['gantt'];
  if (input.title) lines.push(`  title ${lineText(input.title)}`);
  lines.push('  dateFormat YYYY-MM-DD', `  axisFormat ${ganttAxisFormat(formatSettings().locale, spanDays > 120 ? 'months' : 'days')}`, '  todayMarker off');
  const sentences: string[] = [];
  for (const section of input.sections) {
    if (section.tasks.length === 0) continue;
    lines.push(`  section ${ganttText(section.name)}`);
    const parts: string[] = [];
    for (const task of section.tasks) {
      const tags = [task.milestone ? 'milestone' : undefined, task.status && ganttStatus[task.status]].filter(Boolean);
      const when = task.milestone ? `${task.start}, 0d` : `${task.start}, ${addDays(task.end!, 1)}`;
      lines.push(`  ${ganttText(task.name)} :${[...tags, ids.get(task.id), when].join(', ')}`);
      parts.push(task.milestone ? `${task.name} (milestone) on ${formatDate(task.start)}` : `${task.name} from ${formatDate(task.start)} to ${formatDate(task.end!)}`);
    }
    sentences.push(`${section.name}: ${parts.join('; ')}.`);
  }
  const summary = `${input.title ? `${input.title}. ` : 'Plan timeline. '}${sentences.join(' ')}`;
  return { name: `plan timeline${input.title ? ` "${input.title}"` : ''}`, source: lines.join('\n'), summary };
}
