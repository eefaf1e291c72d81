import type { Token } from '../tokens.js';
import { TITLE_MODIFIERS, TITLE_WORDS } from '../data/titles.js';
import { ENGLISH_FUNCTION_WORDS } from '../../data/function-words.js';

export function isTitleWord(t: Pick<Token, 'norm'>): boolean {
  const w = t.norm.toLowerCase().replace(/\.$/, '');
  return TITLE_WORDS.has(w) || TITLE_MODIFIERS.test(w);
}

/**
 * Leading title words of a capitalised run: "Prime Minister Hun Manet" → 2 ("Prime Minister"),
 * "Secretary of State John Kerry" → 3. A run that is only title words has none to strip.
 */
export function leadingTitleLength(tokens: Token[]): number {
  let n = 0;
  while (n < tokens.length - 1 && isTitleWord(tokens[n])) n++;
  if (n > 0 && tokens[n]?.norm === 'of') n += 2;
  // "Secretary of State": the title takes the whole run, no name is left.
  if (n >= tokens.length) return 0;
  if (n > 0) return n;
  // "Energy Minister Davis Chirchir": a role word with its scope in front of one to three names.
  for (let k = tokens.length - 2; k >= 1; k--) {
    if (
      TITLE_WORDS.has(tokens[k].norm.toLowerCase()) &&
      tokens.length - k - 1 <= 3 &&
      !tokens.slice(k + 1).some(isTitleWord)
    )
      return k + 1;
  }
  return 0;
}

/**
 * The title words just before a name, in lower case as written before it: "ministry spokesman
 * Guo Jiakun" → "ministry spokesman", "the coach, Joachim Löw" is not a title (comma).
 */
export function titleBefore(tokens: Token[], at: number, isPlace: (t: Token) => boolean = () => false): string | null {
  const words: string[] = [];
  let k = at - 1;
  for (; k >= 0 && words.length < 4; k--) {
    if (!isTitleWord(tokens[k])) break;
    words.unshift(tokens[k].text);
  }
  // "Energy Minister Davis Chirchir": a capitalised office ("Minister") takes one or two
  // capitalised words of scope before it, but not a country ("Kenyan Energy Minister" keeps
  // "Energy Minister"; the country is read apart) nor a sentence's "The".
  if (words.length && /^\p{Lu}/u.test(words[0])) {
    for (let n = 0; n < 2 && k >= 0; n++, k--) {
      const t = tokens[k];
      if (!/^\p{Lu}\p{Ll}+$/u.test(t.norm) || ENGLISH_FUNCTION_WORDS.has(t.norm.toLowerCase()) || isPlace(t)) break;
      if (t.end !== tokens[k + 1].start - 1) break;
      words.unshift(t.text);
    }
  }
  return words.length ? words.join(' ') : null;
}
