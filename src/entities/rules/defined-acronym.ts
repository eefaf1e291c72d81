import type { NameMention } from '../../types.js';

// A short form the text defines after the words it stands for, in brackets or after "or":
// "hypersensitivity pneumonitis, or HP", "chronic obstructive pulmonary disease (COPD)".
const DEFINITION = /((?:\p{Ll}[\p{Ll}'’-]*\s+){1,8}\p{Ll}[\p{Ll}'’-]*)\s*(?:\(|,?\s+or\s+)(\p{Lu}{2,6})\b/gu;

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
  for (const m of text.matchAll(DEFINITION)) if (abbreviates(m[1], m[2])) common.add(m[2]);
  if (!common.size) return names;
  return names.filter((m) => !common.has(m.text));
}
