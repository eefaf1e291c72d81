import type { NameMention } from '../../types.js';

/**
 * Refiner: a person's name has no digits. What the tagger read as one was a model or a code
 * ("Oppo N3", "MS-13", "DDR4 RAM"), a verse ("Matthew 24:6") or a party ("Movimento 5 Stelle"):
 * on the 2,904 training pages 36 such persons, 4 of them people with a class year run into the
 * name ("Sally Winston P'85"). The mention is dropped; the name's type is left to nobody rather
 * than guessed.
 */
export function withoutDigitsInPersons(names: NameMention[]): NameMention[] {
  return names.filter((m) => m.type !== 'PERSON' || !/\d/.test(m.text));
}
