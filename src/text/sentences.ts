import { ABBREVIATION_ALTERNATION } from '../data/abbreviations.js';

/**
 * Sentence spans [start, end) of a text: a break after . ! ? (and closing quotes) followed by
 * white space, or at a blank line. Abbreviations such as "Jan.", "U.S.", "Mr." do not end a sentence.
 */
const ABBREV = new RegExp(`(?:\\b(?:${ABBREVIATION_ALTERNATION})|\\b\\p{Lu})\\.$`, 'iu');

export function sentenceSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const re = /[.!?…]+["'’”)\]]*(?=\s)|\n\s*\n/g;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + m[0].length;
    if (m[0][0] === '.' && ABBREV.test(text.slice(Math.max(0, m.index - 6), m.index + 1))) continue;
    if (end > start) spans.push([start, end]);
    start = end;
  }
  if (start < text.length) spans.push([start, text.length]);
  return spans;
}
