// The learned body model: two stages of boosted trees (learn/boost.ts). The first reads each line's
// own features (body/features.ts); the second reads them again with the first stage's scores of
// the lines around, so a line is judged with its neighbourhood: a short line between body
// paragraphs, a paragraph inside a comment thread. Trained by `npm run train` on the training
// pages (scripts/train.mjs); the weights are models/body.json, read on first use.
import { readModel } from '../data/load.js';
import { explainRow, lowerBound, modelFromJson, scoreRow, type BoostedModel, type ModelJson } from '../learn/boost.js';
import { BODY_FEATURES, type BodyRows } from './features.js';

export interface BodyModel {
  stage1: BoostedModel;
  stage2: BoostedModel;
  /** A line is body when its second-stage probability reaches this. */
  threshold: number;
}

/** The names of the second stage's extra features, after the first stage's. */
export const CONTEXT_FEATURES: string[] = [
  'p0',
  ...[-5, -4, -3, -2, -1, 1, 2, 3, 4, 5].map((d) => `p${d}`),
  'p-mean-3',
  'p-mean-10',
  'p-mean-group',
  'p-max-above-10',
  'p-max-below-10',
  'p-mean-above',
  'p-mean-below',
  'p-rank',
  'p-mean-block',
  'p-mean-largest-block',
];

/** The second stage's rows: each first-stage row with the first-stage probabilities around it. */
export function contextRows(base: BodyRows, p1: Float64Array): BodyRows {
  const n = p1.length;
  const f = base.width;
  const { groups, blocks } = base;
  const prefix = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) prefix[i + 1] = prefix[i] + p1[i];
  const mean = (a: number, b: number): number => {
    const lo = Math.max(0, a);
    const hi = Math.min(n, b);
    return hi > lo ? (prefix[hi] - prefix[lo]) / (hi - lo) : 0;
  };
  const groupMean = new Float64Array(n);
  for (let i = 0; i < n;) {
    let j = i;
    while (j < n && groups[j] === groups[i]) j++;
    const m = mean(i, j);
    for (let k = i; k < j; k++) groupMean[k] = m;
    i = j;
  }
  const sorted = Float64Array.from(p1).sort();
  // Mean score per block, and the mean of the block with the most lines.
  const blockSum = new Map<number, [number, number]>();
  blocks.forEach((b, i) => {
    if (b < 0) return;
    const s = blockSum.get(b) ?? [0, 0];
    s[0] += p1[i];
    s[1]++;
    blockSum.set(b, s);
  });
  let largest = 0;
  let largestSize = 0;
  for (const [, [sum, size]] of blockSum)
    if (size > largestSize) {
      largest = sum / size;
      largestSize = size;
    }
  // The largest of the ten scores above and below each line: running maxima over a window.
  const maxAbove = windowMax(p1, -10);
  const maxBelow = windowMax(p1, 10);
  const row = (i: number, out: Float32Array): void => {
    base.row(i, out);
    let k = f;
    out[k++] = p1[i];
    for (const d of [-5, -4, -3, -2, -1, 1, 2, 3, 4, 5]) out[k++] = i + d >= 0 && i + d < n ? p1[i + d] : -1;
    out[k++] = mean(i - 3, i + 4);
    out[k++] = mean(i - 10, i + 11);
    out[k++] = groupMean[i];
    out[k++] = maxAbove[i];
    out[k++] = maxBelow[i];
    out[k++] = mean(0, i);
    out[k++] = mean(i + 1, n);
    out[k++] = n > 1 ? lowerBound(sorted, p1[i]) / (n - 1) : 0;
    const b = blockSum.get(blocks[i]);
    out[k++] = b ? b[0] / b[1] : -1;
    out[k++] = largest;
  };
  return { n, width: f + CONTEXT_FEATURES.length, row, groups, blocks };
}

/** The largest score among the `span` lines above (negative span) or below each line, 0 for none. */
function windowMax(p: Float64Array, span: number): Float64Array {
  const n = p.length;
  const out = new Float64Array(n);
  const w = Math.abs(span);
  for (let i = 0; i < n; i++) {
    let m = 0;
    for (let d = 1; d <= w; d++) {
      const j = span < 0 ? i - d : i + d;
      if (j < 0 || j >= n) break;
      if (p[j] > m) m = p[j];
    }
    out[i] = m;
  }
  return out;
}

/** Probabilities of every row under one stage. */
export function stageProbabilities(model: BoostedModel, rows: BodyRows): Float64Array {
  const out = new Float64Array(rows.n);
  const buf = new Float32Array(rows.width);
  for (let i = 0; i < rows.n; i++) {
    rows.row(i, buf);
    out[i] = 1 / (1 + Math.exp(-scoreRow(model, buf)));
  }
  return out;
}

/** Both stages over a page's rows: the probability that each line is the article's body. */
export function bodyProbabilities(model: BodyModel, base: BodyRows): Float64Array {
  return stageProbabilities(model.stage2, contextRows(base, stageProbabilities(model.stage1, base)));
}

/**
 * For `--explain`: per line, the features that moved its final score most (in log-odds), the
 * strongest first.
 */
export function explainBody(model: BodyModel, base: BodyRows, top = 3): Array<Array<[string, number]>> {
  const rows = contextRows(base, stageProbabilities(model.stage1, base));
  const buf = new Float32Array(rows.width);
  const out: Array<Array<[string, number]>> = [];
  for (let i = 0; i < rows.n; i++) {
    rows.row(i, buf);
    const c = explainRow(model.stage2, buf);
    out.push([...c].sort((a, b) => Math.abs(b[1]) - Math.abs(a[1])).slice(0, top));
  }
  return out;
}

let loaded: BodyModel | null = null;

let unusable: string | null = null;

/**
 * The trained model, read once; null when there is none to use (models/body.json missing, or
 * trained with other features than this code computes: `bodyModelProblem` says which).
 */
export function bodyModel(): BodyModel | null {
  if (loaded || unusable) return loaded;
  const text = readModel('body');
  if (text === null) unusable = 'models/body.json is missing';
  else {
    try {
      loaded = parseBodyModel(text);
    } catch (e) {
      unusable = (e as Error).message;
    }
  }
  return loaded;
}

/** Why there is no body model to use, or null when there is one. */
export const bodyModelProblem = (): string | null => unusable;

export function parseBodyModel(text: string): BodyModel {
  const raw = JSON.parse(text) as { stage1: ModelJson; stage2: ModelJson; threshold: number };
  const stage1 = modelFromJson(raw.stage1);
  const stage2 = modelFromJson(raw.stage2);
  const expected = [...BODY_FEATURES, ...CONTEXT_FEATURES];
  if (stage1.features.join() !== BODY_FEATURES.join() || stage2.features.join() !== expected.join())
    throw new Error('models/body.json was trained with other features: run "npm run train"');
  return { stage1, stage2, threshold: raw.threshold };
}
