import { checklistCsv, checklistMarkdown, exportFileName } from '../lib/checklist/export.ts';
import { checklistProgress, describeProgress } from '../lib/checklist/progress.ts';
import { sheetItems, type ChecklistSheet } from '../lib/checklist/sheet.ts';
import { viewTicks, withoutDropped, withoutTick, withTick, type StoredTicks } from '../lib/checklist/ticks.ts';
import { isoDateOf } from '../lib/dates/calendar-date.ts';
import { readIsland, tickStorage, type TickStorage } from './tick-storage.ts';
import { downloadFile } from './download-file.ts';

/**
 * <stage-checklist>: enhances the stage's plain list of tick boxes. Ticks are kept in
 * localStorage per stage page and item id, with the fingerprint of the wording they were
 * given against; the tools (progress, exports, untick all) appear only when this runs.
 */
class StageChecklistElement extends HTMLElement {
  #sheet!: ChecklistSheet;
  #storage!: TickStorage;
  #stored!: StoredTicks;

  connectedCallback(): void {
    this.#sheet = readIsland<ChecklistSheet>(this);
    this.#storage = tickStorage(this.#sheet.storageKey);
    this.#load();
    this.addEventListener('change', this.#onChange);
    this.addEventListener('click', this.#onClick);
    // Another tab ticking the same stage.
    window.addEventListener('storage', (event) => event.key === this.#sheet.storageKey && this.#load());
    this.querySelector<HTMLElement>('[data-checklist-tools]')!.hidden = false;
  }

  /** A tick's date in the organization's locale, which the page hands over in data-locale. */
  #shortDate(time: string | number): string {
    return new Intl.DateTimeFormat(this.dataset.locale, { day: 'numeric', month: 'short', year: 'numeric' }).format(new Date(time));
  }

  #load(): void {
    this.#stored = this.#storage.read();
    const view = viewTicks(this.#stored, sheetItems(this.#sheet));
    if (view.dropped.length > 0) this.#save(withoutDropped(this.#stored, view));
    this.#render();
  }

  #save(stored: StoredTicks): void {
    this.#stored = stored;
    if (!this.#storage.write(stored)) this.#say('This browser is not saving ticks (storage is blocked or full): they last until you leave the page.');
  }

  #view() {
    return viewTicks(this.#stored, sheetItems(this.#sheet));
  }

  #render(): void {
    const view = this.#view();
    for (const box of this.querySelectorAll<HTMLInputElement>('input[data-item-id]')) {
      const id = box.dataset.itemId!;
      box.checked = view.ticked.has(id);
      const note = this.querySelector<HTMLElement>(`[data-reworded-note="${id}"]`)!;
      const tickedAt = view.reworded.get(id);
      note.hidden = tickedAt === undefined;
      if (tickedAt !== undefined) note.textContent = `Reworded since you ticked it on ${this.#shortDate(tickedAt)}: check it again.`;
    }
    this.querySelector('[data-progress]')!.textContent = describeProgress(checklistProgress(sheetItems(this.#sheet), view.ticked));
  }

  #say(message: string): void {
    this.querySelector('[data-message]')!.textContent = message;
  }

  #onChange = (event: Event): void => {
    const box = event.target as HTMLInputElement;
    const item = sheetItems(this.#sheet).find((candidate) => candidate.id === box.dataset.itemId);
    if (!item) return;
    this.#save(box.checked ? withTick(this.#stored, item, new Date()) : withoutTick(this.#stored, item.id));
    this.#render();
  };

  #onClick = (event: Event): void => {
    const action = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-action]')?.dataset.action;
    if (!action) return;
    const view = this.#view();
    const tickedAt = new Map(Object.entries(this.#stored.ticks).map(([id, tick]) => [id, tick.at]));
    const context = { ticked: view.ticked, origin: location.origin, date: isoDateOf(new Date()) };
    if (action === 'copy-markdown') {
      navigator.clipboard
        .writeText(checklistMarkdown(this.#sheet, context))
        .then(() => this.#say('Copied the checklist as a Markdown task list.'))
        .catch(() => this.#say('This browser did not allow copying: use Download Markdown instead.'));
    } else if (action === 'download-markdown') {
      downloadFile(exportFileName(this.#sheet, 'md'), 'text/markdown;charset=utf-8', checklistMarkdown(this.#sheet, context));
    } else if (action === 'download-csv') {
      // The byte order mark makes Excel read the file as UTF-8 (currency signs, accents, curly quotes).
      downloadFile(exportFileName(this.#sheet, 'csv'), 'text/csv;charset=utf-8', checklistCsv(this.#sheet, view.ticked, tickedAt));
    } else if (action === 'reset' && confirm(`Untick every item of "${this.#sheet.stage.title}" in this browser?`)) {
      this.#save({ version: 1, ticks: {} });
      this.#render();
      this.#say('All items unticked.');
    }
  };
}

customElements.define('stage-checklist', StageChecklistElement);
