import type { NameMention } from '../../types.js';

/**
 * Refiner: a name written as an account's handle or a hashtag ("Follow her on Twitter @JaneDoe",
 * "#StandWithTheTown") is the account's, no mention of a person or an organisation: the tagger
 * read "@AmyKup" as a company. The person's own name, written out, stays.
 */
export function withoutHandles(names: NameMention[], text: string): NameMention[] {
  // "TED@Doha", "Science@NASA": an at sign inside a word is no handle's; a hash sign marks a
  // tag or a code wherever it stands ("0#NKEL.RUO", a wire's instrument code).
  const account = (m: NameMention): boolean =>
    text[m.start - 1] === '#' || /(?:^|[^\p{L}\p{N}_])@$/u.test(text.slice(Math.max(0, m.start - 2), m.start));
  return names.filter((m) => !account(m));
}
