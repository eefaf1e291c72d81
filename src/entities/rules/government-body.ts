import type { Token } from '../tokens.js';
import type { Gazetteer } from '../gazetteer.js';
import { GOVERNMENT_BODIES } from '../data/organizations.js';

export interface BodyMatch {
  len: number;
  code: string | null;
}

/**
 * A government body named through its country, written in lower case: "China's foreign
 * ministry", "the Chinese embassy in Phnom Penh", "Cambodian police". `i` is the country or
 * demonym token; returns the number of tokens the organisation spans (country word included).
 */
export function governmentBodyAfter(tokens: Token[], i: number, countryLen: number, g: Gazetteer): BodyMatch | null {
  let k = i + countryLen;
  if (tokens[k]?.norm === "'s" || tokens[k]?.norm === "'") k++;
  for (let n = 3; n >= 1; n--) {
    const words = tokens.slice(k, k + n);
    if (words.length < n || words.some((t) => /^\p{Lu}/u.test(t.norm) || !/^[\p{L}-]+$/u.test(t.norm))) continue;
    if (!GOVERNMENT_BODIES.test(words.map((t) => t.norm).join(' '))) continue;
    let len = k + n - i;
    // "… embassy in Phnom Penh": the seat, when it is a known place.
    if (tokens[k + n]?.norm === 'in') {
      const seat = placeLength(tokens, k + n + 1, g);
      if (seat) len += 1 + seat;
    }
    return { len, code: null };
  }
  return null;
}

function placeLength(tokens: Token[], at: number, g: Gazetteer): number {
  // Only as many words as the line still has: a slice past the end is shorter than asked, and a
  // one-word city at the end of a line once counted as three ("… embassy in Paris" + nothing).
  for (let n = Math.min(3, tokens.length - at); n >= 1; n--) {
    const key = tokens
      .slice(at, at + n)
      .map((t) => t.norm)
      .join(' ');
    const e = g.entries.get(key);
    if (e && (e.kind === 'city' || e.kind === 'capital' || e.kind === 'country')) return n;
  }
  return 0;
}
