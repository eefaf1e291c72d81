// A structured averaged perceptron for sequence labelling (Collins 2002): each token's labels
// are scored by the weights of its features, neighbouring labels by transition weights, and the
// best label sequence is found by Viterbi. Training decodes each sentence, and where the guess is
// wrong moves the weights towards the gold sequence; the weights kept are the average over every
// step, which generalises far better than the last ones. Deterministic: sentences are visited in
// an order drawn from a seeded generator.
import { seededRandom } from './random.js';

/** A sentence: for each token the indices of its features, and (when training) its gold label. */
export interface Sequence {
  features: Int32Array[];
  gold?: Int32Array;
  /** Tokens whose gold label is unknown: not counted in the comparison with the guess. */
  masked?: Uint8Array;
}

export interface TaggerWeights {
  labels: string[];
  /** Feature weights: feature * labels + label. */
  emit: Float32Array | Int16Array;
  /**
   * What one unit of `emit` is worth: 1 while training; a model read from its file keeps its
   * weights as the integers stored (1/scale each), so that reading it converts nothing.
   */
  unit: number;
  /** Transition weights: previous * (labels + 1) + label; row `labels` is the sentence start. */
  trans: Float32Array;
  /** allowed[prev * (labels + 1) + label]: BILOU order (an I- after an O is never a guess). */
  allowed: Uint8Array;
}

/** Which label may follow which in the BILOU scheme ("B-ORG" then "I-ORG" or "L-ORG", …). */
export function bilouAllowed(labels: string[]): Uint8Array {
  const n = labels.length;
  const ok = new Uint8Array((n + 1) * n);
  const parts = labels.map((l) => (l === 'O' ? ['O', ''] : [l[0], l.slice(2)]));
  for (let p = 0; p <= n; p++) {
    for (let c = 0; c < n; c++) {
      const [cp, ct] = parts[c];
      const [pp, pt] = p === n ? ['O', ''] : parts[p];
      const open = pp === 'B' || pp === 'I';
      const continues = cp === 'I' || cp === 'L';
      ok[p * n + c] = open ? (continues && ct === pt ? 1 : 0) : continues ? 0 : 1;
    }
  }
  return ok;
}

/** The best label sequence for a sentence (indices into `labels`). */
export function viterbi(w: TaggerWeights, features: Int32Array[]): Int32Array {
  return decode(w, features.length, (t, emit) => addWeights(w, emit, features[t]));
}

/** Adds to each label's score the weights of the features `f[from..to)`. */
export function addWeights(w: TaggerWeights, emit: Float64Array, f: ArrayLike<number>, from = 0, to = f.length): void {
  const n = w.labels.length;
  for (let k = from; k < to; k++) {
    const base = f[k] * n;
    for (let c = 0; c < n; c++) emit[c] += w.emit[base + c];
  }
}

const BEFORE = new WeakMap<Uint8Array, Int32Array[]>();

/**
 * For each label, the labels that may stand before it, in order: BILOU allows about a third of
 * the pairs, so Viterbi visits only those (the same best path, found three times faster).
 */
function labelsBefore(allowed: Uint8Array, n: number): Int32Array[] {
  let before = BEFORE.get(allowed);
  if (!before) {
    before = Array.from({ length: n }, (_, c) =>
      Int32Array.from({ length: n }, (_, p) => p).filter((p) => allowed[p * n + c]),
    );
    BEFORE.set(allowed, before);
  }
  return before;
}

/**
 * Viterbi over `len` tokens whose label scores `emissions` adds up (a caller that keeps a long
 * document's features packed, rather than one array per token, reads them from there).
 */
export function decode(w: TaggerWeights, len: number, emissions: (t: number, emit: Float64Array) => void): Int32Array {
  const n = w.labels.length;
  const out = new Int32Array(len);
  if (!len) return out;
  const before = labelsBefore(w.allowed, n);
  const score = new Float64Array(len * n);
  const back = new Int32Array(len * n);
  const emit = new Float64Array(n);
  for (let t = 0; t < len; t++) {
    emit.fill(0);
    emissions(t, emit);
    if (w.unit !== 1) for (let c = 0; c < n; c++) emit[c] *= w.unit;
    for (let c = 0; c < n; c++) {
      let best = -Infinity;
      let arg = 0;
      if (t === 0) {
        if (w.allowed[n * n + c]) best = w.trans[n * n + c];
      } else {
        const from = before[c];
        for (let k = 0; k < from.length; k++) {
          const p = from[k];
          const s = score[(t - 1) * n + p] + w.trans[p * n + c];
          if (s > best) {
            best = s;
            arg = p;
          }
        }
      }
      score[t * n + c] = best + emit[c];
      back[t * n + c] = arg;
    }
  }
  // The last label must close any open span (an O, an L- or a U-).
  let best = -Infinity;
  let arg = 0;
  for (let c = 0; c < n; c++) {
    const l = w.labels[c];
    if (l[0] === 'B' || l[0] === 'I') continue;
    if (score[(len - 1) * n + c] > best) {
      best = score[(len - 1) * n + c];
      arg = c;
    }
  }
  for (let t = len - 1; t >= 0; t--) {
    out[t] = arg;
    arg = back[t * n + arg];
  }
  return out;
}

export interface PerceptronOptions {
  epochs: number;
  seed: number;
}

/**
 * Trains the weights over `sequences` (their features already indexed, `featureCount` in all).
 * `onEpoch` hears each finished epoch and the share of tokens the guesses got wrong.
 */
export function trainPerceptron(
  sequences: Sequence[],
  labels: string[],
  featureCount: number,
  options: PerceptronOptions,
  onEpoch?: (epoch: number, errorRate: number) => void,
): TaggerWeights {
  const n = labels.length;
  const emit = new Float32Array(featureCount * n);
  const w: TaggerWeights = {
    labels,
    emit,
    unit: 1,
    trans: new Float32Array((n + 1) * n),
    allowed: bilouAllowed(labels),
  };
  // Averaging: the sum of every weight over every step, kept as (steps * w - acc).
  const accEmit = new Float64Array(featureCount * n);
  const accTrans = new Float64Array((n + 1) * n);
  let step = 1;
  const random = seededRandom(options.seed);
  const order = sequences.map((_, i) => i);
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    // A fresh order each epoch (Fisher-Yates with the seeded generator).
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    let wrong = 0;
    let total = 0;
    for (const k of order) {
      const s = sequences[k];
      const gold = s.gold!;
      const guess = viterbi(w, s.features);
      let differs = false;
      for (let t = 0; t < gold.length; t++) {
        if (s.masked?.[t]) continue;
        total++;
        if (guess[t] !== gold[t]) {
          wrong++;
          differs = true;
        }
      }
      if (differs) {
        const bump = (arr: Float32Array, acc: Float64Array, at: number, by: number): void => {
          arr[at] += by;
          acc[at] += step * by;
        };
        for (let t = 0; t < gold.length; t++) {
          // A masked token keeps the guess as its target: it teaches nothing either way.
          const g = s.masked?.[t] ? guess[t] : gold[t];
          const p = guess[t];
          const gPrev = t === 0 ? n : s.masked?.[t - 1] ? guess[t - 1] : gold[t - 1];
          const pPrev = t === 0 ? n : guess[t - 1];
          if (g !== p) {
            for (const f of s.features[t]) {
              bump(emit, accEmit, f * n + g, 1);
              bump(emit, accEmit, f * n + p, -1);
            }
          }
          if (g !== p || gPrev !== pPrev) {
            bump(w.trans, accTrans, gPrev * n + g, 1);
            bump(w.trans, accTrans, pPrev * n + p, -1);
          }
        }
      }
      step++;
    }
    onEpoch?.(epoch, total ? wrong / total : 0);
  }
  // The averaged weights: w - acc / steps.
  for (let i = 0; i < emit.length; i++) emit[i] -= accEmit[i] / step;
  for (let i = 0; i < w.trans.length; i++) w.trans[i] -= accTrans[i] / step;
  return w;
}
