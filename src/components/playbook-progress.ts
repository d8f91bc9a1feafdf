import { checklistProgress, describeProgress } from '../lib/checklist/progress.ts';
import { viewTicks } from '../lib/checklist/ticks.ts';
import { readIsland, tickStorage } from './tick-storage.ts';

/** What the overview needs per stage to count the reader's ticks. */
export interface StageProgressSource {
  slug: string;
  storageKey: string;
  items: { id: string; fingerprint: string; required: boolean }[];
}

/**
 * <playbook-progress>: on a playbook's overview, shows how far the reader is with each
 * stage's checklist, from the same stored ticks the stage pages write.
 */
class PlaybookProgressElement extends HTMLElement {
  connectedCallback(): void {
    this.#render();
    window.addEventListener('storage', () => this.#render());
  }

  #render(): void {
    for (const stage of readIsland<StageProgressSource[]>(this)) {
      const view = viewTicks(tickStorage(stage.storageKey).read(), stage.items);
      const output = this.querySelector<HTMLElement>(`[data-progress-for="${stage.slug}"]`)!;
      output.textContent = `Your progress: ${view.ticked.size === 0 ? 'not started' : describeProgress(checklistProgress(stage.items, view.ticked))}.`;
      output.hidden = false;
    }
  }
}

customElements.define('playbook-progress', PlaybookProgressElement);
