import { SENTENCE_END, normalizeLine, wordCount } from '../../text/normalize.js';

/**
 * Short lines that occur more than once on the page are menus rendered twice (a desktop and a
 * mobile nav), tag clouds or repeated "Advertisement" slots: e.g. "Home / Scores / Schedule"
 * printed once for each menu. Sentences are never judged by repetition: a quote can be repeated
 * as a pull quote and still belong to the article.
 */
export function repeatedLines(texts: string[], maxWords = 8): boolean[] {
  const counts = new Map<string, number>();
  const keys = texts.map((t) => normalizeLine(t));
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  return texts.map((t, i) => {
    const n = counts.get(keys[i]) ?? 0;
    // Twice for a short menu item; three times for a teaser headline ("10 things in tech you
    // need to know today" in every box of the page).
    const words = wordCount(t);
    return (n > 1 && words <= maxWords && !SENTENCE_END.test(t)) || (n > 2 && words <= 30);
  });
}
