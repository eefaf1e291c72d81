import { wordsOf } from '../text/normalize.js';
import type { Page } from '../page.js';

const STOP = new Set(
  (
    'the a an and or but of to in on at for with by from as is are was were be been being has have had it its this that these those he she they we you i not no ' +
    'his her their our your will would can could should may might must said says say also than then there which who whom what when where while after before into ' +
    'about over under more most other some such only own same so too very just one two three its it’s said whether because through between against during without ' +
    'within across among upon both each few many much any all any every again further once here why how up down out off above below until very s t'
  ).split(/\s+/),
);

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
