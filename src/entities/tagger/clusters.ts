// The word clusters the tagger reads (models/clusters.txt, learned by `npm run train` from the
// unlabelled text of the training pages: see learn/clusters.ts). Read once, on first use.
import { readModelBytes } from '../../data/load.js';
import { splitLines } from '../../text/lines.js';
import { foldTypography } from '../../text/normalize.js';
import { tokenize } from '../tokens.js';

let lines: string[] | null = null;

/**
 * A word's cluster path, as written or else lower-cased; undefined for a word never seen often.
 * The file's lines are sorted, and a word is found by binary search: splitting the file into
 * lines is all the loading (a table of 40,000 words took 30 ms to build, a third of a run's
 * reading).
 */
export function clusterOf(word: string): string | undefined {
  lines ??= (readModelBytes('clusters.txt')?.toString('utf8') ?? '').split('\n');
  return pathIn(lines, word) ?? pathIn(lines, word.toLowerCase());
}

/** The path on the line "word path" of sorted `lines`. A space sorts before any word character. */
export function pathIn(lines: readonly string[], word: string): string | undefined {
  const key = `${word} `;
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (lines[mid] < key) lo = mid + 1;
    else hi = mid;
  }
  return lo < lines.length && lines[lo].startsWith(key) ? lines[lo].slice(key.length) : undefined;
}

/** Forgets the clusters read, so the next call reads the file again (training writes it anew). */
export function reloadClusters(): void {
  lines = null;
}

/** The tokens of each line of a text, as the tagger reads them: what the clusters learn from. */
export function* sequencesOfText(text: string): Generator<string[]> {
  const norm = foldTypography(text);
  for (const line of splitLines(text))
    if (line.end > line.start) yield tokenize(text, norm, line.start, line.end).map((t) => t.norm);
}
