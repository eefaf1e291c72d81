import { ABBREVIATION_ALTERNATION } from '../data/abbreviations.js';

export interface Token {
  /** The token as written. */
  text: string;
  /** Typography folded ("China’s" → "China's"); same length as `text`. */
  norm: string;
  start: number;
  end: number;
  /** True when a sentence may start here: after . ! ? or at the start of a range. */
  sentenceStart: boolean;
  /** True when white space other than one space, or a line break, precedes the token. */
  gapBefore: boolean;
}

// Words with inner apostrophes, hyphens and periods ("O'Brien", "al-Assad", "U.S."), numbers,
// or one punctuation character.
const TOKEN =
  /(?:\p{Lu}\.){2,}|[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’\-.&][\p{L}\p{M}\p{N}]+)*\.?|\p{N}+(?:[.,:]\p{N}+)*|[^\s\p{L}\p{N}]/gu;
const ABBREVIATION = new RegExp(`^(?:(?:\\p{Lu}\\.)+|${ABBREVIATION_ALTERNATION})\\.$`, 'iu');

/** Tokens of `text[from, to)` with their offsets. A trailing period stays only on abbreviations. */
export function tokenize(text: string, norm: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  const part = norm.slice(from, to);
  TOKEN.lastIndex = 0;
  let prevEnd = 0;
  let sentenceStart = true;
  for (let m = TOKEN.exec(part); m; m = TOKEN.exec(part)) {
    let s = m[0];
    let start = from + m.index;
    if (s.length > 1 && s.endsWith('.') && !ABBREVIATION.test(s) && !/^\p{Lu}\.$/u.test(s)) {
      pushToken(s.slice(0, -1), start);
      pushToken('.', start + s.length - 1);
      continue;
    }
    // "China-Cambodia" → "China" "-" "Cambodia": each part can be a name of its own.
    const parts = /^(\p{Lu}[\p{L}\p{M}]+)-(\p{Lu}[\p{L}\p{M}]+)$/u.exec(s);
    if (parts) {
      pushToken(parts[1], start);
      pushToken('-', start + parts[1].length);
      pushToken(parts[2], start + parts[1].length + 1);
      continue;
    }
    // "China's" → "China" + "'s": the possessive is not part of the name.
    const poss = /^(.+?)(['’]s?)$/u.exec(s);
    if (poss && /^\p{L}/u.test(s) && (poss[2].length === 2 || /s$/.test(poss[1]))) {
      pushToken(poss[1], start);
      pushToken(s.slice(poss[1].length), start + poss[1].length);
      continue;
    }
    pushToken(s, start);
  }
  return out;

  function pushToken(s: string, start: number): void {
    const gap = norm.slice(from + prevEnd, start);
    out.push({
      text: text.slice(start, start + s.length),
      norm: s,
      start,
      end: start + s.length,
      sentenceStart,
      gapBefore: /\n|\s{2,}/.test(gap),
    });
    prevEnd = start + s.length - from;
    // A quote opens a sentence only where one could start anyway: '…," Young told reporters' is
    // mid-sentence, '. "We …' is not.
    sentenceStart = /^[.!?:;]$/.test(s) || (sentenceStart && /^["'([]$/.test(s));
    if (s.length > 1 && s.endsWith('.') && !ABBREVIATION.test(s)) sentenceStart = true;
  }
}
