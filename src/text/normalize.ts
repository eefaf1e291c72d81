// Typographic folding, so patterns match "China’s" like "China's" and "cross‑border" like
// "cross-border". The folded string always has the same length as the input, so an offset found
// in it is an offset in the original text: that is what lets mentions keep the text as written.

const FOLD: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201b': "'",
  '\u2032': "'",
  '`': "'",
  '\u00b4': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u201f': '"',
  '\u2033': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
  '\u00a0': ' ',
  '\u2007': ' ',
  '\u202f': ' ',
  '\u2009': ' ',
  '\u200a': ' ',
  '\u2002': ' ',
  '\u2003': ' ',
};
const FOLD_RE =
  /[\u2018\u2019\u201a\u201b\u2032`\u00b4\u201c-\u201f\u2033\u2010-\u2015\u2212\u00a0\u2007\u202f\u2009\u200a\u2002\u2003]/g;

/** Same-length typographic folding: curly quotes, dashes and odd spaces to ASCII. */
export function foldTypography(text: string): string {
  return text.replace(FOLD_RE, (c) => FOLD[c] ?? c);
}

/** Folding for whole-line pattern matching: typography, case and runs of white space. */
export function normalizeLine(text: string): string {
  return memo(normalized, text, () => foldTypography(text).toLowerCase().replace(/\s+/g, ' ').trim());
}

// The per-line helpers are asked of the same line by many passes: each answer is kept for the
// lines of the document in hand (a bounded cache, so a stream of documents stays flat).
const normalized = new Map<string, string>();
const counted = new Map<string, number>();
const MEMO_LIMIT = 20_000;

function memo<T>(cache: Map<string, T>, key: string, compute: () => T): T {
  let v = cache.get(key);
  if (v === undefined) {
    if (cache.size >= MEMO_LIMIT) cache.clear();
    cache.set(key, (v = compute()));
  }
  return v;
}

/** A word as the body scorer counts them (letters and digits, any script). */
export const WORD = /[\p{L}\p{N}_]+/gu;

/** Words as the body scorer counts them (letters and digits, any script). */
export function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}

// Scripts written without spaces between words: there a character is about half a word.
const UNSPACED =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/gu;

/** How many words a line holds, counting two characters of Chinese, Japanese or Thai as one. */
export function wordCount(text: string): number {
  return memo(counted, text, () => countWords(text));
}

// Text with no character past U+2E7F has no unspaced script: the common case is counted plainly.
const MAYBE_UNSPACED = /[\u2e80-\uffff]/;

function countWords(text: string): number {
  if (!MAYBE_UNSPACED.test(text)) {
    let n = 0;
    for (const w of text.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(w)) n++;
    return n;
  }
  const unspaced = text.match(UNSPACED)?.length ?? 0;
  const spaced = text
    .replace(UNSPACED, ' ')
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return spaced + Math.ceil(unspaced / 2);
}

/** A sentence end, in the scripts scraped pages come in: . ! ? … and 。！？ with closing quotes. */
export const SENTENCE_END = /[.!?…。！？]["'’”)\]」』]*$/u;
