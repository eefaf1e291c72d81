import { normalizeLine, wordCount } from '../../text/normalize.js';

/**
 * A paragraph printed again further down (a page that renders its article twice, for print and
 * for screen, or a pull quote): every copy after the first. Only lines of 8 words or more count;
 * shorter repeats are the repeated-line rule's.
 */
export function laterCopies(texts: string[], keep: (i: number) => boolean): boolean[] {
  const seen = new Set<string>();
  return texts.map((t, i) => {
    if (!keep(i) || wordCount(t) < 8) return false;
    const k = normalizeLine(t);
    if (seen.has(k)) return true;
    seen.add(k);
    return false;
  });
}
