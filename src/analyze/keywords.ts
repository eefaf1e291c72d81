import { WORD } from '../text/normalize.js';
import { functionWords } from '../data/function-words.js';
import type { Page } from '../page.js';

const STOP = new Set(functionWords('en'));

/**
 * Keywords: the most frequent content words and two-word phrases of the body, names counted in
 * their written form. Frequency times length is enough for a headline-sized list; ties keep the
 * order of first appearance.
 */
export function keywords(body: string, limit = 10): string[] {
  const score = new Map<string, number>();
  const add = (k: string, v: number): void => {
    score.set(k, (score.get(k) ?? 0) + v);
  };
  const content = (w: string): boolean => !STOP.has(w) && w.length >= 3 && !/^\d+$/.test(w);
  // Word by word, each with the one before: a long body is never held as an array of its words.
  let previous: string | null = null;
  for (const [word] of body.matchAll(WORD)) {
    const w = word.toLowerCase();
    if (content(w)) {
      // The pair before the word: the order in which keys first appear breaks ties.
      if (previous !== null) add(`${previous} ${w}`, 1.5);
      add(w, 1);
      previous = w;
    } else previous = null;
  }
  return [...score.entries()]
    .filter(([k, v]) => v >= (k.includes(' ') ? 3 : 2))
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([k]) => k);
}

/** Pass: the body's keywords. */
export function keywordsPass(page: Page): void {
  page.record.keywords = keywords(page.record.body);
}
