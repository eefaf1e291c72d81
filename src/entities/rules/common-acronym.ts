import type { NameMention } from '../../types.js';
import { COMMON_ACRONYMS } from '../../data/common-acronyms.js';

const ACRONYMS = new Set(COMMON_ACRONYMS);

/**
 * Refiner: a common noun written in capitals is no name. The tagger reads a lone capitalised
 * token as a name, so "the new SUV", "after the IPO", "a CEO" became organisations and people on
 * car, business and technology pages. A mention that is only such a word (or its plural) is
 * dropped; a longer name that contains one ("PC World", "TV Azteca") stays.
 */
export function withoutCommonAcronyms(names: NameMention[]): NameMention[] {
  return names.filter((m) => !ACRONYMS.has(m.text.replace(/s$/, '')));
}
