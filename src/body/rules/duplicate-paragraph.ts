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
    // A whole article flattened into one line (a page's print copy or its meta description
    // block): it holds two or more of the paragraphs already kept.
    if (seen.has(k) || containsTwo(k, seen)) return true;
    seen.add(k);
    return false;
  });
}

function containsTwo(line: string, earlier: Set<string>): boolean {
  let n = 0;
  for (const e of earlier) if (e.length < line.length && line.includes(e) && ++n >= 2) return true;
  return false;
}
