import { wordsOf } from '../text/normalize.js';
import { functionWords } from '../data/function-words.js';
import type { Page } from '../page.js';

const STOP = new Set(functionWords('en'));

/**
 * Keywords: the most frequent content words and two-word phrases of the body, names counted in
 * their written form. Frequency times length is enough for a headline-sized list; ties keep the
 * order of first appearance.
 */
export function keywords(body: string, limit = 10): string[] {
  const words = wordsOf(body).map((w) => w.toLowerCase());
  const score = new Map<string, number>();
  const add = (k: string, v: number): void => {
    score.set(k, (score.get(k) ?? 0) + v);
  };
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (STOP.has(w) || w.length < 3 || /^\d+$/.test(w)) continue;
    add(w, 1);
    const next = words[i + 1];
    if (next && !STOP.has(next) && next.length >= 3 && !/^\d+$/.test(next)) add(`${w} ${next}`, 1.5);
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
