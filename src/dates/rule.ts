import type { Ymd } from './calendar.js';

/** The named capture groups of a match; a group that did not take part is undefined. */
export type Groups = Partial<Record<string, string>>;

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';
export type Tense = 'past' | 'future' | 'present';

export interface RuleContext {
  ref: Ymd;
  /** Tense of the sentence the match stands in: decides which "Friday" is meant. */
  tense: Tense;
  /** The whole sentence, folded (for context words such as "quarter"). */
  sentence: string;
  /** The document reports quarters (an earnings story): "a year ago" then means that quarter. */
  quarterly: boolean;
}

export interface TimexValue {
  type: TimexType;
  value: string;
  /** True when a part of the value (year, month, week) came from the reference date. */
  inferred?: boolean;
}

/** One small named unit: a pattern that finds candidates and a function that gives their value. */
export interface DateRule {
  name: string;
  /** Applied with the `giu` flags to the folded text; must not match empty strings. */
  pattern: RegExp;
  /** The value of a match, from its named groups (`g`), the context and the match itself. */
  value(g: Groups, ctx: RuleContext, match: RegExpExecArray): TimexValue | null;
}
