// What the body model sees of each line: its own shape, what the layout and the body rules said
// of it, where it stands on the page, and its neighbours. Computed once per line, the same way
// when training (scripts/train.mjs) and when parsing.
import type { PageLine } from '../page.js';
import type { Verdict } from '../types.js';
import { SENTENCE_END, normalizeLine, wordCount, wordsOf } from '../text/normalize.js';
import { ALL_FUNCTION_WORDS } from '../data/function-words.js';
import { isProse } from '../text/prose.js';
import { proseScore, stopwordDensity } from './score.js';
import { isLinkLike } from './rules/menu-run.js';
import { WIDGET_LISTS } from '../layout/data/widget-patterns.js';
import { hasStamp } from '../layout/data/stamps.js';
import { BODY_REASONS } from './reasons.js';

/** One line's own evidence, before its neighbours are looked at. */
interface LineFacts {
  words: number;
  prose: boolean;
  linkLike: boolean;
  stop: number;
  headlineLike: boolean;
  stamp: boolean;
  commentMark: boolean;
  ruleBody: boolean;
  widget: boolean;
}

const WIDGET_REASONS = WIDGET_LISTS.map((l) => l.reason);
const RULE_REASONS = Object.keys(BODY_REASONS);
const LAYOUT_ROLES = [
  'title',
  'byline',
  'dateline',
  'caption',
  'takeaway',
  'section-body',
  'publisher',
  'kicker',
] as const;

// What only comment threads say: "Jane says:", "Reply", "12 likes", "Report abuse".
const COMMENT = new RegExp(
  String.raw`\b(?:says|said|wrote|commented|replied)\s*:$|^(?:reply|report|flag|like|share|quote` +
    String.raw`|permalink|report abuse|report comment)$|\b\d+\s+(?:likes?|replies|upvotes?|points` +
    String.raw`|votes)\b|\bin reply to\b`,
  'i',
);
const COUNT = /\b\d[\d,.]*\s*(?:comments?|shares?|views?|likes?|reads?|responses?)\b/i;

function facts(line: PageLine, rule: Verdict): LineFacts {
  const t = line.text;
  const words = wordCount(t);
  return {
    words,
    prose: isProse(t),
    linkLike: isLinkLike(t),
    stop: stopwordDensity(t),
    headlineLike: words >= 4 && words <= 20 && !SENTENCE_END.test(t) && /^\p{Lu}/u.test(t),
    stamp: hasStamp(t),
    commentMark: COMMENT.test(t.trim()),
    ruleBody: rule.role === 'body',
    widget: rule.role === 'boilerplate' && (WIDGET_REASONS as string[]).includes(rule.reason),
  };
}

/**
 * The feature names, in the order of each row. Built once, the same list the model was trained
 * with (the model file stores it and is checked against it on load).
 */
export const BODY_FEATURES: string[] = [];
const name = (n: string): void => void BODY_FEATURES.push(n);
for (const n of [
  'log-words',
  'log-chars',
  'sentence-end',
  'ends-colon',
  'ends-question',
  'ends-ellipsis',
  'stop-density',
  'capitalised-share',
  'all-caps-share',
  'digit-share',
  'punctuation-share',
  'bullet',
  'separators',
  'url',
  'handle-or-hashtag',
  'copyright',
  'quote-marks',
  'commas-per-word',
  'mean-word-length',
  'prose',
  'prose-score',
  'link-like',
  'headline-like',
  'stamp',
  'comment-mark',
  'count-mark',
  'starts-lower-case',
  'starts-by',
  'line-share',
  'log-lines',
  'before-start',
  'from-start',
  'from-title',
  'group-size',
  'group-position',
  'group-log-words',
  'rule-region',
  'rule-region-from-start',
  'rule-region-from-end',
  'prose-share-before',
  'prose-share-after',
  'after-comments-heading',
  'after-related-heading',
  'after-footer',
  'lines-since-barrier',
  'page-prose-share',
])
  name(n);
for (const r of LAYOUT_ROLES) name(`role:${r}`);
for (const r of WIDGET_REASONS) name(`widget:${r}`);
name('layout:title-repeat');
for (const r of RULE_REASONS) name(`rule:${r}`);
for (const k of [-3, -2, -1, 1, 2, 3]) {
  name(`n${k}:log-words`);
  name(`n${k}:prose`);
  name(`n${k}:link-like`);
  name(`n${k}:rule-body`);
  name(`n${k}:widget`);
  name(`n${k}:stop`);
}
for (const w of [5, 15]) {
  name(`w${w}:prose-share`);
  name(`w${w}:link-share`);
  name(`w${w}:rule-body-share`);
  name(`w${w}:headline-share`);
  name(`w${w}:stamp-share`);
  name(`w${w}:comment-share`);
  name(`w${w}:log-words`);
}
name('same-line-count');
for (const n of [
  'block:in',
  'block:words-share',
  'block:rank',
  'block:largest',
  'block:log-lines',
  'block:log-prose-lines',
  'block:position',
  'block:from-largest',
  'block:comment-share',
  'block:stamp-share',
  'block:headline-share',
  'block:link-share',
  'block:rule-body-share',
  'list:run',
  'list:prose-above',
  'list:prose-below',
  'list:announced',
  'topic:title',
  'topic:core',
  'topic:core-window',
  'topic:neighbours',
  'from-headline',
  'before-headline',
  'to-footer',
  'to-next-barrier',
])
  name(n);

const BARRIERS = {
  comments: 'after-comments-heading',
  'related-links': 'after-related-heading',
  footer: 'after-footer',
};

/** The model's rows, computed line by line on demand: a long text never holds them all at once. */
export interface BodyRows {
  /** Lines. */
  n: number;
  /** Values a row. */
  width: number;
  /** Writes line `i`'s row into `out` (at least `width` long). */
  row(i: number, out: Float32Array): void;
  /** The block of running text each line belongs to (-1 for none). */
  blocks: Int32Array;
  /** Each line's paragraph group. */
  groups: Int32Array;
}

// The features of a line's own text: computed once per line and kept (the two stages read each
// row; the rest of a row is cheap to compute again from the per-page arrays).
const OWN = 28;

function ownFeatures(t: string, x: LineFacts, out: Float32Array, at: number): void {
  let k = at;
  const put = (v: number | boolean): void => void (out[k++] = typeof v === 'boolean' ? (v ? 1 : 0) : v);
  const letters = t.match(/\p{L}/gu)?.length ?? 0;
  const tokens = t.split(/\s+/).filter(Boolean);
  const ws = wordsOf(t);
  put(Math.log1p(x.words));
  put(Math.log1p(t.length));
  put(SENTENCE_END.test(t));
  put(/:$/.test(t));
  put(/[?!]["'’”]?$/u.test(t));
  put(/(?:\.\.\.|…)$/u.test(t));
  put(x.stop);
  put(tokens.length ? tokens.filter((w) => /^\p{Lu}/u.test(w)).length / tokens.length : 0);
  put(ws.length ? ws.filter((w) => w.length > 1 && w === w.toUpperCase() && /\p{L}/u.test(w)).length / ws.length : 0);
  put(t.length ? (t.match(/\p{N}/gu)?.length ?? 0) / t.length : 0);
  put(t.length ? (t.length - letters - (t.match(/\s/g)?.length ?? 0)) / t.length : 0);
  put(/^(?:[•·▪◦‣●○■□➢➤►▶✓✔*–—-]\s|\d{1,2}[.)]\s)/u.test(t));
  put(Math.min(5, t.match(/\s[|•·/]\s/gu)?.length ?? 0));
  put(/https?:\/\/|www\.|\.(?:com|org|net)\b/i.test(t));
  put(/(?:^|\s)[@#]\w/u.test(t));
  put(/©|\(c\)|copyright|all rights reserved/i.test(t));
  put(Math.min(6, t.match(/["“”«»]/gu)?.length ?? 0));
  put(tokens.length ? (t.match(/,/g)?.length ?? 0) / tokens.length : 0);
  put(ws.length ? ws.reduce((s, w) => s + w.length, 0) / ws.length : 0);
  put(x.prose);
  put(Math.max(-1, Math.min(3, proseScore(t) / 50)));
  put(x.linkLike);
  put(x.headlineLike);
  put(x.stamp);
  put(x.commentMark);
  put(COUNT.test(t));
  put(/^\p{Ll}/u.test(t));
  put(/^by\s/i.test(t));
  if (k - at !== OWN) throw new Error(`body features: ${k - at} own values for ${OWN}`);
}

/**
 * The rows of the body model, one per line: `rules` are the body rules' verdicts, `start` the
 * layout's article start and `title` its title line.
 */
export function bodyFeatures(
  lines: PageLine[],
  rules: Verdict[],
  start: number | null,
  title: number | null,
): BodyRows {
  const n = lines.length;
  const f = BODY_FEATURES.length;
  const fx = lines.map((l, i) => facts(l, rules[i]));
  const own = new Float32Array(n * OWN);
  fx.forEach((x, i) => ownFeatures(lines[i].text, x, own, i * OWN));
  const proseBefore = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) proseBefore[i + 1] = proseBefore[i] + (fx[i].prose ? 1 : 0);
  const totalProse = proseBefore[n];
  const region = ruleRegion(rules);
  const groups = groupSpans(lines);
  const same = sameLineCounts(lines);
  const windows = [5, 15].map((w) => windowShares(fx, w));
  const blocks = proseBlocks(fx);
  const topic = topicality(lines, fx, title);
  const lists = listRuns(lines, fx);
  // The page's own headline (its <h1>, printed again below the title line): the article follows it.
  const headline = lines.findIndex((l) => l.verdict?.reason === 'title-repeat');
  const nextFooter = nextOf(lines, (l) => l.verdict?.reason === 'footer');
  const nextBarrier = nextOf(lines, (l) => !!l.verdict && l.verdict.reason in BARRIERS);
  // Headings that end the article: what follows them is other people's text.
  const barrierNames = Object.keys(BARRIERS);
  const after = new Uint8Array(n * barrierNames.length);
  const lastBarrier = new Int32Array(n);
  const seen = new Uint8Array(barrierNames.length);
  let last = -1;
  for (let i = 0; i < n; i++) {
    after.set(seen, i * barrierNames.length);
    lastBarrier[i] = last;
    const b = barrierNames.indexOf(lines[i].verdict?.reason ?? '');
    if (b >= 0) {
      seen[b] = 1;
      last = i;
    }
  }
  const row = (i: number, out: Float32Array): void => {
    const l = lines[i];
    let k = OWN;
    const put = (v: number | boolean): void => void (out[k++] = typeof v === 'boolean' ? (v ? 1 : 0) : v);
    out.set(own.subarray(i * OWN, (i + 1) * OWN), 0);
    put(n > 1 ? i / (n - 1) : 0);
    put(Math.log1p(n));
    put(start !== null && i <= start);
    put(start === null ? 0 : clip((i - start) / 20, -3, 3));
    put(title === null ? 3 : clip((i - title) / 20, -3, 3));
    put(Math.min(10, groups.size[i]));
    put(groups.size[i] > 1 ? groups.index[i] / (groups.size[i] - 1) : 0);
    put(Math.log1p(groups.words[i]));
    put(region !== null && i >= region[0] && i <= region[1]);
    put(region === null ? -3 : clip((i - region[0]) / 20, -3, 3));
    put(region === null ? 3 : clip((i - region[1]) / 20, -3, 3));
    put(totalProse ? proseBefore[i] / totalProse : 0);
    put(totalProse ? (totalProse - proseBefore[i + 1]) / totalProse : 0);
    for (let b = 0; b < barrierNames.length; b++) put(after[i * barrierNames.length + b]);
    put(lastBarrier[i] < 0 ? 3 : clip((i - lastBarrier[i]) / 20, 0, 3));
    put(n ? totalProse / n : 0);
    const layout = l.verdict;
    for (const r of LAYOUT_ROLES) put(layout?.role === r || (r === 'takeaway' && layout?.role === 'takeaways-heading'));
    for (const r of WIDGET_REASONS) put(layout?.reason === r);
    put(layout?.reason === 'title-repeat');
    for (const r of RULE_REASONS) put(rules[i].reason === r);
    for (const d of [-3, -2, -1, 1, 2, 3]) {
      const o = fx[i + d];
      put(o ? Math.log1p(o.words) : -1);
      put(o ? o.prose : false);
      put(o ? o.linkLike : false);
      put(o ? o.ruleBody : false);
      put(o ? o.widget : false);
      put(o ? o.stop : -1);
    }
    for (const w of windows) for (let c = 0; c < WINDOW_WIDTH; c++) put(w[i * WINDOW_WIDTH + c]);
    put(Math.min(5, same[i] - 1));
    for (let c = 0; c < BLOCK_WIDTH; c++) put(blocks[i * BLOCK_WIDTH + c]);
    for (let c = 0; c < LIST_WIDTH; c++) put(lists[i * LIST_WIDTH + c]);
    for (let c = 0; c < TOPIC_WIDTH; c++) put(topic[i * TOPIC_WIDTH + c]);
    put(headline < 0 ? 3 : clip((i - headline) / 20, -3, 3));
    put(headline >= 0 && i < headline);
    put(nextFooter[i] < 0 ? 3 : clip((nextFooter[i] - i) / 20, 0, 3));
    put(nextBarrier[i] < 0 ? 3 : clip((nextBarrier[i] - i) / 20, 0, 3));
    if (k !== f) throw new Error(`body features: ${k} values for ${f} names`);
  };
  return { n, width: f, row, blocks: blockIds(fx), groups: Int32Array.from(lines, (l) => l.group) };
}

/** For each line, the index of the next line (below it) that passes `test`, or -1. */
function nextOf(lines: PageLine[], test: (l: PageLine) => boolean): Int32Array {
  const out = new Int32Array(lines.length).fill(-1);
  let next = -1;
  for (let i = lines.length - 1; i >= 0; i--) {
    out[i] = next;
    if (test(lines[i])) next = i;
  }
  return out;
}

/** How many times each line's text (normalised) stands on the page. */
function sameLineCounts(lines: PageLine[]): Int32Array {
  const counts = new Map<string, number>();
  for (const l of lines) {
    const k = normalizeLine(l.text);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return Int32Array.from(lines, (l) => counts.get(normalizeLine(l.text)) ?? 1);
}

const clip = (v: number, lo: number, hi: number): number => Math.max(lo, Math.min(hi, v));

/** The body rules' region: the first and last line they called body. */
function ruleRegion(rules: Verdict[]): [number, number] | null {
  const first = rules.findIndex((v) => v.role === 'body');
  if (first < 0) return null;
  let last = first;
  rules.forEach((v, i) => {
    if (v.role === 'body') last = i;
  });
  return [first, last];
}

function groupSpans(lines: PageLine[]): { size: Int32Array; index: Int32Array; words: Int32Array } {
  const n = lines.length;
  const size = new Int32Array(n);
  const index = new Int32Array(n);
  const words = new Int32Array(n);
  let from = 0;
  for (let i = 0; i <= n; i++) {
    if (i < n && lines[i].group === lines[from].group) continue;
    let w = 0;
    for (let k = from; k < i; k++) w += wordCount(lines[k].text);
    for (let k = from; k < i; k++) {
      size[k] = i - from;
      index[k] = k - from;
      words[k] = w;
    }
    from = i;
  }
  return { size, index, words };
}

const WINDOW_WIDTH = 7;

/** Shares of prose, link-like, rule-body, headline-like, stamp and comment lines in a window, and its words. */
function windowShares(fx: LineFacts[], w: number): Float32Array {
  const n = fx.length;
  const keys: Array<(x: LineFacts) => number> = [
    (x) => (x.prose ? 1 : 0),
    (x) => (x.linkLike ? 1 : 0),
    (x) => (x.ruleBody ? 1 : 0),
    (x) => (x.headlineLike ? 1 : 0),
    (x) => (x.stamp ? 1 : 0),
    (x) => (x.commentMark ? 1 : 0),
    (x) => x.words,
  ];
  const prefix = keys.map((key) => {
    const p = new Float64Array(n + 1);
    for (let i = 0; i < n; i++) p[i + 1] = p[i] + key(fx[i]);
    return p;
  });
  const out = new Float32Array(n * WINDOW_WIDTH);
  for (let i = 0; i < n; i++) {
    const a = Math.max(0, i - w);
    const b = Math.min(n, i + w + 1);
    const size = b - a;
    prefix.forEach((p, k) => {
      const sum = p[b] - p[a];
      out[i * WINDOW_WIDTH + k] = k === keys.length - 1 ? Math.log1p(sum / size) : sum / size;
    });
  }
  return out;
}

// Lines of prose closer than this (in lines between them) belong to one block: a caption, an ad
// slot or a subheading inside an article does not split it; a menu or a teaser list does.
const BLOCK_GAP = 3;

/**
 * The page's blocks of running text, and for each line what its block is like: the article is
 * usually the largest block, and a comment thread or a teaser column a block of its own kind.
 */
const BLOCK_WIDTH = 13;

function proseBlocks(fx: LineFacts[]): Float32Array {
  const n = fx.length;
  const spans: Array<[number, number]> = [];
  let from = -1;
  let last = -1;
  for (let i = 0; i < n; i++) {
    if (!fx[i].prose) continue;
    if (from < 0 || i - last - 1 > BLOCK_GAP) {
      if (from >= 0) spans.push([from, last]);
      from = i;
    }
    last = i;
  }
  if (from >= 0) spans.push([from, last]);
  const words = spans.map(([a, b]) => {
    let w = 0;
    for (let i = a; i <= b; i++) if (fx[i].prose) w += fx[i].words;
    return w;
  });
  const total = words.reduce((s, w) => s + w, 0) || 1;
  const order = words.map((w, k) => [w, k] as const).sort((x, y) => y[0] - x[0] || x[1] - y[1]);
  const rank = new Array<number>(spans.length);
  order.forEach(([, k], r) => (rank[k] = r));
  const largest = order.length ? spans[order[0][1]] : null;
  const share = (a: number, b: number, key: (x: LineFacts) => boolean): number => {
    let c = 0;
    for (let i = a; i <= b; i++) if (key(fx[i])) c++;
    return c / (b - a + 1);
  };
  const described = spans.map(([a, b], k) => [
    1,
    words[k] / total,
    Math.min(5, rank[k]),
    rank[k] === 0 ? 1 : 0,
    Math.log1p(b - a + 1),
    Math.log1p(fx.slice(a, b + 1).filter((x) => x.prose).length),
    0,
    0,
    share(a, b, (x) => x.commentMark),
    share(a, b, (x) => x.stamp),
    share(a, b, (x) => x.headlineLike),
    share(a, b, (x) => x.linkLike),
    share(a, b, (x) => x.ruleBody),
  ]);
  const out = new Float32Array(n * BLOCK_WIDTH);
  let k = 0;
  for (let i = 0; i < n; i++) {
    while (k < spans.length && spans[k][1] < i) k++;
    const fromLargest =
      largest === null ? 3 : i < largest[0] ? (i - largest[0]) / 20 : i > largest[1] ? (i - largest[1]) / 20 : 0;
    if (k < spans.length && spans[k][0] <= i) {
      const [a, b] = spans[k];
      const row = [...described[k]];
      row[6] = b > a ? (i - a) / (b - a) : 0;
      row[7] = clip(fromLargest, -3, 3);
      out.set(row, i * BLOCK_WIDTH);
    } else out.set([0, 0, 6, 0, 0, 0, 0, clip(fromLargest, -3, 3), 0, 0, 0, 0, 0], i * BLOCK_WIDTH);
  }
  return out;
}

/** What a list item starts with and the first separator it uses ("June 9 – Tampa, FL @ …"). */
function itemShape(t: string): string {
  const start = /^\d/.test(t) ? 'digit' : /^\p{Lu}/u.test(t) ? 'upper' : /^[•·*–—-]/u.test(t) ? 'bullet' : 'other';
  let sep = '';
  let at = Infinity;
  for (const s of [' – ', ' — ', ' - ', '--', ':', '|', '@', ' (']) {
    const i = t.indexOf(s);
    if (i >= 0 && i < at) {
      at = i;
      sep = s;
    }
  }
  return `${start}/${sep}`;
}

/**
 * Lists: runs of short lines of one shape. For each line, the length of its run (0 outside one of
 * at least three), whether prose stands just above and just below the run, and whether the line
 * above the run announces it (a colon, or a short heading).
 */
const LIST_WIDTH = 4;

function listRuns(lines: PageLine[], fx: LineFacts[]): Float32Array {
  const n = lines.length;
  const shapes = lines.map((l, i) => (fx[i].words <= 25 && !fx[i].prose ? itemShape(l.text) : ''));
  const out = new Float32Array(n * LIST_WIDTH);
  for (let i = 0; i < n;) {
    let j = i + 1;
    while (j < n && shapes[i] && shapes[j] === shapes[i]) j++;
    const run = j - i;
    const listed = shapes[i] !== '' && !shapes[i].endsWith('/') && run >= 3;
    const above = i > 0 && fx[i - 1] ? (fx.slice(Math.max(0, i - 2), i).some((x) => x.prose) ? 1 : 0) : 0;
    const below = fx.slice(j, j + 2).some((x) => x.prose) ? 1 : 0;
    const announced = i > 0 && (/:$/.test(lines[i - 1].text) || (fx[i - 1].words <= 8 && !fx[i - 1].prose)) ? 1 : 0;
    if (listed) for (let k = i; k < j; k++) out.set([Math.log1p(run), above, below, announced], k * LIST_WIDTH);
    i = j;
  }
  return out;
}

/** The block of each line (-1 outside every block): the second stage averages scores over a block. */
function blockIds(fx: LineFacts[]): Int32Array {
  const ids = new Int32Array(fx.length).fill(-1);
  let block = -1;
  let last = -Infinity;
  let from = -1;
  for (let i = 0; i < fx.length; i++) {
    if (!fx[i].prose) continue;
    if (i - last - 1 > BLOCK_GAP) {
      block++;
      from = i;
    }
    for (let k = Math.max(from, last + 1); k <= i; k++) ids[k] = block;
    last = i;
  }
  return ids;
}

const FUNCTION = new Set(ALL_FUNCTION_WORDS);
const contentWords = (t: string): string[] =>
  wordsOf(t.toLowerCase()).filter((w) => w.length >= 3 && !FUNCTION.has(w) && !/^\d+$/.test(w));

/**
 * How much a line is about what the article is about: the share of its content words found in
 * the title, its cosine with the words of the page's largest block of prose (itself left out),
 * that cosine averaged over the lines around, and with its neighbours. A teaser of another
 * story, a comment policy or a company boilerplate talks of something else.
 */
const TOPIC_WIDTH = 4;

function topicality(lines: PageLine[], fx: LineFacts[], title: number | null): Float32Array {
  const n = lines.length;
  const words = lines.map((l) => contentWords(l.text));
  const titleWords = new Set(title === null ? [] : words[title]);
  // The core: the largest run of prose lines with small gaps, as proseBlocks finds it.
  let best: [number, number] | null = null;
  let bestWords = 0;
  let from = -1;
  let last = -1;
  let acc = 0;
  const close = (): void => {
    if (from >= 0 && acc > bestWords) {
      best = [from, last];
      bestWords = acc;
    }
  };
  for (let i = 0; i < n; i++) {
    if (!fx[i].prose) continue;
    if (from < 0 || i - last - 1 > BLOCK_GAP) {
      close();
      from = i;
      acc = 0;
    }
    acc += fx[i].words;
    last = i;
  }
  close();
  const core = new Map<string, number>();
  const coreSpan = best as [number, number] | null;
  if (coreSpan)
    for (let i = coreSpan[0]; i <= coreSpan[1]; i++)
      if (fx[i].prose) for (const w of words[i]) core.set(w, (core.get(w) ?? 0) + 1);
  let coreNorm2 = 0;
  for (const v of core.values()) coreNorm2 += v * v;
  const cosCore = words.map((ws, i) => {
    if (!ws.length || !core.size) return 0;
    const own = new Map<string, number>();
    for (const w of ws) own.set(w, (own.get(w) ?? 0) + 1);
    const inCore = coreSpan !== null && i >= coreSpan[0] && i <= coreSpan[1] && fx[i].prose;
    let dot = 0;
    let norm2 = coreNorm2;
    let ownNorm2 = 0;
    for (const [w, c] of own) {
      const k = (core.get(w) ?? 0) - (inCore ? c : 0);
      if (inCore) norm2 += k * k - (core.get(w) ?? 0) ** 2;
      dot += c * k;
      ownNorm2 += c * c;
    }
    return norm2 > 0 && ownNorm2 > 0 ? dot / Math.sqrt(norm2 * ownNorm2) : 0;
  });
  const jaccard = (a: string[], b: string[]): number => {
    if (!a.length || !b.length) return 0;
    const sb = new Set(b);
    const inter = new Set(a.filter((w) => sb.has(w))).size;
    return inter / new Set([...a, ...b]).size;
  };
  const out = new Float32Array(n * TOPIC_WIDTH);
  for (let i = 0; i < n; i++) {
    const ws = words[i];
    const t = ws.length ? ws.filter((w) => titleWords.has(w)).length / ws.length : 0;
    let sum = 0;
    let cnt = 0;
    for (let d = -3; d <= 3; d++) {
      if (i + d < 0 || i + d >= n || !words[i + d].length) continue;
      sum += cosCore[i + d];
      cnt++;
    }
    const nb = Math.max(i > 0 ? jaccard(ws, words[i - 1]) : 0, i + 1 < n ? jaccard(ws, words[i + 1]) : 0);
    out.set([t, cosCore[i], cnt ? sum / cnt : 0, nb], i * TOPIC_WIDTH);
  }
  return out;
}
