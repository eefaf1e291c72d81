// Training labels for the body model: which lines of a page's text are its gold body. The gold
// body is not split along the page's lines, so its words are aligned with the text's: a text word
// is covered when a word 4-gram through it is a 4-gram of the gold (each gold 4-gram used once, in
// text order), the unit the benchmark's own metric counts. A line is body when most of its words
// are covered.
import type { Line } from '../types.js';

const WORD = /[\p{L}\p{N}_]+/gu;

/** For each line, the share of its words the gold body covers (0 for a line without words). */
export function coveredShare(lines: Line[], goldBody: string): number[] {
  const words: string[] = [];
  const lineOf: number[] = [];
  lines.forEach((l, i) => {
    for (const m of l.text.matchAll(WORD)) {
      words.push(m[0].toLowerCase());
      lineOf.push(i);
    }
  });
  const gold = (goldBody.match(WORD) ?? []).map((w) => w.toLowerCase());
  const grams = new Map<string, number>();
  for (let i = 0; i + 3 < gold.length; i++) {
    const k = `${gold[i]} ${gold[i + 1]} ${gold[i + 2]} ${gold[i + 3]}`;
    grams.set(k, (grams.get(k) ?? 0) + 1);
  }
  const covered = new Uint8Array(words.length);
  for (let i = 0; i + 3 < words.length; i++) {
    const k = `${words[i]} ${words[i + 1]} ${words[i + 2]} ${words[i + 3]}`;
    const left = grams.get(k);
    if (!left) continue;
    grams.set(k, left - 1);
    covered.fill(1, i, i + 4);
  }
  const total = new Array<number>(lines.length).fill(0);
  const hit = new Array<number>(lines.length).fill(0);
  lineOf.forEach((line, i) => {
    total[line]++;
    hit[line] += covered[i];
  });
  return total.map((t, i) => (t ? hit[i] / t : 0));
}
