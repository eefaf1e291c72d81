import { normalizeLine, wordCount } from '../../text/normalize.js';
import { SETTINGS } from '../../settings.js';

/**
 * A paragraph printed again further down (a page that renders its article twice, for print and
 * for screen, or a pull quote): every copy after the first. Only lines of 8 words or more count;
 * shorter repeats are the repeated-line rule's.
 */
export function laterCopies(texts: string[], keep: (i: number) => boolean): boolean[] {
  const seen = new SeenParagraphs();
  return texts.map((t, i) => {
    if (!keep(i) || wordCount(t) < SETTINGS.duplicateMinWords) return false;
    const k = normalizeLine(t);
    // A whole article flattened into one line (a page's print copy or its meta description
    // block): it holds two or more of the paragraphs already kept.
    if (seen.has(k) || seen.containsTwo(k)) return true;
    seen.add(k);
    return false;
  });
}

/**
 * The paragraphs met so far, indexed by their first words, so that finding them inside a later
 * line looks only at the paragraphs that open the way the line goes on at each word: a scan of
 * every earlier paragraph per line made a long document quadratic.
 */
class SeenParagraphs {
  private readonly whole = new Set<string>();
  private readonly byOpening = new Map<string, string[]>();

  has(line: string): boolean {
    return this.whole.has(line);
  }

  add(line: string): void {
    this.whole.add(line);
    const key = opening(line, 0);
    const list = this.byOpening.get(key);
    if (list) list.push(line);
    else this.byOpening.set(key, [line]);
  }

  /**
   * Two earlier paragraphs inside `line`, each starting where a word or a mark starts: after a
   * space or a mark, as a comment quoting the article ('"Seems like their …') has it.
   */
  containsTwo(line: string): boolean {
    let n = 0;
    for (const { index: at } of line.matchAll(WORD_OR_MARK_START)) {
      for (const e of this.byOpening.get(opening(line, at)) ?? []) {
        if (e.length < line.length && line.startsWith(e, at) && ++n >= 2) return true;
      }
    }
    return false;
  }
}

const OPENING_WORDS = 3;
const WORD_OR_MARK_START = /(?<![\p{L}\p{N}])[^ ]/gu;

/** The first words of `line` from `at` (normalised lines have single spaces). */
function opening(line: string, at: number): string {
  let end = at;
  for (let w = 0; w < OPENING_WORDS && end >= 0; w++) end = line.indexOf(' ', end + 1);
  return line.slice(at, end < 0 ? undefined : end);
}
