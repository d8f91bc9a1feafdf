/** A diagram made from typed data: its mermaid text and a plain-language summary of it. */
export interface GeneratedDiagram {
  /** What it shows, for build messages, for example "stage flow of pmo-setup". */
  name: string;
  /** Mermaid source. */
  source: string;
  /** The same information in a sentence or two; the diagram's accessible name. */
  summary: string;
}

/** "A, B and C". */
export function listInProse(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
