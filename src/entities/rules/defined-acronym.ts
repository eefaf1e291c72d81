import type { NameMention } from '../../types.js';

// A short form the text defines after the words it stands for, in brackets or after "or":
// "hypersensitivity pneumonitis, or HP", "chronic obstructive pulmonary disease (COPD)". The
// short form is found first and the words read back from a bounded slice, and "or" stands between
// single spaces: a pattern that reads the words first, or any run of blanks before "or", backtracks
// over a long run of letters or blank lines (the hostile inputs of test/cli/robustness.test.ts).
const SHORT_FORM = /(?:\(|,?\sor\s)(\p{Lu}{2,6})\b/gu;
// The words right before it, in small letters: at most 12, each at most 30 characters.
const WORDS_BEFORE = /(?:^|[^\p{L}'’-])((?:\p{Ll}[\p{Ll}'’-]{0,29}\s+){0,11}\p{Ll}[\p{Ll}'’-]{0,29})\s*$/u;

/** Whether the short form is the initials of the last words before it ("non-small cell lung cancer" → NSCLC). */
function abbreviates(words: string, short: string): boolean {
  const parts = words.trim().split(/[\s-]+/);
  if (parts.length < short.length) return false;
  const initials = parts
    .slice(-short.length)
    .map((p) => p[0])
    .join('');
  return initials === short.toLowerCase();
}

/**
 * Refiner: an abbreviation of words in small letters is a common noun's, no name. The tagger read
 * "HP" in "hypersensitivity pneumonitis, or HP" as a company on every mention. A short form the
 * page defines so (its letters the initials of the words before it, all in small letters) loses
 * its mentions; one defined by a name in capitals ("the World Health Organization (WHO)") keeps
 * them.
 */
export function withoutDefinedCommonAcronyms(names: NameMention[], text: string): NameMention[] {
  const common = new Set<string>();
  for (const m of text.matchAll(SHORT_FORM)) {
    const words = WORDS_BEFORE.exec(text.slice(Math.max(0, m.index - 400), m.index))?.[1];
    if (words && abbreviates(words, m[1])) common.add(m[1]);
  }
  if (!common.size) return names;
  return names.filter((m) => !common.has(m.text));
}
