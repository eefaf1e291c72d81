// The word clusters the tagger reads (models/clusters.txt, learned by `npm run train` from the
// unlabelled text of the training pages: see learn/clusters.ts). Read once, on first use.
import { readModelBytes } from '../../data/load.js';
import { splitLines } from '../../text/lines.js';
import { foldTypography } from '../../text/normalize.js';
import { tokenize } from '../tokens.js';

interface ClusterFile {
  text: string;
  /** Where each line starts in `text`. */
  starts: Int32Array;
}
let file: ClusterFile | null = null;

/** The file's text and its line starts: no string per line is made (40,000 of them took 16 ms). */
export function clusterFile(text: string): ClusterFile {
  const starts: number[] = [];
  for (let at = 0; at < text.length; at = text.indexOf('\n', at) + 1 || text.length)
    if (text[at] !== '\n') starts.push(at);
  return { text, starts: Int32Array.from(starts) };
}

/**
 * A word's cluster path, as written or else lower-cased; undefined for a word never seen often.
 * The file's lines are sorted, and a word is found by binary search over them.
 */
export function clusterOf(word: string): string | undefined {
  file ??= clusterFile(readModelBytes('clusters.txt')?.toString('utf8') ?? '');
  return pathIn(file, word) ?? pathIn(file, word.toLowerCase());
}

/** The path on the line "word path" of the sorted file. A space sorts before any word character. */
export function pathIn({ text, starts }: ClusterFile, word: string): string | undefined {
  const key = `${word} `;
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (compareAt(text, starts[mid], key) < 0) lo = mid + 1;
    else hi = mid;
  }
  if (lo === starts.length || !text.startsWith(key, starts[lo])) return undefined;
  const from = starts[lo] + key.length;
  const to = text.indexOf('\n', from);
  return text.slice(from, to < 0 ? text.length : to);
}

/** The line at `at` against `key`, as JavaScript compares strings (UTF-16 code units). */
function compareAt(text: string, at: number, key: string): number {
  for (let i = 0; i < key.length; i++) {
    const c = at + i < text.length ? text.charCodeAt(at + i) : -1;
    const k = key.charCodeAt(i);
    if (c === 10 || c < 0) return -1;
    if (c !== k) return c - k;
  }
  return 1;
}

/** Forgets the clusters read, so the next call reads the file again (training writes it anew). */
export function reloadClusters(): void {
  file = null;
}

/** The tokens of each line of a text, as the tagger reads them: what the clusters learn from. */
export function* sequencesOfText(text: string): Generator<string[]> {
  const norm = foldTypography(text);
  for (const line of splitLines(text))
    if (line.end > line.start) yield tokenize(text, norm, line.start, line.end).map((t) => t.norm);
}
