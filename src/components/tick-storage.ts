import { noTicks, parseStoredTicks, type StoredTicks } from '../lib/checklist/ticks.ts';

/** A stage's ticks in localStorage; storage can be blocked or full, which must not break the page. */
export interface TickStorage {
  read(): StoredTicks;
  /** False when the browser refused to save. */
  write(ticks: StoredTicks): boolean;
}

export function tickStorage(key: string): TickStorage {
  return {
    read() {
      try {
        return parseStoredTicks(localStorage.getItem(key));
      } catch {
        return noTicks();
      }
    },
    write(ticks) {
      try {
        if (Object.keys(ticks.ticks).length === 0) localStorage.removeItem(key);
        else localStorage.setItem(key, JSON.stringify(ticks));
        return true;
      } catch {
        return false;
      }
    },
  };
}

/** Reads the JSON a component placed in its <script type="application/json">. */
export function readIsland<T>(host: HTMLElement): T {
  return JSON.parse(host.querySelector('script[type="application/json"]')!.textContent!) as T;
}
