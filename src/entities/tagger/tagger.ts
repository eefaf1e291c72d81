// The name tagger at parse time: the article's lines as sentences, each token's features looked
// up in the trained model (models/names.json, read on first use), the best BILOU sequence by
// Viterbi, and the spans it marks as names. The gazetteer then says what a name is (a country's
// code, a city's canonical name) without deciding that it is one.
import { byStart } from '../../text/sorted.js';
import { readModelBytes } from '../../data/load.js';
import { SETTINGS } from '../../settings.js';
import type { NameMention, MentionType } from '../../types.js';
import { foldTypography } from '../../text/normalize.js';
import { tokenize, type Token } from '../tokens.js';
import { gazetteer, type Gazetteer } from '../gazetteer.js';
import { matchGazetteer } from '../rules/gazetteer-match.js';
import { isTitleWord, titleBefore } from '../rules/title-words.js';
import { ORG_HEADS } from '../data/organizations.js';
import {
  contextFeatures,
  documentFeatures,
  documentWords,
  ruleTags,
  wordFeatures,
  type TaggedSentence,
} from './features.js';
import { addWeights, bilouAllowed, decode, type TaggerWeights } from '../../learn/perceptron.js';
import { FeatureIndex, type FeatureLookup } from '../../learn/feature-index.js';

/** The tagger's labels: O, and B-, I-, L-, U- of each type. MISC (events, products, nationalities) is learnt, not reported. */
export const TYPES = ['PERSON', 'PLACE', 'ORG', 'MISC'] as const;
export const LABELS = ['O', ...TYPES.flatMap((t) => ['B', 'I', 'L', 'U'].map((p) => `${p}-${t}`))];

export interface NameModel {
  /** The first pass, over each sentence's own features. */
  stage1: TaggerWeights;
  /** The second pass, with what the first said of the same words elsewhere in the document. */
  stage2: TaggerWeights;
  index: FeatureLookup;
}

/** The article's lines as sentences: their tokens, and whether the line is in capitals or a headline. */
export function sentencesOf(
  text: string,
  ranges: Array<[number, number]>,
  headlines: Array<[number, number]>,
  norm = foldTypography(text),
): TaggedSentence[] {
  return ranges.map(([from, to]) => {
    const tokens = tokenize(text, norm, from, to);
    const words = tokens.filter((t) => /^\p{L}{3,}/u.test(t.norm));
    const allCaps = words.length >= 3 && words.every((t) => t.norm === t.norm.toUpperCase());
    return { tokens, allCaps, headline: headlines.some(([s, e]) => s <= from && to <= e) };
  });
}

/** Each sentence's features, as the model's feature indices (unknown features dropped). */
export function indexFeatures(features: string[][], index: FeatureLookup): Int32Array[] {
  return features.map((f) => Int32Array.from(f.map((x) => index.get(x) ?? -1).filter((i) => i >= 0)));
}

/**
 * A sentence's features packed in one array, token t's at `data[at[t]..at[t + 1])`: a long
 * document keeps one small array per sentence rather than one per token (a 4 MB text held 200 MB
 * of per-token arrays between the two passes).
 */
interface PackedRows {
  data: Int32Array;
  at: Int32Array;
}

function pack(rows: Int32Array[]): PackedRows {
  const at = new Int32Array(rows.length + 1);
  rows.forEach((r, t) => (at[t + 1] = at[t] + r.length));
  const data = new Int32Array(at[rows.length]);
  rows.forEach((r, t) => data.set(r, at[t]));
  return { data, at };
}

type Span = [number, number, (typeof TYPES)[number]];

/**
 * Refiner: a person's name run into the body or the office before it, which the tagger reads as
 * one span ("CEO of the Harbour Trust Nia Obi", "Minister of Education Paola
 * Ferri"): where a given name follows an organisation's word, or the span follows "of" after
 * a title, the span is cut before the given name; the organisation keeps its words, an office's
 * scope ("Education") is no name.
 */
function splitPerson(tokens: Token[], [a, b, type]: Span, g: Gazetteer): Span[] {
  if (b - a < 2 || type === 'MISC') return [[a, b, type]];
  const afterTitle = a >= 2 && /^(?:of|for)$/.test(tokens[a - 1].norm) && isTitleWord(tokens[a - 2]);
  const nameShaped = (t: Token): boolean =>
    /^\p{Lu}\p{Ll}+$/u.test(t.norm) && !ORG_HEADS.has(t.norm) && !g.entries.has(t.norm);
  const known = (t: Token): boolean => g.firstNames.has(t.norm.toLowerCase()) || g.lastNames.has(t.norm.toLowerCase());
  // The last two words as a person's name: "Nia Obi" after "Harbour Trust".
  const j = b - 1;
  if (j <= a || !nameShaped(tokens[j]) || !nameShaped(tokens[b])) return [[a, b, type]];
  if (ORG_HEADS.has(tokens[j - 1].norm) && (known(tokens[j]) || known(tokens[b])))
    return [
      [a, j - 1, 'ORG'],
      [j, b, 'PERSON'],
    ];
  if (afterTitle && j - a <= 2) return [[j, b, 'PERSON']];
  return [[a, b, type]];
}

// How far around a capitalised word the tagger reads: its features look two words either way.
const ISLAND_MARGIN = 2;

/**
 * The stretches of a line the tagger decodes: each capitalised word with two words either side,
 * runs that touch merged. A name is written with a capital in the text we read; the long
 * lower-case stretches between are no name, and decoding them cost half the tagger's time for
 * nothing (measured: the same names on the dev sets).
 */
function islands(s: TaggedSentence): TaggedSentence[] {
  const { tokens } = s;
  const near = new Uint8Array(tokens.length);
  tokens.forEach((t, i) => {
    if (!/^\p{Lu}/u.test(t.norm)) return;
    for (let k = Math.max(0, i - ISLAND_MARGIN); k <= Math.min(tokens.length - 1, i + ISLAND_MARGIN); k++) near[k] = 1;
  });
  const out: TaggedSentence[] = [];
  for (let i = 0; i < tokens.length;) {
    if (!near[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j < tokens.length && near[j]) j++;
    out.push({ ...s, tokens: tokens.slice(i, j) });
    i = j;
  }
  return out;
}

/** The spans a label sequence marks: [first token, last token, type]. */
export function spansOf(labels: string[], tags: Int32Array): Array<[number, number, (typeof TYPES)[number]]> {
  const out: Array<[number, number, (typeof TYPES)[number]]> = [];
  let open = -1;
  tags.forEach((k, i) => {
    const l = labels[k];
    const type = l.slice(2) as (typeof TYPES)[number];
    if (l[0] === 'U') out.push([i, i, type]);
    else if (l[0] === 'B') open = i;
    else if (l[0] === 'L' && open >= 0) {
      out.push([open, i, type]);
      open = -1;
    }
  });
  return out;
}

/** The gazetteer's name at token `a`, as written or, for a name in capitals ("NAIROBI"), in any case. */
const lookUp = (tokens: Token[], a: number, g: Gazetteer): ReturnType<typeof matchGazetteer> =>
  matchGazetteer(tokens, a, g, false) ?? matchGazetteer(tokens, a, g, true);

/** A tagged span as a mention, with what the gazetteer knows of its name. */
function mentionOf(tokens: Token[], a: number, b: number, type: MentionType, text: string, g: Gazetteer): NameMention {
  const start = tokens[a].start;
  const end = tokens[b].end;
  const m: NameMention = { type, text: text.slice(start, end), start, end, rule: 'tagger' };
  const hit = lookUp(tokens, a, g);
  // What the gazetteer knows of the name, when it knows it as the kind of thing the tagger says
  // it is: "Lara" the person is not the Venezuelan state.
  if (hit && a + hit.len - 1 === b && kindFits(type, hit.entry.kind)) {
    m.canonical = hit.entry.name;
    m.kind = hit.entry.kind;
    if (hit.entry.code) m.country = hit.entry.code;
  } else if (type === 'ORG') {
    const inner = tokens
      .slice(a, b + 1)
      .map((t) => g.entries.get(t.norm))
      .find((e) => e && (e.kind === 'country' || e.kind === 'demonym'));
    if (inner?.code) m.country = inner.code;
  }
  if (type === 'PERSON') {
    const title = titleBefore(tokens, a, (t) => g.entries.has(t.norm));
    if (title) m.title = title;
  }
  return m;
}

function kindFits(type: MentionType, kind: string): boolean {
  if (type === 'ORG') return kind === 'org';
  if (type === 'NORP') return kind === 'demonym' || kind === 'region-adjective';
  return type === 'PLACE' && kind !== 'org' && kind !== 'demonym' && kind !== 'region-adjective';
}

/**
 * The names of the given ranges, as the tagger reads them: `rules` are the rule tagger's
 * mentions over the same ranges (stacked in as features). A nationality word (a MISC span the
 * gazetteer knows as a demonym) becomes NORP with its country's code; other MISC spans are
 * dropped.
 */
export function tagNames(
  model: NameModel,
  text: string,
  ranges: Array<[number, number]>,
  headlines: Array<[number, number]>,
  rules: NameMention[],
  norm = foldTypography(text),
): NameMention[] {
  const doc: TaggedText = { text, norm, headlines, rules: byStart(rules) };
  return windows(ranges, SETTINGS.taggerWindowChars).flatMap((w) => tagWindow(model, doc, w));
}

/** The document as every window reads it: its text, folded text, headlines and the rules' names by start. */
interface TaggedText {
  text: string;
  norm: string;
  headlines: Array<[number, number]>;
  rules: NameMention[];
}

/** The ranges in consecutive groups of about `size` characters (a range is never split). */
function windows(ranges: Array<[number, number]>, size: number): Array<Array<[number, number]>> {
  const out: Array<Array<[number, number]>> = [];
  let chars = Infinity;
  for (const r of ranges) {
    if (chars >= size) {
      out.push([]);
      chars = 0;
    }
    out[out.length - 1].push(r);
    chars += r[1] - r[0];
  }
  return out;
}

function tagWindow(
  model: NameModel,
  { text, norm, headlines, rules }: TaggedText,
  ranges: Array<[number, number]>,
): NameMention[] {
  const g = gazetteer();
  // A line without a capital letter holds no name we could tell from its words ("(((…", a
  // lower-case list): it is not decoded at all.
  const lines = sentencesOf(text, ranges, headlines, norm).filter((s) => s.tokens.some((t) => /^\p{Lu}/u.test(t.norm)));
  const doc = documentWords(lines);
  const sentences = lines.flatMap(islands);
  // Features are looked up as soon as they are made (a long document keeps numbers, not strings),
  // and a word's own features once per distinct word.
  const own = new Map<string, Int32Array>();
  const ownOf = (w: string): Int32Array => {
    let f = own.get(w);
    if (!f) own.set(w, (f = indexFeatures([wordFeatures(w, g, doc)], model.index)[0]));
    return f;
  };
  const context = sentences.map((s) =>
    pack(indexFeatures(contextFeatures(s, g, ruleTags(s.tokens, rules)), model.index)),
  );
  // A token's features: its word's own, then its context's, then (second pass) the document's.
  const run = (w: TaggerWeights, k: number, more: Int32Array[] = []): Int32Array => {
    const { tokens } = sentences[k];
    const { data, at } = context[k];
    return decode(w, tokens.length, (t, emit) => {
      addWeights(w, emit, ownOf(tokens[t].norm));
      addWeights(w, emit, data, at[t], at[t + 1]);
      if (more[t]) addWeights(w, emit, more[t]);
    });
  };
  const { labels } = model.stage1;
  const first = sentences.map((_, k) => run(model.stage1, k));
  const extra = documentFeatures(
    sentences,
    first.map((tags) => spansOf(labels, tags)),
    first.map((tags) => Array.from(tags, (k) => labels[k])),
  );
  const out: NameMention[] = [];
  sentences.forEach((s, k) => {
    for (const [a, b, type] of spansOf(labels, run(model.stage2, k, indexFeatures(extra(k), model.index))).flatMap(
      (sp) => splitPerson(s.tokens, sp, g),
    )) {
      if (type !== 'MISC') out.push(mentionOf(s.tokens, a, b, type, text, g));
      else {
        // A nationality word ("Cambodian") or a region's adjective ("Southeast Asian"): a MISC
        // span the gazetteer knows as one is NORP.
        const hit = lookUp(s.tokens, a, g);
        if (hit && a + hit.len - 1 === b && (hit.entry.kind === 'demonym' || hit.entry.kind === 'region-adjective'))
          out.push(mentionOf(s.tokens, a, b, 'NORP', text, g));
      }
    }
  });
  return out;
}

/**
 * The model file (models/names.bin): "BRFNAMES1\n", a little-endian uint32 length and that many
 * bytes of JSON header ({labels, passes: [{scale, trans}], count}), a uint32 length and the
 * feature names joined by "\n", then each pass's weights as int16, features × labels. Binary so
 * that a one-file run reads it in a few milliseconds: no base64, no array of strings to parse.
 */
const MAGIC = 'BRFNAMES1\n';

interface Header {
  labels: string[];
  passes: Array<{ scale: number; trans: number[] }>;
  count: number;
}

export function encodeNameModel(
  labels: string[],
  features: string[],
  passes: Array<{ scale: number; emit: Int16Array; trans: number[] }>,
): Buffer {
  const header: Header = {
    labels,
    passes: passes.map(({ scale, trans }) => ({ scale, trans })),
    count: features.length,
  };
  const head = Buffer.from(JSON.stringify(header));
  const names = Buffer.from(features.join('\n'));
  const u32 = (n: number): Buffer => {
    const b = Buffer.alloc(4);
    b.writeUInt32LE(n);
    return b;
  };
  const weights = passes.map((p) => Buffer.from(p.emit.buffer, p.emit.byteOffset, p.emit.byteLength));
  return Buffer.concat([Buffer.from(MAGIC), u32(head.length), head, u32(names.length), names, ...weights]);
}

export function decodeNameModel(bytes: Buffer): NameModel {
  if (bytes.subarray(0, MAGIC.length).toString() !== MAGIC) throw new Error('models/names.bin: not a name model');
  let at = MAGIC.length;
  const headLength = bytes.readUInt32LE(at);
  const header = JSON.parse(bytes.subarray(at + 4, at + 4 + headLength).toString()) as Header;
  at += 4 + headLength;
  const namesLength = bytes.readUInt32LE(at);
  const index = new FeatureIndex(bytes.subarray(at + 4, at + 4 + namesLength), header.count);
  at += 4 + namesLength;
  const n = header.labels.length;
  const size = header.count * n;
  const [stage1, stage2] = header.passes.map(({ scale, trans }, k) => {
    // The stored integers are the weights, read in place (1.5 million of them: converting them
    // to floats took 45 ms of a one-file run); copied out only where the file's layout leaves
    // them unaligned for an int16 view.
    const from = bytes.byteOffset + at + k * size * 2;
    const emit =
      from % 2 === 0
        ? new Int16Array(bytes.buffer, from, size)
        : new Int16Array(bytes.buffer.slice(from, from + size * 2));
    const labels = header.labels;
    return { labels, emit, unit: 1 / scale, trans: Float32Array.from(trans), allowed: bilouAllowed(labels) };
  });
  return { stage1, stage2, index };
}

/** The number of features a model file holds. */
export const decodeFeatureCount = (bytes: Buffer): number =>
  (
    JSON.parse(
      bytes.subarray(MAGIC.length + 4, MAGIC.length + 4 + bytes.readUInt32LE(MAGIC.length)).toString(),
    ) as Header
  ).count;

let loaded: NameModel | null = null;
let missing = false;

/** The trained tagger, read once; null without models/names.bin (the rules then tag alone). */
export function nameModel(): NameModel | null {
  if (loaded || missing) return loaded;
  const bytes = readModelBytes('names.bin');
  if (bytes === null) missing = true;
  else loaded = decodeNameModel(bytes);
  return loaded;
}

/**
 * The tagger reads this model instead of models/names.bin (null: back to the file). For
 * measuring the whole pipeline on documents a model never saw (scripts/eval-heldout.mjs).
 */
export function useNameModel(model: NameModel | null): void {
  loaded = model;
  missing = false;
}
