/** One tick as stored: the wording's fingerprint at the time, and when it was ticked. */
export interface StoredTick {
  fingerprint: string;
  /** ISO timestamp. */
  at: string;
}

/** What one stage keeps in localStorage, by item id. Versioned so a later shape can migrate. */
export interface StoredTicks {
  version: 1;
  ticks: Record<string, StoredTick>;
}

/** How stored ticks apply to the checklist as it is now. */
export interface TickView {
  /** Items ticked against their current wording. */
  ticked: Set<string>;
  /** Items ticked before they were reworded, with when: shown unticked with a note. */
  reworded: Map<string, string>;
  /** Stored ids that are no longer items of the stage; they are removed from storage. */
  dropped: string[];
}

export const noTicks = (): StoredTicks => ({ version: 1, ticks: {} });

const isTick = (value: unknown): value is StoredTick =>
  typeof value === 'object' && value !== null && typeof (value as StoredTick).fingerprint === 'string' && typeof (value as StoredTick).at === 'string';

/**
 * Reads what localStorage holds. Anything unreadable (absent, hand-edited, from another
 * version) counts as no ticks rather than breaking the page.
 */
export function parseStoredTicks(raw: string | null): StoredTicks {
  if (raw === null) return noTicks();
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null || (value as StoredTicks).version !== 1) return noTicks();
    const ticks = (value as { ticks?: unknown }).ticks;
    if (typeof ticks !== 'object' || ticks === null) return noTicks();
    return { version: 1, ticks: Object.fromEntries(Object.entries(ticks).filter(([, tick]) => isTick(tick))) };
  } catch {
    return noTicks();
  }
}

/** Matches stored ticks to the current items by id, then by the fingerprint of their wording. */
export function viewTicks(stored: StoredTicks, items: ReadonlyArray<{ id: string; fingerprint: string }>): TickView {
  const current = new Map(items.map((item) => [item.id, item.fingerprint]));
  const view: TickView = { ticked: new Set(), reworded: new Map(), dropped: [] };
  for (const [id, tick] of Object.entries(stored.ticks)) {
    const fingerprint = current.get(id);
    if (fingerprint === undefined) view.dropped.push(id);
    else if (fingerprint === tick.fingerprint) view.ticked.add(id);
    else view.reworded.set(id, tick.at);
  }
  return view;
}

/** The stored ticks without those of items that no longer exist. */
export function withoutDropped(stored: StoredTicks, view: TickView): StoredTicks {
  const ticks = { ...stored.ticks };
  for (const id of view.dropped) delete ticks[id];
  return { version: 1, ticks };
}

/** Records a tick against the item's current wording; replaces a tick from older wording. */
export function withTick(stored: StoredTicks, item: { id: string; fingerprint: string }, at: Date): StoredTicks {
  return { version: 1, ticks: { ...stored.ticks, [item.id]: { fingerprint: item.fingerprint, at: at.toISOString() } } };
}

export function withoutTick(stored: StoredTicks, id: string): StoredTicks {
  const ticks = { ...stored.ticks };
  delete ticks[id];
  return { version: 1, ticks };
}
