// Word clusters learned without labels, the classic remedy of sequence taggers for words their
// labelled data never showed: words that stand in the same company ("said Mr. ___ of", "in ___,
// the capital") get the same bit path, and the tagger learns what a path's prefix means.
//
// Brown clustering merges classes bottom-up by bigram likelihood; what is done here gives the
// same kind of output (a binary path per word, whose prefixes are coarser classes) at a fraction
// of the cost, and deterministically:
//  1. every word seen often enough is described by its neighbours two words either side (the
//     most frequent words by name, any other by its shape), each pair weighed by its positive
//     pointwise mutual information (PPMI);
//  2. that sparse matrix is reduced to 100 dimensions by a randomized SVD (a seeded sketch);
//  3. the word vectors are split in two again and again (bisecting 2-means, seeded by the
//     principal direction of each group): the sequence of halves a word falls in is its path.
import { seededRandom } from './random.js';

export interface ClusterOptions {
  /** A word seen fewer times gets no path. */
  minCount: number;
  /** At most this many words, the most frequent. */
  maxWords: number;
  /** Neighbours described by name; any other by its shape. */
  contexts: number;
  /** Dimensions kept of the PPMI matrix's singular vectors. */
  dims: number;
  /** Bits of the longest path. */
  depth: number;
  seed: number;
}

export const DEFAULT_CLUSTERS: ClusterOptions = {
  minCount: 5,
  maxWords: 40000,
  contexts: 2000,
  dims: 100,
  depth: 12,
  seed: 20261129,
};

/** A coarse shape for a neighbour not described by name. */
const shapeClass = (w: string): string =>
  /^\p{Lu}/u.test(w) ? '<Cap>' : /^\p{Ll}/u.test(w) ? '<low>' : /^\p{N}/u.test(w) ? '<num>' : '<punct>';

/** Neighbours this far on each side describe a word. */
const WINDOW = 2;

const compareStrings = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The path of every frequent word. `sequences` are the token texts of each line (or sentence)
 * of the unlabelled text, in order; a line's ends count as neighbours "<s>" and "</s>".
 */
export function learnClusters(
  sequences: Iterable<string[]>,
  options: Partial<ClusterOptions> = {},
  log: (s: string) => void = () => {},
): Map<string, string> {
  const o = { ...DEFAULT_CLUSTERS, ...options };
  const { words, vectors } = wordVectors(sequences, o, log);
  const paths = bisectPaths(words.length, vectors, o.dims, o.depth);
  log(`clusters: ${words.length} words, paths of ${o.depth} bits`);
  return new Map(words.map((w, r) => [w, paths[r]]));
}

/** Each frequent word and its unit-length vector (row r at `vectors[r * dims ...]`). */
export function wordVectors(
  sequences: Iterable<string[]>,
  o: ClusterOptions,
  log: (s: string) => void = () => {},
): { words: string[]; vectors: Float64Array } {
  const tokens = readTokens(sequences);
  log(`clusters: ${tokens.stream.length} tokens, ${tokens.names.length} distinct`);
  const words = frequentWords(tokens, o);
  const matrix = ppmiMatrix(tokens, words, neighbourClasses(tokens, o));
  log(`clusters: ${matrix.val.length} positive PMI cells`);
  const vectors = truncatedSvd(matrix, o.dims, seededRandom(o.seed));
  unitRows(vectors, o.dims);
  return { words: words.map((id) => tokens.names[id]), vectors };
}

/** The text as token ids, lines separated by -1 (read once), each distinct token and its count. */
interface Tokens {
  names: string[];
  counts: Float64Array;
  stream: Int32Array;
}

function readTokens(sequences: Iterable<string[]>): Tokens {
  const ids = new Map<string, number>();
  const names: string[] = [];
  const stream = new Growing(Int32Array);
  for (const seq of sequences) {
    for (const w of seq) {
      let id = ids.get(w);
      if (id === undefined) {
        id = names.length;
        ids.set(w, id);
        names.push(w);
      }
      stream.push(id);
    }
    stream.push(-1);
  }
  const all = stream.values();
  const counts = new Float64Array(names.length);
  for (const id of all) if (id >= 0) counts[id]++;
  return { names, counts, stream: all };
}

/** The ids of the words that get a path: seen `minCount` times, starting with a letter, the commonest first. */
function frequentWords({ names, counts }: Tokens, o: ClusterOptions): number[] {
  return names
    .map((_, i) => i)
    .filter((i) => counts[i] >= o.minCount && /^\p{L}/u.test(names[i]))
    .sort((a, b) => counts[b] - counts[a] || compareStrings(names[a], names[b]))
    .slice(0, o.maxWords);
}

/** What each token is as a neighbour: its lower-cased form when among the commonest, else its shape. */
interface Neighbours {
  classOf: Int32Array;
  classes: number;
  start: number;
  end: number;
}

function neighbourClasses({ names, counts }: Tokens, o: ClusterOptions): Neighbours {
  const lowerCounts = new Map<string, number>();
  names.forEach((w, i) => lowerCounts.set(w.toLowerCase(), (lowerCounts.get(w.toLowerCase()) ?? 0) + counts[i]));
  const named = [...lowerCounts.entries()]
    .sort((a, b) => b[1] - a[1] || compareStrings(a[0], b[0]))
    .slice(0, o.contexts)
    .map(([w]) => w);
  const keys = [...named, '<Cap>', '<low>', '<num>', '<punct>', '<s>', '</s>'];
  const index = new Map(keys.map((k, i) => [k, i]));
  const classOf = Int32Array.from(names, (w) => index.get(w.toLowerCase()) ?? index.get(shapeClass(w))!);
  return { classOf, classes: keys.length, start: index.get('<s>')!, end: index.get('</s>')! };
}

/**
 * The words' PPMI matrix: a row per word, a column per (side, neighbour class). Each occurrence's
 * neighbours within WINDOW words become one key per pair; sorted, equal keys are counted, and each
 * pair weighs how much more often the two stand together than chance would have it.
 */
function ppmiMatrix({ names, stream }: Tokens, words: number[], n: Neighbours): Sparse {
  const row = new Int32Array(names.length).fill(-1);
  words.forEach((id, r) => (row[id] = r));
  const sides = 2 * WINDOW;
  const cols = sides * n.classes;
  const neighbour = (i: number, offset: number): number => {
    for (let j = i + Math.sign(offset), step = 1; ; j += Math.sign(offset), step++) {
      if (j < 0 || j >= stream.length || stream[j] < 0) return offset < 0 ? n.start : n.end;
      if (step === Math.abs(offset)) return n.classOf[stream[j]];
    }
  };
  const keys = new Growing(Float64Array);
  stream.forEach((id, i) => {
    if (id < 0 || row[id] < 0) return;
    for (let side = 0; side < sides; side++) {
      const offset = side < WINDOW ? side - WINDOW : side - WINDOW + 1;
      keys.push(row[id] * cols + side * n.classes + neighbour(i, offset));
    }
  });
  const sorted = keys.values().sort();
  const colTotals = new Float64Array(cols);
  const rowTotals = new Float64Array(words.length);
  for (const key of sorted) {
    colTotals[key % cols]++;
    rowTotals[Math.floor(key / cols)]++;
  }
  // Column counts smoothed to the power 0.75, as word2vec and its PMI reading do: rare
  // neighbours would otherwise look more telling than they are.
  const smoothed = colTotals.map((c) => c ** 0.75);
  const smoothedTotal = smoothed.reduce((a, b) => a + b, 0);
  const cells = { row: new Growing(Int32Array), col: new Growing(Int32Array), val: new Growing(Float64Array) };
  for (let i = 0; i < sorted.length;) {
    const key = sorted[i];
    let j = i;
    while (j < sorted.length && sorted[j] === key) j++;
    const r = Math.floor(key / cols);
    const c = key % cols;
    const pmi = Math.log(((j - i) * smoothedTotal) / (rowTotals[r] * smoothed[c]));
    if (pmi > 0) {
      cells.row.push(r);
      cells.col.push(c);
      cells.val.push(pmi);
    }
    i = j;
  }
  return { rows: words.length, cols, row: cells.row.values(), col: cells.col.values(), val: cells.val.values() };
}

/** Each row of `vectors` scaled to unit length: a word's path reflects its company, not its frequency. */
function unitRows(vectors: Float64Array, dim: number): void {
  for (let r = 0; r < vectors.length / dim; r++) {
    let norm = 0;
    for (let k = 0; k < dim; k++) norm += vectors[r * dim + k] ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let k = 0; k < dim; k++) vectors[r * dim + k] /= norm;
  }
}

type NumberArray = Int32Array | Float64Array;

/** A typed array that doubles as it fills: millions of numbers without an array of boxed ones. */
class Growing<T extends NumberArray> {
  private data: T;
  private length = 0;
  constructor(private readonly make: new (n: number) => T) {
    this.data = new make(1 << 16);
  }
  push(x: number): void {
    if (this.length === this.data.length) {
      const bigger = new this.make(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = x;
  }
  /** The numbers pushed, as a view of the storage. */
  values(): T {
    return this.data.subarray(0, this.length) as T;
  }
}

/** The path of each row: the halves it falls in, split after split (see bisect). */
export function bisectPaths(n: number, vectors: Float64Array, dim: number, depth: number): string[] {
  const paths = new Array<string>(n).fill('');
  let groups: Int32Array[] = [Int32Array.from({ length: n }, (_, i) => i)];
  for (let level = 0; level < depth; level++) {
    const next: Int32Array[] = [];
    for (const g of groups) {
      if (g.length < 2) {
        next.push(g);
        continue;
      }
      const [a, b] = bisect(g, vectors, dim);
      for (const r of a) paths[r] += '0';
      for (const r of b) paths[r] += '1';
      next.push(a, b);
    }
    groups = next;
  }
  return paths;
}

/**
 * One group split in two: seeded by the sign of each member's projection on the group's principal
 * direction (power iteration from a fixed start), then a few rounds of 2-means. Deterministic.
 */
function bisect(group: Int32Array, vectors: Float64Array, dim: number): [Int32Array, Int32Array] {
  const mean = new Float64Array(dim);
  for (const r of group) for (let k = 0; k < dim; k++) mean[k] += vectors[r * dim + k];
  for (let k = 0; k < dim; k++) mean[k] /= group.length;
  const centred = (r: number, k: number): number => vectors[r * dim + k] - mean[k];
  let dir = new Float64Array(dim).fill(1 / Math.sqrt(dim));
  for (let it = 0; it < 8; it++) {
    const nextDir = new Float64Array(dim);
    for (const r of group) {
      let dot = 0;
      for (let k = 0; k < dim; k++) dot += centred(r, k) * dir[k];
      for (let k = 0; k < dim; k++) nextDir[k] += dot * centred(r, k);
    }
    const norm = Math.sqrt(nextDir.reduce((s, x) => s + x * x, 0)) || 1;
    dir = nextDir.map((x) => x / norm);
  }
  let side = Uint8Array.from(group, (r) => {
    let dot = 0;
    for (let k = 0; k < dim; k++) dot += centred(r, k) * dir[k];
    return dot > 0 ? 1 : 0;
  });
  for (let it = 0; it < 5; it++) {
    const centres = [new Float64Array(dim), new Float64Array(dim)];
    const sizes = [0, 0];
    group.forEach((r, i) => {
      sizes[side[i]]++;
      for (let k = 0; k < dim; k++) centres[side[i]][k] += vectors[r * dim + k];
    });
    if (!sizes[0] || !sizes[1]) break;
    const nextSide = Uint8Array.from(group, (r) => {
      let d0 = 0;
      let d1 = 0;
      for (let k = 0; k < dim; k++) {
        const x = vectors[r * dim + k];
        d0 += (x - centres[0][k] / sizes[0]) ** 2;
        d1 += (x - centres[1][k] / sizes[1]) ** 2;
      }
      return d1 < d0 ? 1 : 0;
    });
    if (nextSide.every((s, i) => s === side[i])) break;
    side = nextSide;
  }
  // A split that put everything on one side is halved by order, so the path still deepens.
  if (side.every((s) => s === side[0])) side = Uint8Array.from(group, (_, i) => (i < group.length / 2 ? 0 : 1));
  return [group.filter((_, i) => side[i] === 0), group.filter((_, i) => side[i] === 1)];
}

/**
 * The file models/clusters.txt: a line "word path" per word, sorted by word (UTF-16 code units, as
 * JavaScript compares strings), so a reader finds a word by binary search without a table.
 */
export function clustersText(paths: Map<string, string>): string {
  return [...paths.entries()]
    .sort((a, b) => compareStrings(a[0], b[0]))
    .map(([w, p]) => `${w} ${p}`)
    .join('\n');
}

/** A sparse matrix as coordinate triples. */
interface Sparse {
  rows: number;
  cols: number;
  row: Int32Array;
  col: Int32Array;
  val: Float64Array;
}

/** `A·X` (X dense, cols × k, row-major) or, transposed, `Aᵀ·X` (X rows × k). */
function multiply(a: Sparse, x: Float64Array, k: number, transpose: boolean): Float64Array {
  const out = new Float64Array((transpose ? a.cols : a.rows) * k);
  for (let i = 0; i < a.val.length; i++) {
    const [to, from] = transpose ? [a.col[i], a.row[i]] : [a.row[i], a.col[i]];
    const v = a.val[i];
    for (let j = 0; j < k; j++) out[to * k + j] += v * x[from * k + j];
  }
  return out;
}

/** The columns of `y` (n × k, row-major) made orthonormal in place (modified Gram-Schmidt). */
function orthonormalize(y: Float64Array, n: number, k: number): void {
  for (let j = 0; j < k; j++) {
    for (let p = 0; p < j; p++) {
      let dot = 0;
      for (let i = 0; i < n; i++) dot += y[i * k + j] * y[i * k + p];
      for (let i = 0; i < n; i++) y[i * k + j] -= dot * y[i * k + p];
    }
    let norm = 0;
    for (let i = 0; i < n; i++) norm += y[i * k + j] ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let i = 0; i < n; i++) y[i * k + j] /= norm;
  }
}

/** Eigenvalues and eigenvectors (as columns) of a symmetric k × k matrix, by cyclic Jacobi. */
function symmetricEigen(m: Float64Array, k: number): { values: Float64Array; vectors: Float64Array } {
  const a = Float64Array.from(m);
  const v = new Float64Array(k * k);
  for (let i = 0; i < k; i++) v[i * k + i] = 1;
  for (let sweep = 0; sweep < 30; sweep++) {
    let off = 0;
    for (let p = 0; p < k; p++) for (let q = p + 1; q < k; q++) off += a[p * k + q] ** 2;
    if (off < 1e-18) break;
    for (let p = 0; p < k; p++)
      for (let q = p + 1; q < k; q++) {
        const apq = a[p * k + q];
        if (Math.abs(apq) < 1e-300) continue;
        const theta = (a[q * k + q] - a[p * k + p]) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let r = 0; r < k; r++) {
          const arp = a[r * k + p];
          const arq = a[r * k + q];
          a[r * k + p] = c * arp - s * arq;
          a[r * k + q] = s * arp + c * arq;
        }
        for (let r = 0; r < k; r++) {
          const apr = a[p * k + r];
          const aqr = a[q * k + r];
          a[p * k + r] = c * apr - s * aqr;
          a[q * k + r] = s * apr + c * aqr;
        }
        for (let r = 0; r < k; r++) {
          const vrp = v[r * k + p];
          const vrq = v[r * k + q];
          v[r * k + p] = c * vrp - s * vrq;
          v[r * k + q] = s * vrp + c * vrq;
        }
      }
  }
  return { values: Float64Array.from({ length: k }, (_, i) => a[i * k + i]), vectors: v };
}

/**
 * The rows of `A`'s best rank-`dim` approximation, as `U·√Σ` (the weighting that serves word
 * similarity best in Levy, Goldberg and Dagan 2015), by randomized SVD (Halko, Martinsson and
 * Tropp 2011): a seeded random sketch, one power iteration, and the small problem solved exactly.
 */
function truncatedSvd(a: Sparse, dim: number, random: () => number): Float64Array {
  const k = dim + 20;
  const omega = Float64Array.from({ length: a.cols * k }, () => random() - 0.5);
  let y = multiply(a, omega, k, false);
  orthonormalize(y, a.rows, k);
  y = multiply(a, multiply(a, y, k, true), k, false);
  orthonormalize(y, a.rows, k);
  // B = Qᵀ·A (k × cols), then B·Bᵀ = W·Λ·Wᵀ: A ≈ Q·W·√Λ·(…), so U = Q·W and Σ = √Λ.
  const bt = multiply(a, y, k, true); // Aᵀ·Q = Bᵀ, cols × k
  const bbt = new Float64Array(k * k);
  for (let c = 0; c < a.cols; c++)
    for (let i = 0; i < k; i++) {
      const x = bt[c * k + i];
      if (x === 0) continue;
      for (let j = 0; j < k; j++) bbt[i * k + j] += x * bt[c * k + j];
    }
  const { values, vectors } = symmetricEigen(bbt, k);
  const order = [...values.keys()].sort((i, j) => values[j] - values[i]).slice(0, dim);
  const out = new Float64Array(a.rows * dim);
  for (let r = 0; r < a.rows; r++)
    order.forEach((e, d) => {
      let x = 0;
      for (let i = 0; i < k; i++) x += y[r * k + i] * vectors[i * k + e];
      out[r * dim + d] = x * Math.sqrt(Math.sqrt(Math.max(values[e], 0)));
    });
  return out;
}
