import { isoDateOf } from '../../lib/dates/calendar-date.ts';
import { assessmentCsv, assessmentMarkdown } from '../../lib/improvement/maturity-export.ts';
import { describeScore, levelLabel, parseStoredAnswers, scoreAssessment, storedAnswers, type Answer, type ScoringModel } from '../../lib/improvement/maturity-score.ts';
import { statementAnchor } from '../../lib/improvement/maturity-anchors.ts';
import { downloadFile } from '../download-file.ts';

interface Island {
  title: string;
  storageKey: string;
  model: ScoringModel;
}

/**
 * <maturity-assessment>: scores the form as it is answered. Answers live in localStorage
 * under the page's key; the results, bars and exports appear only when this runs.
 */
class MaturityAssessmentElement extends HTMLElement {
  #island!: Island;
  #answers = new Map<string, Answer>();
  #form!: HTMLFormElement;

  connectedCallback(): void {
    this.#island = JSON.parse(this.querySelector('script[type="application/json"]')!.textContent!) as Island;
    this.#form = this.querySelector('form')!;
    try {
      this.#answers = parseStoredAnswers(localStorage.getItem(this.#island.storageKey), this.#island.model);
    } catch {
      // Storage blocked: answers last as long as the page.
    }
    for (const [name, value] of this.#answers) {
      const radio = this.#form.querySelector<HTMLInputElement>(`input[name="${CSS.escape(name)}"][value="${value}"]`);
      if (radio) radio.checked = true;
    }
    this.#form.addEventListener('change', this.#onChange);
    this.#form.addEventListener('reset', this.#onReset);
    this.addEventListener('click', this.#onClick);
    this.#render();
    this.querySelector<HTMLElement>('[data-results]')!.hidden = false;
  }

  #save(): void {
    try {
      if (this.#answers.size === 0) localStorage.removeItem(this.#island.storageKey);
      else localStorage.setItem(this.#island.storageKey, JSON.stringify(storedAnswers(this.#answers)));
    } catch {
      this.#say('This browser is not saving answers (storage is blocked or full): they last until you leave the page.');
    }
  }

  #say(message: string): void {
    this.querySelector('[data-announce]')!.textContent = message;
  }

  #render(): void {
    for (const score of scoreAssessment(this.#island.model, this.#answers)) {
      const row = this.querySelector<HTMLElement>(`[data-score="${score.id}"]`)!;
      row.querySelector<HTMLElement>('[data-bar]')!.style.setProperty('--level', String(score.level));
      row.querySelector('[data-level]')!.textContent = `${levelLabel(score.level, score.levelName)} (${score.answered} of ${score.total} answered)`;
      const gap = row.querySelector<HTMLDetailsElement>('[data-gap]')!;
      gap.hidden = !score.gap;
      if (!score.gap) continue;
      row.querySelector('[data-gap-summary]')!.textContent = `To reach level ${score.gap.level}, ${score.gap.name}: ${score.gap.statements.length} to go`;
      const items = score.gap.statements.map((statement) => {
        const link = Object.assign(document.createElement('a'), { href: `#${statementAnchor(score.id, statement.id)}`, textContent: statement.text });
        const item = document.createElement('li');
        item.append(link, statement.answer === undefined ? ' (not answered)' : '');
        return item;
      });
      row.querySelector('[data-gap-list]')!.replaceChildren(...items);
    }
  }

  #onChange = (event: Event): void => {
    const radio = event.target as HTMLInputElement;
    if (radio.type !== 'radio') return;
    this.#answers.set(radio.name, radio.value as Answer);
    this.#save();
    this.#render();
    const perspectiveId = radio.name.split('/')[0];
    const score = scoreAssessment(this.#island.model, this.#answers).find((candidate) => candidate.id === perspectiveId);
    if (score) this.#say(describeScore(score));
  };

  #onReset = (event: Event): void => {
    if (!confirm('Clear every answer of this assessment in this browser?')) {
      event.preventDefault();
      return;
    }
    this.#answers.clear();
    this.#save();
    this.#render();
    this.#say('All answers cleared.');
  };

  #onClick = (event: Event): void => {
    const action = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-action]')?.dataset.action;
    const date = isoDateOf(new Date());
    const fileName = `maturity-assessment-${date}`;
    if (action === 'download-markdown') {
      downloadFile(`${fileName}.md`, 'text/markdown;charset=utf-8', assessmentMarkdown(this.#island.model, this.#answers, { title: this.#island.title, pageUrl: location.href.split('#')[0], date }));
    } else if (action === 'download-csv') {
      // The byte order mark makes spreadsheets read the file as UTF-8.
      downloadFile(`${fileName}.csv`, 'text/csv;charset=utf-8', assessmentCsv(this.#island.model, this.#answers));
    }
  };
}

customElements.define('maturity-assessment', MaturityAssessmentElement);
