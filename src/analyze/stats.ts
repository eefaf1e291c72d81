import type { ArticleRecord, Stats } from '../types.js';
import type { Page } from '../page.js';
import { SETTINGS } from '../settings.js';
import { wordCount, wordsOf } from '../text/normalize.js';
import { sentenceSpans } from '../text/sentences.js';

/** Words, sentences and paragraphs of the body; reading time in minutes, at least 1. */
export function bodyStats(paragraphs: string[]): Stats {
  // Paragraph by paragraph: a long body is never held as one array of its words.
  const words = paragraphs.reduce((n, p) => n + wordsOf(p).length, 0);
  const sentences = paragraphs.reduce(
    (n, p) => n + sentenceSpans(p).filter(([s, e]) => /\p{L}/u.test(p.slice(s, e))).length,
    0,
  );
  return {
    words,
    sentences,
    paragraphs: paragraphs.length,
    readingMinutes: words ? Math.max(1, Math.round(words / SETTINGS.wordsPerMinute)) : 0,
  };
}

/** How much the text reads like an article: body words, paragraphs, and their share of the lines. */
export function qualityOf(paragraphs: string[], lineCount: number): ArticleRecord['quality'] {
  const words = paragraphs.reduce((n, p) => n + wordCount(p), 0);
  const score = Math.round(Math.min(1, words / 300) * Math.min(1, paragraphs.length / 3) * 100) / 100;
  const label = words >= 150 && paragraphs.length >= 3 ? 'high' : words >= 50 && lineCount > 0 ? 'medium' : 'low';
  return { score, label };
}

/** Pass: the body's figures and how much the page reads like an article. */
export function statsPass(page: Page): void {
  page.record.stats = bodyStats(page.record.paragraphs);
  page.record.quality = qualityOf(page.record.paragraphs, page.lines.length);
}
