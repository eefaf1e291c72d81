// Training the body model (`npm run train`): every training page goes through the layout passes
// and the body rules exactly as in parsing, its lines get features and labels (the gold body
// aligned to them), and two stages of boosted trees are trained. The second stage reads the
// first stage's scores of pages the first stage was not trained on (out of fold, by source), so
// it learns how far to trust a score on a site it has never seen. Reported: cross-validation
// leaving one source out at a time, the figure that says how the model does on pages of a kind
// it never saw.
import { runLayout } from '../pipeline.js';
import { bodyEvidence } from '../body/classify.js';
import { coveredShare } from '../body/labels.js';
import { BODY_FEATURES, type BodyRows } from '../body/features.js';
import { CONTEXT_FEATURES, contextRows, stageProbabilities, type BodyModel } from '../body/model.js';
import { modelToJson, trainBoosted, type BoostOptions, type TrainingSet } from '../learn/boost.js';
import { meanScore, pageScore, type PageScore } from './shingles.js';
import { wordCount } from '../text/normalize.js';
import { isProse } from '../text/prose.js';

export interface BodyTrainingPage {
  id: string;
  text: string;
  body: string;
}

/** A page made ready: its rows, labels, weights, and which lines the model decides. */
interface Prepared {
  id: string;
  source: string;
  gold: string;
  texts: string[];
  rows: BodyRows;
  /** Lines the layout left open: the model decides these, and trains on them. */
  open: boolean[];
  ruleBody: boolean[];
  label: Uint8Array;
  weight: Float32Array;
}

/** How much each source's gold is trusted (see the training README for their conventions). */
export const SOURCE_WEIGHT: Record<string, number> = {
  dragnet: 1,
  irdata: 1,
  cleanportaleval: 1,
  readability: 1,
  // CleanEval kept "all running text" of any page, articles or not: a different question.
  cleaneval: 0.1,
};

// For experiments: BRIEFCLI_SOURCE_WEIGHTS='{"cleaneval":0}' changes the weights of a run.
const SOURCE_WEIGHT_OVERRIDE: Record<string, number> | null = process.env.BRIEFCLI_SOURCE_WEIGHTS
  ? { ...SOURCE_WEIGHT, ...(JSON.parse(process.env.BRIEFCLI_SOURCE_WEIGHTS) as Record<string, number>) }
  : null;

export const sourceOf = (id: string): string => id.split('-')[0];

export function preparePage(p: BodyTrainingPage): Prepared {
  const page = runLayout(p.text);
  const evidence = bodyEvidence(page);
  const share = coveredShare(page.lines, p.body);
  const source = sourceOf(p.id);
  const words = page.lines.map((l) => wordCount(l.text));
  const total = words.reduce((s, w) => s + w + 1, 0) || 1;
  const w = (SOURCE_WEIGHT_OVERRIDE ?? SOURCE_WEIGHT)[source] ?? 1;
  return {
    id: p.id,
    source,
    gold: p.body,
    texts: page.lines.map((l) => l.text),
    rows: evidence.rows,
    open: page.lines.map((l) => !l.verdict),
    ruleBody: evidence.rules.map((v) => v.role === 'body'),
    label: targetLabels(
      page.lines.map((l) => l.text),
      share,
    ),
    // Each page counts the same, and inside a page each line by its words: the benchmark's
    // measure averages pages and counts words.
    weight: Float32Array.from(words, (n) => ((n + 1) / total) * 100 * w),
  };
}

// A byline, or a line that is only a date and time ("Updated 11:21 pm CST, Tuesday, November 19").
const BYLINE = /^by\s+\S/i;
const STAMP_ONLY =
  /^(?:(?:updated|posted|published|last updated)[:\s]+)?[\p{L}\d,.:;/\s-]{0,60}\b(?:\d{1,2}:\d{2}|\d{4})\b[\p{L}\d,.:;/\s-]{0,30}$/iu;
const URL_ONLY = /^(?:https?:\/\/|www\.)\S+$/i;
const COUNT_ONLY = /^\d[\d,.]*\s+(?:comments?|responses?|replies|shares?|views?)$/i;

/**
 * The labels the model learns: the aligned gold, in the convention of the benchmark it is
 * measured on (a publisher's articleBody). Some sources' gold also holds the page's headline,
 * byline and date lines above the text, and bylines and stamps anywhere: those lines are not
 * body here, whatever the source says, or the model learns that "By Jane Doe" is article text.
 */
export function targetLabels(texts: string[], share: number[]): Uint8Array {
  const label = Uint8Array.from(share, (s) => (s >= 0.5 ? 1 : 0));
  const firstProse = texts.findIndex((t, i) => label[i] && isProse(t));
  texts.forEach((t, i) => {
    if (!label[i]) return;
    const head = firstProse >= 0 && i < firstProse && !isProse(t);
    // "By the second spring everything changed." is prose, not a byline.
    const byline = BYLINE.test(t) && !isProse(t);
    if (head || byline || URL_ONLY.test(t) || COUNT_ONLY.test(t) || (wordCount(t) <= 14 && STAMP_ONLY.test(t)))
      label[i] = 0;
  });
  return label;
}

function stack(pages: Prepared[], rows: (p: Prepared) => BodyRows, width: number, features: string[]): TrainingSet {
  let n = 0;
  for (const p of pages) for (const o of p.open) if (o) n++;
  const x = new Float32Array(n * width);
  const y = new Uint8Array(n);
  const weight = new Float32Array(n);
  let k = 0;
  for (const p of pages) {
    const r = rows(p);
    p.open.forEach((o, i) => {
      if (!o) return;
      r.row(i, x.subarray(k * width, (k + 1) * width));
      y[k] = p.label[i];
      weight[k] = p.weight[i];
      k++;
    });
  }
  return { features, x, y, weight };
}

/** The body a decision gives: the open lines called body, in order. */
function bodyOf(p: Prepared, isBody: (i: number) => boolean): string {
  return p.texts.filter((_, i) => p.open[i] && isBody(i)).join('\n');
}

export interface TrainReport {
  model: BodyModel;
  json: string;
  crossValidation: Array<{
    source: string;
    pages: number;
    model: ReturnType<typeof meanScore>;
    rules: ReturnType<typeof meanScore>;
  }>;
}

export function trainBodyModel(
  pages: BodyTrainingPage[],
  options: Partial<BoostOptions> = {},
  log: (s: string) => void = () => {},
  /** Hold out by source (the reported cross-validation), or by page in this many folds (quicker). */
  folds: 'source' | number = 'source',
): TrainReport {
  const t0 = Date.now();
  const prepared = pages.map(preparePage);
  log(`body: ${prepared.length} pages prepared in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  const f = BODY_FEATURES.length;
  const wide = f + CONTEXT_FEATURES.length;
  const sources = [...new Set(prepared.map((p) => p.source))].sort();
  const foldOf = (p: Prepared, k: number): string => (folds === 'source' ? p.source : String(k % folds));
  const foldNames = folds === 'source' ? sources : Array.from({ length: folds }, (_, k) => String(k));
  const fold = new Map(prepared.map((p, k) => [p, foldOf(p, k)]));
  const p1 = new Map<Prepared, Float64Array>();
  const p2 = new Map<Prepared, Float64Array>();
  const ctx = new Map<Prepared, BodyRows>();
  // Stage one, one source held out at a time: its pages get scores from a model that never saw them.
  for (const s of foldNames) {
    const model = trainBoosted(
      stack(
        prepared.filter((p) => fold.get(p) !== s),
        (p) => p.rows,
        f,
        BODY_FEATURES,
      ),
      options,
    );
    for (const p of prepared.filter((q) => fold.get(q) === s)) p1.set(p, stageProbabilities(model, p.rows));
    log(`body: stage 1 without ${s} done`);
  }
  for (const p of prepared) ctx.set(p, contextRows(p.rows, p1.get(p)!));
  const stage2Features = [...BODY_FEATURES, ...CONTEXT_FEATURES];
  for (const s of foldNames) {
    const model = trainBoosted(
      stack(
        prepared.filter((p) => fold.get(p) !== s),
        (p) => ctx.get(p)!,
        wide,
        stage2Features,
      ),
      options,
    );
    for (const p of prepared.filter((q) => fold.get(q) === s)) p2.set(p, stageProbabilities(model, ctx.get(p)!));
    log(`body: stage 2 without ${s} done`);
  }
  const threshold = 0.5;
  const crossValidation = sources.map((s) => {
    const held = prepared.filter((p) => p.source === s);
    const scores: PageScore[] = held.map((p) =>
      pageScore(
        p.gold,
        bodyOf(p, (i) => p2.get(p)![i] >= threshold),
      ),
    );
    const rules: PageScore[] = held.map((p) =>
      pageScore(
        p.gold,
        bodyOf(p, (i) => p.ruleBody[i]),
      ),
    );
    return { source: s, pages: held.length, model: meanScore(scores), rules: meanScore(rules) };
  });
  const stage1 = trainBoosted(
    stack(prepared, (p) => p.rows, f, BODY_FEATURES),
    options,
  );
  log('body: stage 1 on every source done');
  const stage2 = trainBoosted(
    stack(prepared, (p) => ctx.get(p)!, wide, stage2Features),
    options,
  );
  log('body: stage 2 on every source done');
  const model: BodyModel = { stage1, stage2, threshold };
  const json = JSON.stringify({ stage1: modelToJson(stage1), stage2: modelToJson(stage2), threshold });
  return { model, json, crossValidation };
}
