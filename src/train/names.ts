// Training the name tagger (`npm run train`): every training document is split into lines and
// tokens as in parsing, the rule tagger reads it (its verdicts become features), the gold names
// become BILOU labels, and an averaged perceptron learns. Reported: 5-fold cross-validation over
// the documents, per type, relaxed (same type, overlapping span) and strict (same span).
import { byStart } from '../text/sorted.js';
import { splitLines } from '../text/lines.js';
import { gazetteer } from '../entities/gazetteer.js';
import { recognizeNames } from '../entities/recognize.js';
import {
  documentFeatures,
  documentWords,
  ruleTags,
  tokenFeatures,
  type TaggedSentence,
} from '../entities/tagger/features.js';
import { decodeFeatureCount, encodeNameModel, LABELS, sentencesOf, spansOf } from '../entities/tagger/tagger.js';
import { trainPerceptron, viterbi, type Sequence, type TaggerWeights } from '../learn/perceptron.js';

export interface NameTrainingDoc {
  id: string;
  source?: string;
  text: string;
  entities: Array<{ start: number; end: number; type: string; ignore?: boolean; ignore_reason?: string }>;
}

interface PreparedDoc {
  id: string;
  tagged: TaggedSentence[];
  /** Each sentence's tokens' features, as ids of the shared dictionary, and the gold labels. */
  sentences: Array<{ features: Int32Array[]; gold: Int32Array }>;
}

/** Feature names to ids, with how often each was seen: shared by every document of a run. */
class Dictionary {
  readonly ids = new Map<string, number>();
  readonly counts: number[] = [];
  intern(f: string[]): Int32Array {
    return Int32Array.from(f, (x) => {
      let id = this.ids.get(x);
      if (id === undefined) {
        id = this.counts.length;
        this.ids.set(x, id);
        this.counts.push(0);
      }
      this.counts[id]++;
      return id;
    });
  }
}

const SCORED = ['PERSON', 'PLACE', 'ORG'];

/** Gold labels of a sentence's tokens from the document's names (ignored spans: MISC, or none). */
function goldLabels(
  tokens: Array<{ start: number; end: number }>,
  entities: NameTrainingDoc['entities'],
): { labels: Int32Array; spans: Array<[number, number, string]> } {
  const labels = new Int32Array(tokens.length);
  const spans: Array<[number, number, string]> = [];
  const assign =
    (type: string, override: boolean): ((e: NameTrainingDoc['entities'][number]) => void) =>
    (e) => {
      const inside = tokens.map((t, i) => (t.start >= e.start && t.end <= e.end ? i : -1)).filter((i) => i >= 0);
      if (!inside.length) return;
      if (!override && inside.some((i) => labels[i] !== 0)) return;
      inside.forEach((i, k) => {
        const pos = inside.length === 1 ? 'U' : k === 0 ? 'B' : k === inside.length - 1 ? 'L' : 'I';
        labels[i] = LABELS.indexOf(`${pos}-${type}`);
      });
      if (type !== 'MISC') spans.push([tokens[inside[0]].start, tokens[inside[inside.length - 1]].end, type]);
    };
  for (const e of entities) if (!e.ignore && SCORED.includes(e.type)) assign(e.type, true)(e);
  // Nationalities, events, products (CoNLL's MISC) and plural groups ("Americans"): learnt as
  // MISC, so the tagger tells them from the names it reports.
  for (const e of entities)
    if (e.ignore && (e.ignore_reason === 'misc' || e.ignore_reason === 'plural-group')) assign('MISC', false)(e);
  return { labels, spans };
}

export function prepareDoc(doc: NameTrainingDoc, dict: Dictionary): PreparedDoc {
  const lines = splitLines(doc.text);
  const ranges = lines.map((l) => [l.start, l.end] as [number, number]);
  const headlines = ranges.slice(0, 1);
  const rules = recognizeNames(doc.text, ranges, headlines);
  const sentences = sentencesOf(doc.text, ranges, headlines).filter((s) => s.tokens.length);
  const g = gazetteer();
  const words = documentWords(sentences);
  const sortedRules = byStart(rules);
  return {
    id: doc.id,
    tagged: sentences,
    sentences: sentences.map((s) => {
      const { labels } = goldLabels(s.tokens, doc.entities);
      return {
        features: tokenFeatures(s, g, ruleTags(s.tokens, sortedRules), words).map((f) => dict.intern(f)),
        gold: labels,
      };
    }),
  };
}

/** Relaxed and strict precision, recall and F1 per type and over all, as the shared scorer counts. */
export interface SpanScore {
  relaxed: Record<string, number>;
  strict: Record<string, number>;
}

function scoreSpans(
  pairs: Array<{ gold: Array<[number, number, string]>; pred: Array<[number, number, string]> }>,
): SpanScore {
  const tally = (strict: boolean): Record<string, number> => {
    const out: Record<string, number> = {};
    let tpAll = 0;
    let predAll = 0;
    let goldAll = 0;
    for (const type of SCORED) {
      let tp = 0;
      let np = 0;
      let ng = 0;
      for (const { gold, pred } of pairs) {
        const g = gold.filter((s) => s[2] === type);
        const p = pred.filter((s) => s[2] === type);
        ng += g.length;
        np += p.length;
        const used = new Set<number>();
        for (const s of p) {
          const k = g.findIndex(
            (x, j) => !used.has(j) && (strict ? x[0] === s[0] && x[1] === s[1] : x[0] < s[1] && s[0] < x[1]),
          );
          if (k >= 0) {
            used.add(k);
            tp++;
          }
        }
      }
      const prec = np ? tp / np : 0;
      const rec = ng ? tp / ng : 0;
      out[type] = prec + rec ? (2 * prec * rec) / (prec + rec) : 0;
      tpAll += tp;
      predAll += np;
      goldAll += ng;
    }
    const p = predAll ? tpAll / predAll : 0;
    const r = goldAll ? tpAll / goldAll : 0;
    out.all = p + r ? (2 * p * r) / (p + r) : 0;
    return out;
  };
  return { relaxed: tally(false), strict: tally(true) };
}

/**
 * The features kept (seen at least `min` times), renumbered densely: `remap[id]` is the new index
 * or -1, `names` the kept names in order.
 */
function keptFeatures(dict: Dictionary, min: number): { remap: Int32Array; names: string[] } {
  const remap = new Int32Array(dict.counts.length).fill(-1);
  const names: string[] = [];
  for (const [name, id] of dict.ids)
    if (dict.counts[id] >= min) {
      remap[id] = names.length;
      names.push(name);
    }
  return { remap, names };
}

function sequences(docs: PreparedDoc[], remap: Int32Array): Sequence[] {
  return docs.flatMap((d) =>
    d.sentences.map((s) => ({
      features: s.features.map((f) => Int32Array.from(f, (id) => remap[id]).filter((x) => x >= 0)),
      gold: s.gold,
    })),
  );
}

const spansByToken = (labels: string[], tags: Int32Array): Array<[number, number, string]> =>
  spansOf(labels, tags)
    .filter(([, , t]) => t !== 'MISC')
    .map(([a, b, t]) => [a, b + 1, t]);

export interface NamesReport {
  /** The model as written to models/names.bin. */
  bytes: Buffer;
  crossValidation: SpanScore;
  features: number;
}

export interface NamesOptions {
  epochs: number;
  folds: number;
  minCount: number;
  seed: number;
}

export const DEFAULT_NAMES: NamesOptions = { epochs: 8, folds: 5, minCount: 2, seed: 20261129 };

export function trainNameModel(
  docs: NameTrainingDoc[],
  options: Partial<NamesOptions> = {},
  log: (s: string) => void = () => {},
): NamesReport {
  const o = { ...DEFAULT_NAMES, ...options };
  const t0 = Date.now();
  const dict = new Dictionary();
  const prepared = docs.map((d) => prepareDoc(d, dict));
  log(`names: ${prepared.length} documents prepared in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  const fold = (i: number): number => i % o.folds;
  const train = (seqs: Sequence[], names: number, progress = false): TaggerWeights =>
    trainPerceptron(seqs, LABELS, names, { epochs: o.epochs, seed: o.seed }, (e, err) =>
      progress ? log(`names: epoch ${e}: ${(err * 100).toFixed(2)}% of tokens wrong`) : undefined,
    );
  let kept = keptFeatures(dict, o.minCount);
  const inFold = <T>(docs: T[], k: number): T[] => docs.filter((_, i) => fold(i) === k);
  // A model trained on every fold but k, over the features kept so far.
  const trainWithout = (docs: PreparedDoc[], k: number): TaggerWeights =>
    train(
      sequences(
        docs.filter((_, i) => fold(i) !== k),
        kept.remap,
      ),
      kept.names.length,
    );
  // Pass one, out of fold: each document's first-pass labels come from a model that never saw it.
  const firstPass = new Map<PreparedDoc, Int32Array[]>();
  for (let k = 0; k < o.folds; k++) {
    const w = trainWithout(prepared, k);
    for (const d of inFold(prepared, k))
      firstPass.set(
        d,
        sequences([d], kept.remap).map((s) => viterbi(w, s.features)),
      );
    log(`names: first pass, fold ${k + 1} of ${o.folds} done`);
  }
  // Pass two reads the document's first-pass names as features too.
  const second = prepared.map((d) => {
    const tags = firstPass.get(d)!;
    const extra = documentFeatures(
      d.tagged,
      tags.map((t) => spansOf(LABELS, t)),
      tags.map((t) => Array.from(t, (k) => LABELS[k])),
    );
    return {
      ...d,
      sentences: d.sentences.map((s, k) => {
        const more = extra(k);
        return { gold: s.gold, features: s.features.map((f, i) => Int32Array.from([...f, ...dict.intern(more[i])])) };
      }),
    };
  });
  kept = keptFeatures(dict, o.minCount);
  const held: Array<{ gold: Array<[number, number, string]>; pred: Array<[number, number, string]> }> = [];
  for (let k = 0; k < o.folds; k++) {
    const w = trainWithout(second, k);
    for (const s of sequences(inFold(second, k), kept.remap))
      held.push({ gold: spansByToken(LABELS, s.gold!), pred: spansByToken(LABELS, viterbi(w, s.features)) });
    log(`names: second pass, fold ${k + 1} of ${o.folds} done`);
  }
  const crossValidation = scoreSpans(held);
  const stage1 = train(sequences(prepared, kept.remap), kept.names.length);
  const stage2 = train(sequences(second, kept.remap), kept.names.length, true);
  const bytes = modelBytes(stage1, stage2, kept.names);
  return { bytes, crossValidation, features: decodeFeatureCount(bytes) };
}

// A feature whose weights stay under this in both passes is left out of the written model
// (measured on the dev sets: none lost at 1.0, which keeps two thirds of the features and loads
// in a third of the time; 2.0 lost 0.3 of a point on the news set).
const MIN_WEIGHT = 1;

/**
 * The model as written (models/names.bin, see tagger.ts for the layout): the features some pass
 * weighs at least MIN_WEIGHT, their weights as 16-bit integers, each pass with its own scale.
 */
export function modelBytes(stage1: TaggerWeights, stage2: TaggerWeights, names: string[]): Buffer {
  const n = LABELS.length;
  const rows: number[] = [];
  names.forEach((_, i) => {
    for (const w of [stage1, stage2])
      for (let c = 0; c < n; c++)
        if (Math.abs(w.emit[i * n + c]) >= MIN_WEIGHT) {
          rows.push(i);
          return;
        }
  });
  const pass = (w: TaggerWeights): { scale: number; emit: Int16Array; trans: number[] } => {
    let max = 0;
    for (const i of rows) for (let c = 0; c < n; c++) max = Math.max(max, Math.abs(w.emit[i * n + c]));
    const scale = max ? 32767 / max : 1;
    const emit = new Int16Array(rows.length * n);
    rows.forEach((i, k) => {
      for (let c = 0; c < n; c++) emit[k * n + c] = Math.round(w.emit[i * n + c] * scale);
    });
    return { scale, emit, trans: Array.from(w.trans, (v) => Number(v.toPrecision(6))) };
  };
  return encodeNameModel(
    LABELS,
    rows.map((i) => names[i]),
    [pass(stage1), pass(stage2)],
  );
}
