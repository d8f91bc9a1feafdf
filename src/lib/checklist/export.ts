import { csvText } from '../downloads/csv.ts';
import { checklistProgress, describeProgress } from './progress.ts';
import { sheetItems, type ChecklistSheet } from './sheet.ts';

/** What an export needs besides the sheet: the reader's ticks, the site origin and the day. */
export interface ExportContext {
  ticked: ReadonlySet<string>;
  /** Origin of the site, e.g. "https://pmo.example", so the export links back to the page. */
  origin: string;
  /** YYYY-MM-DD */
  date: string;
}

const oneLine = (text: string) => text.trim().replace(/\s+/g, ' ');

/** Escapes what Markdown would read as formatting, links or HTML, so text pastes as written. */
export function escapeMarkdown(text: string): string {
  return oneLine(text).replace(/[\\`*_[\]<>|~#]/g, (character) => `\\${character}`);
}

/**
 * The checklist as a GitHub-flavoured Markdown task list (also read by GitLab, Jira's
 * Markdown import and Azure DevOps), with the reader's ticks, owners and evidence, ready to
 * paste into an issue.
 */
export function checklistMarkdown(sheet: ChecklistSheet, { ticked, origin, date }: ExportContext): string {
  const progress = describeProgress(checklistProgress(sheetItems(sheet), ticked));
  const lines = [
    `### Checklist: ${escapeMarkdown(sheet.stage.title)}`,
    '',
    `${escapeMarkdown(sheet.playbook.title)}, ${sheet.words.ordered ? `${sheet.words.one} ${sheet.stage.number}` : sheet.words.one}. ${progress}.`,
    `Exported from ${origin}${sheet.pagePath} on ${date}.`,
  ];
  if (sheet.stage.keyQuestions.length > 0) lines.push('', '**Key questions**', '', ...sheet.stage.keyQuestions.map((question) => `- ${escapeMarkdown(question)}`));
  for (const group of sheet.groups) {
    lines.push('');
    if (group.heading !== undefined) lines.push(`**${escapeMarkdown(group.heading)}**`, '');
    for (const item of group.items) {
      const box = ticked.has(item.id) ? '[x]' : '[ ]';
      const optional = item.required ? '' : ' (optional)';
      lines.push(`- ${box} ${escapeMarkdown(item.text)}${optional}`);
      const details = [item.owner && `Owner: ${escapeMarkdown(item.owner.title)}.`, item.evidence && `Evidence: ${escapeMarkdown(item.evidence)}`].filter(Boolean);
      if (details.length > 0) lines.push(`  ${details.join(' ')}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** The CSV header; the second column is named for the playbook's parts ("Stage", "Play"). */
export const csvColumns = (part = 'Stage') => ['Playbook', part, 'Group', 'Item id', 'Item', 'Required', 'Owner', 'Evidence', 'Done', 'Ticked at', 'Key questions'] as const;

/**
 * One row per item, in the order shown, with the reader's ticks. The part's key questions ride on every row, so a filtered sheet still carries them.
 */
export function checklistCsv(sheet: ChecklistSheet, ticked: ReadonlySet<string>, tickedAt: ReadonlyMap<string, string> = new Map()): string {
  const keyQuestions = sheet.stage.keyQuestions.map(oneLine).join(' | ');
  const rows = sheetItems(sheet).map((item) => [
    sheet.playbook.title,
    sheet.words.ordered ? `${sheet.stage.number}. ${sheet.stage.title}` : sheet.stage.title,
    item.group ?? '',
    item.id,
    oneLine(item.text),
    item.required ? 'required' : 'optional',
    item.owner?.title ?? '',
    oneLine(item.evidence ?? ''),
    ticked.has(item.id) ? 'yes' : 'no',
    ticked.has(item.id) ? (tickedAt.get(item.id) ?? '') : '',
    keyQuestions,
  ]);
  return csvText([csvColumns(sheet.words.One), ...rows]);
}

/** File names for the downloads: playbook and stage, so several exports do not collide. */
export function exportFileName(sheet: ChecklistSheet, extension: 'md' | 'csv'): string {
  return `${sheet.playbook.id}-${sheet.stage.slug}-checklist.${extension}`;
}
