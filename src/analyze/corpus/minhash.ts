import { wordsOf } from '../../text/normalize.js';

const HASHES = 96;
const BANDS = 24; // 24 bands of 4 rows: pairs above ~0.5 Jaccard meet in some band with high probability
const ROWS = HASHES / BANDS;

/** FNV-1a, 32 bits: a fast string hash, the same on every machine. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

// Fixed odd multipliers and offsets: deterministic permutations of the 32-bit hash space.
const A = Array.from({ length: HASHES }, (_, i) => (fnv1a(`a${i}`) | 1) >>> 0);
const B = Array.from({ length: HASHES }, (_, i) => fnv1a(`b${i}`));

/** Word 5-gram shingles of a text, hashed. */
export function shingles(text: string, k = 5): Set<number> {
  const w = wordsOf(text.toLowerCase());
  const out = new Set<number>();
  for (let i = 0; i + k <= w.length; i++) out.add(fnv1a(w.slice(i, i + k).join(' ')));
  if (!out.size && w.length) out.add(fnv1a(w.join(' ')));
  return out;
}

/** The MinHash signature of a shingle set: for each permutation, the smallest value. */
export function signature(set: Set<number>): Uint32Array {
  const sig = new Uint32Array(HASHES).fill(0xffffffff);
  for (const x of set) {
    for (let i = 0; i < HASHES; i++) {
      const v = (Math.imul(A[i], x) + B[i]) >>> 0;
      if (v < sig[i]) sig[i] = v;
    }
  }
  return sig;
}

export function estimatedJaccard(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < HASHES; i++) if (a[i] === b[i]) same++;
  return same / HASHES;
}

export interface DuplicateGroup {
  members: Array<{ id: string; similarity: number }>;
}

/**
 * Near-duplicate groups by MinHash with locality-sensitive hashing: documents are compared only
 * when their signatures agree on a whole band, so the work grows with the corpus, not with its
 * square. Pairs whose estimated Jaccard similarity reaches `threshold` are joined (union-find).
 */
export class DuplicateFinder {
  private readonly ids: string[] = [];
  private readonly sigs: Uint32Array[] = [];
  private readonly buckets = new Map<string, number[]>();
  private readonly parent: number[] = [];

  constructor(private readonly threshold = 0.8) {}

  add(id: string, text: string): void {
    const set = shingles(text);
    if (set.size < 3) return; // too short to call anything a copy
    const n = this.ids.length;
    const sig = signature(set);
    this.ids.push(id);
    this.sigs.push(sig);
    this.parent.push(n);
    const seen = new Set<number>();
    for (let b = 0; b < BANDS; b++) {
      const key = `${b}:${Array.from(sig.subarray(b * ROWS, (b + 1) * ROWS)).join(',')}`;
      const bucket = this.buckets.get(key);
      if (bucket) {
        for (const m of bucket) {
          if (seen.has(m)) continue;
          seen.add(m);
          const sim = estimatedJaccard(sig, this.sigs[m]);
          if (sim >= this.threshold) this.join(n, m);
        }
        bucket.push(n);
      } else this.buckets.set(key, [n]);
    }
  }

  groups(): DuplicateGroup[] {
    const byRoot = new Map<number, number[]>();
    this.parent.forEach((_, i) => {
      const r = this.find(i);
      if (!byRoot.has(r)) byRoot.set(r, []);
      byRoot.get(r)!.push(i);
    });
    return [...byRoot.values()]
      .filter((g) => g.length > 1)
      .map((g) => ({
        members: g.map((i) => ({
          id: this.ids[i],
          similarity: Math.round((i === g[0] ? 1 : estimatedJaccard(this.sigs[g[0]], this.sigs[i])) * 100) / 100,
        })),
      }))
      .sort((a, b) => b.members.length - a.members.length || a.members[0].id.localeCompare(b.members[0].id));
  }

  private find(i: number): number {
    while (this.parent[i] !== i) i = this.parent[i] = this.parent[this.parent[i]];
    return i;
  }

  private join(a: number, b: number): void {
    const ra = this.find(a),
      rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}
