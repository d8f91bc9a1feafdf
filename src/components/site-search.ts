/**
 * <site-search>: enhances the search forms that already work without JavaScript.
 * - In the header (default): a combobox; results appear in a listbox under the box.
 * - On /search/ (mode="page"): live results with filters, replacing the plain index of pages.
 * Pagefind (script and index) is imported only when the reader focuses a search box, or on /search/.
 * After each rendered result set it dispatches `site-search:rendered` ({ query, count }), which
 * the browser tests and the search benchmark wait for.
 */
import { withBase } from '../lib/pages/site-path.ts';
import { resultView, type ResultView } from '../lib/search/result-view.ts';
import { isSearchShortcut, nextActiveIndex } from '../lib/search/search-keys.ts';
import { countingSearches, filterKeys, hasCriteria, pagefindSearchOptions, stateFromParams, stateToParams, type SearchState } from '../lib/search/search-query.ts';

type FilterCounts = Record<string, Record<string, number>>;
interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: Record<string, string> }>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: object): Promise<{ results: PagefindResult[]; filters: FilterCounts }>;
  filters(): Promise<FilterCounts>;
}

const base = import.meta.env.BASE_URL;
const popupSize = 6;
const pageSize = 10;

let pagefind: Promise<Pagefind> | undefined;

/** Imports the Pagefind bundle once; it lives under the deploy base, written by the build. */
function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const module = (await import(/* @vite-ignore */ withBase(base, '/pagefind/pagefind.js'))) as Pagefind;
    await module.options({ baseUrl: base, excerptLength: 24 });
    await module.init();
    return module;
  })().catch((error: unknown) => {
    pagefind = undefined;
    throw error;
  });
  return pagefind;
}

const unavailable = 'Search is not available right now. The list of all pages on the search page still works.';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Title, then "type · stage", then the excerpt with matches in <mark>. */
function resultContent(view: ResultView, titleTag: 'span' | 'a'): HTMLElement[] {
  const title = element(titleTag, 'search-result__title', view.title);
  if (title instanceof HTMLAnchorElement) title.href = view.url;
  const excerpt = element('span', 'search-result__excerpt');
  for (const segment of view.excerpt) excerpt.append(segment.marked ? element('mark', '', segment.text) : document.createTextNode(segment.text));
  return [title, element('span', 'search-result__context', view.context), excerpt];
}

function announce(status: HTMLElement, count: number, query: string): void {
  const found = count === 0 ? 'No results' : count === 1 ? '1 result' : `${count} results`;
  status.textContent = query ? `${found} for “${query}”.` : `${found}.`;
}

class SiteSearch extends HTMLElement {
  #sequence = 0;

  connectedCallback(): void {
    if (this.getAttribute('mode') === 'page') this.#enhancePage();
    else this.#enhanceHeader();
  }

  get input(): HTMLInputElement {
    return this.querySelector('input[type="search"]')!;
  }

  /** Runs a search unless a newer one started meanwhile; returns undefined for a stale one. */
  async #search(state: SearchState) {
    const sequence = ++this.#sequence;
    const engine = await loadPagefind();
    const response = await engine.search(state.query || null, pagefindSearchOptions(state));
    const counts = { ...response.filters };
    for (const counting of countingSearches(state)) {
      counts[counting.key] = (await engine.search(state.query || null, pagefindSearchOptions(counting.state))).filters[counting.key] ?? {};
    }
    return sequence === this.#sequence ? { response, counts } : undefined;
  }

  #dispatchRendered(query: string, count: number): void {
    this.dispatchEvent(new CustomEvent('site-search:rendered', { bubbles: true, detail: { query, count } }));
  }

  // Header: combobox with a listbox popup (WAI-ARIA APG "list autocomplete").
  #enhanceHeader(): void {
    const input = this.input;
    const panel = this.querySelector<HTMLElement>('[data-search-panel]')!;
    const listbox = this.querySelector<HTMLElement>('[role="listbox"]')!;
    const status = this.querySelector<HTMLElement>('[role="status"]')!;
    const allResults = this.querySelector<HTMLAnchorElement>('[data-search-all]')!;
    let views: ResultView[] = [];
    let active = -1;

    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', listbox.id);

    const setActive = (index: number) => {
      active = index;
      listbox.querySelectorAll('[role="option"]').forEach((option, position) => option.setAttribute('aria-selected', String(position === index)));
      const option = index >= 0 ? listbox.children[index] : undefined;
      if (option) {
        input.setAttribute('aria-activedescendant', option.id);
        option.scrollIntoView({ block: 'nearest' });
      } else input.removeAttribute('aria-activedescendant');
    };
    const setOpen = (open: boolean) => {
      panel.hidden = !open;
      input.setAttribute('aria-expanded', String(open));
      if (!open) setActive(-1);
    };
    const render = (query: string) => {
      listbox.replaceChildren(
        ...views.map((view, index) => {
          const option = element('li', 'search-result');
          option.id = `${listbox.id}-${index}`;
          option.setAttribute('role', 'option');
          option.setAttribute('aria-selected', 'false');
          option.append(...resultContent(view, 'span'));
          option.addEventListener('click', () => window.location.assign(view.url));
          return option;
        }),
      );
      allResults.href = `${withBase(base, '/search/')}?${stateToParams({ query, filters: {}, sort: 'relevance' })}`;
      active = -1;
      input.removeAttribute('aria-activedescendant');
    };

    input.addEventListener('focus', () => loadPagefind().catch(() => (status.textContent = unavailable)));
    input.addEventListener('input', async () => {
      const query = input.value.trim();
      if (query === '') {
        this.#sequence++;
        views = [];
        status.textContent = '';
        setOpen(false);
        return;
      }
      try {
        const found = await this.#search({ query, filters: {}, sort: 'relevance' });
        if (!found) return;
        const fragments = await Promise.all(found.response.results.slice(0, popupSize).map((result) => result.data()));
        if (input.value.trim() !== query) return;
        views = fragments.map(resultView);
        render(query);
        announce(status, found.response.results.length, query);
        setOpen(true);
        this.#dispatchRendered(query, found.response.results.length);
      } catch {
        status.textContent = unavailable;
      }
    });
    input.addEventListener('keydown', (event) => {
      const open = !panel.hidden;
      if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && open && views.length > 0) {
        event.preventDefault();
        setActive(nextActiveIndex(active, views.length, event.key));
      } else if (event.key === 'ArrowDown' && !open && views.length > 0) {
        event.preventDefault();
        setOpen(true);
      } else if (event.key === 'Enter' && open && active >= 0) {
        event.preventDefault();
        window.location.assign(views[active].url);
      } else if (event.key === 'Escape' && open) {
        event.preventDefault();
        setOpen(false);
      }
    });
    // Keep focus in the box while a result is clicked, so the click lands before the popup closes.
    listbox.addEventListener('mousedown', (event) => event.preventDefault());
    this.addEventListener('focusout', (event) => {
      if (!this.contains(event.relatedTarget as Node | null)) setOpen(false);
    });
  }

  // Search page: form with filters, result list of links, status in a live region.
  #enhancePage(): void {
    const form = this.querySelector('form')!;
    const input = this.input;
    const status = this.querySelector<HTMLElement>('[role="status"]')!;
    const list = this.querySelector<HTMLOListElement>('[data-search-results]')!;
    const more = this.querySelector<HTMLButtonElement>('[data-search-more]')!;
    const index = this.querySelector<HTMLElement>('[data-search-index]')!;
    let pending: PagefindResult[] = [];

    this.querySelectorAll<HTMLElement>('[data-search-enhanced]').forEach((control) => (control.hidden = false));
    setFormState(form, stateFromParams(new URLSearchParams(window.location.search)));

    const showCounts = (counts: FilterCounts) => {
      for (const key of filterKeys) {
        form.querySelectorAll<HTMLElement>(`[data-filter="${key}"] [data-value]`).forEach((control) => {
          const count = counts[key]?.[control.dataset.value!] ?? 0;
          if (control instanceof HTMLOptionElement) control.textContent = `${control.dataset.label} (${count})`;
          else control.textContent = `(${count})`;
        });
      }
    };
    const appendResults = async () => {
      const batch = pending.slice(0, pageSize);
      pending = pending.slice(pageSize);
      const fragments = await Promise.all(batch.map((result) => result.data()));
      list.append(
        ...fragments.map((fragment) => {
          const item = element('li', 'search-result');
          item.append(...resultContent(resultView(fragment), 'a'));
          return item;
        }),
      );
      more.hidden = pending.length === 0;
    };
    const run = async () => {
      const state = stateFromParams(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));
      history.replaceState(null, '', `${window.location.pathname}${hasCriteria(state) ? `?${stateToParams(state)}` : ''}`);
      try {
        if (!hasCriteria(state)) {
          this.#sequence++;
          const engine = await loadPagefind();
          list.replaceChildren();
          more.hidden = true;
          index.hidden = false;
          status.textContent = '';
          showCounts(await engine.filters());
          return;
        }
        const found = await this.#search(state);
        if (!found) return;
        pending = found.response.results;
        list.replaceChildren();
        await appendResults();
        index.hidden = true;
        showCounts(found.counts);
        announce(status, found.response.results.length, state.query);
        this.#dispatchRendered(state.query, found.response.results.length);
      } catch {
        status.textContent = unavailable;
      }
    };

    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void run();
    });
    form.addEventListener('input', () => void run());
    // Focus moves to the first new result, since the button disappears after the last batch.
    more.addEventListener('click', async () => {
      const shown = list.children.length;
      await appendResults();
      list.children[shown]?.querySelector('a')?.focus();
    });
    input.addEventListener('keydown', (event) => {
      if (event.key === 'ArrowDown' && list.firstElementChild) {
        event.preventDefault();
        list.querySelector('a')!.focus();
      }
    });
    list.addEventListener('keydown', (event) => {
      const links = [...list.querySelectorAll('a')];
      const current = links.indexOf(document.activeElement as HTMLAnchorElement);
      if (event.key === 'Escape') {
        event.preventDefault();
        input.focus();
      } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        const next = nextActiveIndex(current, links.length, event.key);
        (next < 0 ? input : links[next]).focus();
      }
    });
    void run();
  }
}

/** Puts a state (from the URL) into the form's controls. */
function setFormState(form: HTMLFormElement, state: SearchState): void {
  form.querySelector<HTMLInputElement>('input[name="q"]')!.value = state.query;
  form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input[type="checkbox"], select').forEach((control) => {
    const values: string[] = control.name === 'sort' ? [state.sort] : (state.filters[control.name as keyof SearchState['filters']] ?? []);
    if (control instanceof HTMLInputElement) control.checked = values.includes(control.value);
    else control.value = values[0] ?? control.options[0].value;
  });
}

function inEditableField(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || target.matches('input, textarea, select'));
}

customElements.define('site-search', SiteSearch);

document.addEventListener('keydown', (event) => {
  const press = { key: event.key, ctrlKey: event.ctrlKey, metaKey: event.metaKey, altKey: event.altKey, inEditableField: inEditableField(event.target) };
  if (!isSearchShortcut(press)) return;
  // On /search/ the page's own box is the one to type in.
  const input =
    document.querySelector<HTMLInputElement>('site-search[mode="page"] input[type="search"]') ??
    document.querySelector<HTMLInputElement>('site-search input[type="search"]');
  if (!input) return;
  event.preventDefault();
  input.focus();
  input.select();
});
