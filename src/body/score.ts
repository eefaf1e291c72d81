import { SENTENCE_END, wordCount, wordsOf } from '../text/normalize.js';
import { ALL_FUNCTION_WORDS } from '../data/function-words.js';

// Running text is full of function words; menus and headlines are not (jusText's signal, which
// works from text alone).
const STOP = new Set(ALL_FUNCTION_WORDS);

export function stopwordDensity(text: string): number {
  const w = wordsOf(text.toLowerCase());
  if (!w.length) return 0;
  return w.filter((x) => STOP.has(x)).length / w.length;
}

/**
 * How much a line looks like article prose: positive for running text, negative for the short
 * lines of menus and widgets. The body is the stretch of lines with the largest sum.
 * Example: a 60-word paragraph ending in a full stop scores about +60; "Home" scores -5.
 */
export function proseScore(text: string): number {
  const size = wordCount(text);
  const sentenceEnd = SENTENCE_END.test(text) || /:$/.test(text);
  // Stop words are counted for spaced scripts only; Chinese and Japanese prose has none to count.
  const unspaced = size > wordsOf(text).length;
  const dense = unspaced || stopwordDensity(text) >= 0.15;
  if (size >= 12 && (sentenceEnd || size >= 25)) return size * (dense ? 1 : 0.4);
  if (size >= 6 && sentenceEnd) return size * (dense ? 0.6 : 0.2);
  return -5;
}
