import type { Stats } from '../types.js';
import { wordsOf } from '../text/normalize.js';
import { sentenceSpans } from '../text/sentences.js';

/** Words, sentences and paragraphs of the body; reading time at 230 words a minute, at least 1. */
export function bodyStats(paragraphs: string[]): Stats {
  const text = paragraphs.join('\n\n');
  const words = wordsOf(text).length;
  const sentences = paragraphs.reduce(
    (n, p) => n + sentenceSpans(p).filter(([s, e]) => /\p{L}/u.test(p.slice(s, e))).length,
    0,
  );
  return {
    words,
    sentences,
    paragraphs: paragraphs.length,
    readingMinutes: words ? Math.max(1, Math.round(words / 230)) : 0,
  };
}
