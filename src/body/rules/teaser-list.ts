import { SENTENCE_END, wordCount } from '../../text/normalize.js';
import { isProse } from '../../text/prose.js';
import { wordSets } from '../../data/lexicon.js';

// A headline may ask or exclaim ("What made Joker so popular?") but does not end in a full stop.
const headlineLike = (t: string): boolean => {
  const n = wordCount(t);
  return n >= 4 && n <= 20 && (!SENTENCE_END.test(t) || /[?!]["'’”]?$/u.test(t));
};
// An author line: "By …", or two to four capitalised words starting with a known first name.
const nameLike = (t: string): boolean => {
  if (!/^(?:by\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}$/u.test(t)) return false;
  if (/^by\s/i.test(t)) return true;
  const { firstNames } = wordSets();
  return t.split(/\s+/).some((w) => firstNames.has(w.toLowerCase().replace(/\.$/, '')));
};

/**
 * Teaser lists, as "more stories" boxes print them: a headline, its author, an excerpt; again and
 * again. ("Carlos Ghosn and the dark side of Japanese justice / Anthony Ghosn / Our family always
 * celebrates …"). Two such triplets make a list, and all their lines go. One alone could be the
 * article's own title, byline and first paragraph. An excerpt cut short with "..." is a teaser too.
 */
export function teaserLines(texts: string[]): boolean[] {
  const out = new Array<boolean>(texts.length).fill(false);
  const triplets: Array<[number, number]> = [];
  for (let i = 0; i + 2 < texts.length; i++) {
    if (!headlineLike(texts[i]) || !nameLike(texts[i + 1])) continue;
    // A date line may stand between the author and the excerpt.
    const k = isProse(texts[i + 2])
      ? i + 2
      : texts[i + 3] !== undefined && wordCount(texts[i + 2]) <= 6 && isProse(texts[i + 3])
        ? i + 3
        : -1;
    if (k > 0) triplets.push([i, k]);
  }
  if (triplets.length >= 2) for (const [i, k] of triplets) for (let j = i; j <= k; j++) out[j] = true;
  texts.forEach((t, i) => {
    if (
      /(?:\.\.\.|…)$/u.test(t) &&
      !/[.!?]["'’”]?\s*(?:\.\.\.|…)$/u.test(t) &&
      wordCount(t) >= 6 &&
      i > 0 &&
      headlineLike(texts[i - 1])
    )
      out[i] = out[i - 1] = true;
  });
  return out;
}
