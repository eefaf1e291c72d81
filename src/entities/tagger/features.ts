// What the name tagger sees of each token, as named string features (the classic feature set of
// sequence taggers): the word and its shape, prefixes and suffixes, its neighbours, where it
// stands in the sentence, whether gazetteers know it (as evidence, never as a verdict), what the
// rule tagger said of it (stacking: the model learns where the rules are right), and how the same
// word is written elsewhere in the document.
import type { Token } from '../tokens.js';
import type { Gazetteer } from '../gazetteer.js';
import type { NameMention } from '../../types.js';
import { spansStartingWithin } from '../../text/sorted.js';
import { matchGazetteer } from '../rules/gazetteer-match.js';
import { isTitleWord } from '../rules/title-words.js';
import { ORG_HEADS, ORG_NOUNS, PLACE_HEADS } from '../data/organizations.js';
import { clusterOf } from './clusters.js';

/** A sentence for the tagger: its tokens, and the line it came from is in capitals. */
export interface TaggedSentence {
  tokens: Token[];
  allCaps: boolean;
  headline: boolean;
}

/** "Xxxx", "XX", "xx", "Xx-Xx", "d", "X.X.": the token's shape, runs folded. */
export function shapeOf(w: string): string {
  return w
    .replace(/\p{Lu}/gu, 'X')
    .replace(/\p{Ll}/gu, 'x')
    .replace(/\p{N}/gu, 'd')
    .replace(/(.)\1+/gu, '$1$1');
}

const CLUSTER_PREFIXES = [4, 6, 8, 12];

const isCap = (w: string): boolean => /^\p{Lu}/u.test(w);

/** Per document: how each lower-cased word is written where it is not first in a sentence. */
export interface DocumentWords {
  capitalisedMid: Set<string>;
  lowerMid: Set<string>;
}

export function documentWords(sentences: TaggedSentence[]): DocumentWords {
  const capitalisedMid = new Set<string>();
  const lowerMid = new Set<string>();
  for (const s of sentences) {
    if (s.allCaps || s.headline) continue;
    s.tokens.forEach((t) => {
      if (t.sentenceStart || !/^\p{L}/u.test(t.norm)) return;
      (isCap(t.norm) ? capitalisedMid : lowerMid).add(t.norm.toLowerCase());
    });
  }
  return { capitalisedMid, lowerMid };
}

/**
 * The rule tagger's verdict on each token: "PERSON:B:rule", "ORG:U:rule", or nothing. `mentions`
 * must be sorted by start (see byStart): one sweep over tokens and mentions, both in text order
 * (a line of 200,000 words must stay linear).
 */
export function ruleTags(tokens: Token[], mentions: readonly NameMention[]): Array<string | null> {
  const out: Array<string | null> = tokens.map(() => null);
  if (!tokens.length) return out;
  const from = tokens[0].start;
  const to = tokens[tokens.length - 1].end;
  let i = 0;
  const here = spansStartingWithin(mentions, from, to);
  for (const m of here) {
    while (i < tokens.length && tokens[i].start < m.start) i++;
    let k = i;
    while (k < tokens.length && tokens[k].end <= m.end) k++;
    for (let j = i; j < k; j++) {
      const pos = k - i === 1 ? 'U' : j === i ? 'B' : j === k - 1 ? 'L' : 'I';
      out[j] = `${m.type}:${pos}:${m.rule ?? ''}`;
    }
  }
  return out;
}

/**
 * What a word says of itself, wherever it stands: the word, its shape, prefixes and suffixes, the
 * word lists that know it, how the document writes it elsewhere. The same for every occurrence,
 * so a long document computes it once per distinct word (see tagNames).
 */
export function wordFeatures(w: string, g: Gazetteer, doc: DocumentWords): string[] {
  const lw = w.toLowerCase();
  const f: string[] = ['bias', `w=${w}`, `lw=${lw}`, `sh=${shapeOf(w)}`];
  for (let k = 1; k <= 4 && k <= lw.length; k++) f.push(`p${k}=${lw.slice(0, k)}`, `s${k}=${lw.slice(-k)}`);
  if (g.firstNames.has(lw)) f.push('first-name');
  if (g.lastNames.has(lw)) f.push('last-name');
  if (g.common.has(lw)) f.push('common');
  if (isTitleWord({ norm: w })) f.push('title-word');
  if (ORG_HEADS.has(w)) f.push('org-head');
  if (PLACE_HEADS.has(w)) f.push('place-head');
  // The word's cluster, coarse to fine: the company it keeps in unlabelled text, which tells of a
  // word the labelled documents never showed (a surname, a town, a firm).
  const path = clusterOf(w);
  if (path) for (const n of CLUSTER_PREFIXES) if (path.length >= n) f.push(`c${n}=${path.slice(0, n)}`);
  if (/^\p{L}/u.test(w)) {
    if (doc.capitalisedMid.has(lw)) f.push('doc-capitalised');
    if (doc.lowerMid.has(lw)) f.push('doc-lower');
  }
  return f;
}

/** Every feature of every token of a sentence: its word's own (wordFeatures) and its context's. */
export function tokenFeatures(
  s: TaggedSentence,
  g: Gazetteer,
  rules: Array<string | null>,
  doc: DocumentWords,
): string[][] {
  const context = contextFeatures(s, g, rules);
  return s.tokens.map((t, i) => [...wordFeatures(t.norm, g, doc), ...context[i]]);
}

/**
 * What each token's place in the sentence says: its neighbours and their shapes, where it stands,
 * the gazetteer names it is part of (as evidence, never as a verdict), what the rule tagger said
 * of it and its neighbours. `rules` is the rule tagger's verdict per token (see ruleTags).
 */
export function contextFeatures(s: TaggedSentence, g: Gazetteer, rules: Array<string | null>): string[][] {
  const { tokens } = s;
  const n = tokens.length;
  const lower = tokens.map((t) => t.norm.toLowerCase());
  const shapes = tokens.map((t) => shapeOf(t.norm));
  // Gazetteer matches over the sentence, longest first: each token gets its kind and position.
  const gaz: string[] = new Array(n).fill('');
  for (let i = 0; i < n;) {
    const m = matchGazetteer(tokens, i, g, s.allCaps || s.headline);
    if (!m) {
      i++;
      continue;
    }
    for (let k = 0; k < m.len; k++) {
      const pos = m.len === 1 ? 'U' : k === 0 ? 'B' : k === m.len - 1 ? 'L' : 'I';
      gaz[i + k] = `${m.entry.kind}:${pos}`;
    }
    i += m.len;
  }
  const word = (i: number): string => (i < 0 ? '<s>' : i >= n ? '</s>' : lower[i]);
  const out: string[][] = [];
  for (let i = 0; i < n; i++) {
    const t = tokens[i];
    const lw = lower[i];
    const f: string[] = [];
    f.push(`w-1=${word(i - 1)}`, `w+1=${word(i + 1)}`, `w-2=${word(i - 2)}`, `w+2=${word(i + 2)}`);
    f.push(`w-1w=${word(i - 1)}|${lw}`, `ww+1=${lw}|${word(i + 1)}`);
    f.push(`sh-1=${i > 0 ? shapes[i - 1] : '<s>'}`, `sh+1=${i + 1 < n ? shapes[i + 1] : '</s>'}`);
    f.push(`sh-1sh=${i > 0 ? shapes[i - 1] : '<s>'}|${shapes[i]}|${i + 1 < n ? shapes[i + 1] : '</s>'}`);
    if (t.sentenceStart) f.push('start');
    if (s.allCaps) f.push('caps-line');
    if (s.headline) f.push('headline');
    if (t.gapBefore) f.push('gap');
    if (gaz[i]) f.push(`gz=${gaz[i]}`);
    if (i > 0 && gaz[i - 1]) f.push(`gz-1=${gaz[i - 1]}`);
    if (i + 1 < n && gaz[i + 1]) f.push(`gz+1=${gaz[i + 1]}`);
    if (i > 0 && g.firstNames.has(lower[i - 1])) f.push('prev-first-name');
    if (i > 0 && isTitleWord(tokens[i - 1])) f.push('prev-title-word');
    if (i > 0 && ORG_NOUNS.has(lower[i - 1])) f.push('prev-org-noun');
    if (i + 1 < n && ORG_NOUNS.has(lower[i + 1])) f.push('next-org-noun');
    // An organisation word later in the same capitalised run ("… Holdings", "… Party").
    for (let k = i + 1; k < n && k <= i + 4 && isCap(tokens[k].norm); k++)
      if (ORG_HEADS.has(tokens[k].norm)) {
        f.push('org-head-ahead');
        break;
      }
    const r = rules[i];
    if (r) {
      const [type, pos, rule] = r.split(':');
      f.push(`r=${type}:${pos}`, `rt=${type}`, `rr=${type}:${rule}`);
    } else f.push('r=none');
    if (i > 0 && rules[i - 1]) f.push(`r-1=${rules[i - 1]!.split(':')[0]}`);
    if (i + 1 < n && rules[i + 1]) f.push(`r+1=${rules[i + 1]!.split(':')[0]}`);
    out.push(f);
  }
  return out;
}

/**
 * The document's second look: for each token, the types the first pass gave the same word in the
 * document's other sentences ("Buza" tagged a person in "Sergei Buza" is a person where it stands
 * alone too), and the token's own first-pass label. `spans` are the first pass's names, per
 * sentence, as [first token, last token, type]; `labels` its label per token. Returns the
 * features of sentence k, made when asked: a long document never holds them all at once.
 */
export function documentFeatures(
  sentences: TaggedSentence[],
  spans: Array<Array<[number, number, string]>>,
  labels: string[][],
): (k: number) => string[][] {
  const keysOf = (k: number): Map<string, Map<string, number>> => {
    const out = new Map<string, Map<string, number>>();
    for (const [a, b, type] of spans[k])
      for (let i = a; i <= b; i++) {
        const w = sentences[k].tokens[i].norm.toLowerCase();
        if (!/^\p{L}/u.test(w)) continue;
        const m = out.get(w) ?? new Map<string, number>();
        for (const key of b > a ? [type, `${type}-in-longer`] : [type]) m.set(key, (m.get(key) ?? 0) + 1);
        out.set(w, m);
      }
    return out;
  };
  const total = new Map<string, Map<string, number>>();
  sentences.forEach((_, k) => {
    for (const [w, keys] of keysOf(k)) {
      const t = total.get(w) ?? new Map<string, number>();
      for (const [key, c] of keys) t.set(key, (t.get(key) ?? 0) + c);
      total.set(w, t);
    }
  });
  return (k) => {
    const here = keysOf(k);
    return sentences[k].tokens.map((t, i) => {
      const f = [`s1=${labels[k][i]}`];
      const w = t.norm.toLowerCase();
      const all = total.get(w);
      if (!all) return f;
      const mine = here.get(w);
      for (const [key, c] of all) if (c - (mine?.get(key) ?? 0) > 0) f.push(`d1=${key}`);
      return f;
    });
  };
}
