import type { NameMention } from '../../types.js';

/**
 * Refiner: a name written as an account's handle or a hashtag ("Follow her on Twitter @JaneDoe",
 * "#StandWithTheTown") is the account's, no mention of a person or an organisation: the tagger
 * read "@AmyKup" as a company. The person's own name, written out, stays.
 */
export function withoutHandles(names: NameMention[], text: string): NameMention[] {
  return names.filter((m) => m.start === 0 || !/[@#]/.test(text[m.start - 1]));
}
