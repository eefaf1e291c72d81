import { SENTENCE_END, wordCount } from '../text/normalize.js';

/**
 * A line of running text: at least eight words and a sentence end, or at least twenty words.
 * Example: "The brief exchange highlights a recurring problem …" is prose; "Strategic Analysis" is not.
 */
export function isProse(text: string): boolean {
  const words = wordCount(text);
  return (words >= 8 && SENTENCE_END.test(text)) || words >= 20;
}
