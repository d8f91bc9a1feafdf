import type { ContentSet } from './content-set.ts';
import type { Problem } from './problem.ts';

/** What a rule may know besides the content: the date and which other files exist. */
export interface RuleContext {
  /** Today as YYYY-MM-DD (see todayIso). */
  today: string;
  /** Whether a file exists, by path relative to the project root with forward slashes. */
  fileExists(path: string): boolean;
}

/** A content rule: returns every problem it finds, never throws. */
export type Rule = (content: ContentSet, context: RuleContext) => Problem[];
