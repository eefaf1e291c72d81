import type { NameMention } from '../../types.js';
import { ENGLISH_FUNCTION_WORDS } from '../../data/function-words.js';
import { wordSets } from '../../data/lexicon.js';

// A surname alone names the person the article named in full only if it looks like one: a
// capital and small letters, three letters at least ("Li" and "Ng" are too often parts of
// other words' spellings in scraped text to search for alone), parts joined by hyphens.
const SURNAME = /^\p{Lu}\p{Ll}{2,}(?:-\p{Lu}?\p{Ll}+)*$/u;
const WORD = /(?<![\p{L}\p{N}])\p{Lu}\p{Ll}{2,}(?:-\p{Lu}?\p{Ll}+)*(?![\p{L}\p{N}-])/gu;

/**
 * Refiner: after "Prime Minister John Major", the story writes "talks between Clarke and Major":
 * a surname alone, with its capital, is the person the article named in full (a full name that
 * opens with a known given name: "Sonos Move" is a speaker the tagger took for a person). The tagger, which
 * reads a window of words, misses those where the word is also an ordinary one ("Major",
 * "Green") and nothing beside it says person. Searched only in the article's own lines; a word
 * the article also writes in small letters ("a major rift") is left alone, and so is one with a
 * capitalised word beside it, which belongs to a longer name ("Major League").
 */
export function surnameReferences(names: NameMention[], text: string, ranges: Array<[number, number]>): NameMention[] {
  const ordinary = smallLetterWords(text, ranges);
  const surnames = new Set(
    names
      .filter((m) => m.type === 'PERSON')
      .map((m) => m.text.split(/\s+/))
      .filter((words) => words.length > 1 && wordSets().firstNames.has(words[0].toLowerCase()))
      .map((words) => words.at(-1) as string)
      .filter((w) => SURNAME.test(w) && !ordinary.has(w.toLowerCase())),
  );
  if (!surnames.size) return names;
  const named = coverage(text.length, names);
  const found: NameMention[] = [];
  for (const [s, e] of ranges) {
    for (const m of text.slice(s, e).matchAll(WORD)) {
      const start = s + m.index;
      const end = start + m[0].length;
      if (!surnames.has(m[0]) || !standsAlone(text, start, end, ordinary) || named.slice(start, end).includes(1))
        continue;
      found.push({ type: 'PERSON', text: m[0], start, end, rule: 'surname-reference' });
    }
  }
  return found.length ? [...names, ...found].sort((a, b) => a.start - b.start || b.end - a.end) : names;
}

/** Which characters of the text a name already covers. */
function coverage(length: number, names: NameMention[]): Uint8Array {
  const out = new Uint8Array(length);
  for (const m of names) out.fill(1, m.start, m.end);
  return out;
}

/** The words the article writes in small letters ("a major rift"): ordinary words there. */
function smallLetterWords(text: string, ranges: Array<[number, number]>): Set<string> {
  const out = new Set<string>();
  for (const [s, e] of ranges) for (const w of text.slice(s, e).match(/(?<![\p{L}\p{N}])\p{Ll}+/gu) ?? []) out.add(w);
  return out;
}

/**
 * A whole word with no capitalised word right before or after it ("Major League", "Green Party":
 * a longer name the tagger did not take). A capitalised word the article also writes in small
 * letters opens a sentence ("Both Major and Clarke were …") and is no part of a name.
 */
function standsAlone(text: string, start: number, end: number, ordinary: Set<string>): boolean {
  if (/[\p{L}\p{N}]/u.test(text[start - 1] ?? '') || /[\p{L}\p{N}]/u.test(text[end] ?? '')) return false;
  const before = /(\p{L}+)[ \t]+$/u.exec(text.slice(Math.max(0, start - 30), start))?.[1];
  const after = /^[ \t]+(\p{L}+)/u.exec(text.slice(end, end + 30))?.[1];
  const isOrdinary = (w: string): boolean =>
    ordinary.has(w.toLowerCase()) || ENGLISH_FUNCTION_WORDS.has(w.toLowerCase());
  return ![before, after].some((w) => w !== undefined && /^\p{Lu}/u.test(w) && !isOrdinary(w));
}
