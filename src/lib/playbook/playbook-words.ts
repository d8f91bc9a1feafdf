import type { Playbook } from '../../schemas/index.ts';

/** The words a playbook uses for its parts, in every form a heading or label needs. */
export interface PartWords {
  /** "stage", "play" */
  one: string;
  /** "stages", "plays" */
  many: string;
  /** "Stage", "Play" */
  One: string;
  /** "Stages", "Plays" */
  Many: string;
  /** Whether the parts are a sequence: numbered, with previous/next and a flow. */
  ordered: boolean;
}

const pluralOf: Record<Playbook['parts'], string> = { stage: 'stages', play: 'plays', step: 'steps', phase: 'phases' };
const capital = (word: string) => `${word[0].toUpperCase()}${word.slice(1)}`;

/** A playbook's words for its parts; playbooks that name none have ordered stages. */
export function partWords(playbook: Pick<Playbook, 'parts' | 'ordered'>): PartWords {
  const one = playbook.parts ?? 'stage';
  const many = pluralOf[one];
  return { one, many, One: capital(one), Many: capital(many), ordered: playbook.ordered ?? true };
}

/** "Stage 4 of 13" for ordered parts, "Play" for unordered ones. */
export function partPosition(words: PartWords, number: number, count: number): string {
  return words.ordered ? `${words.One} ${number} of ${count}` : words.One;
}

/** "4. Title" for ordered parts, "Title" for unordered ones. */
export function partTitle(words: PartWords, number: number, title: string): string {
  return words.ordered ? `${number}. ${title}` : title;
}
