import type { Mention } from '../types.js';
import { foldTypography } from '../text/normalize.js';
import { parseYmd, type Ymd } from './calendar.js';
import { UNIT_RE } from './lexicon.js';
import { DATE_RULES } from './rules/index.js';
import { tenseOf } from './resolve.js';
import { anchorQuarters, anchorToStory, yearsOfTheStory } from './anchor.js';
import type { DateRule } from './rule.js';
import { sentenceSpans } from '../text/sentences.js';
import { SETTINGS } from '../settings.js';
import { articleRanges, foldedText, type Page } from '../page.js';

interface Candidate extends Mention {
  rank: number;
}

const compiled = new Map<DateRule, RegExp>();
function patternOf(rule: DateRule): RegExp {
  let re = compiled.get(rule);
  if (!re) compiled.set(rule, (re = new RegExp(rule.pattern.source, 'giu')));
  re.lastIndex = 0;
  return re;
}

/**
 * Finds the date, time, duration and set expressions of a text and gives each its ISO/TimeML
 * value against the reference date. Overlapping candidates: the longest wins, then the
 * earlier rule. Only the given ranges of the text are searched (the kept article text).
 */
export function findDates(
  text: string,
  refIso: string,
  ranges: Array<[number, number]> = [[0, text.length]],
  folded = foldTypography(text),
): Mention[] {
  const ref: Ymd = parseYmd(refIso) ?? { y: 1970, m: 1, d: 1 };
  const sentences = sentenceSpans(text);
  const quarterly = /\bquarter\b/i.test(folded);
  const found: Candidate[] = [];
  for (const [from, to] of ranges) {
    const part = folded.slice(from, to);
    DATE_RULES.forEach((rule, rank) => {
      const re = patternOf(rule);
      for (let m = re.exec(part); m; m = re.exec(part)) {
        if (!m[0]) {
          re.lastIndex++;
          continue;
        }
        const start = from + m.index;
        const [sentence, offset] = sentenceAt(sentences, folded, start);
        const [clause, at, fronted] = clauseAround(sentence, start - offset, m[0].length);
        if (titleInProse(m[0], sentence, start - offset)) continue;
        const tense = tenseOf(clause, at, fronted ? Infinity : SETTINGS.tenseWindow);
        const v = rule.value(m.groups ?? {}, { ref, tense, sentence, quarterly }, m);
        if (!v) continue;
        const { s, e } = trimSpan(text, start, start + m[0].length);
        found.push({
          type: v.type,
          text: text.slice(s, e),
          start: s,
          end: e,
          value: v.value,
          rule: rule.name,
          rank,
          ...(v.inferred ? { yearInferred: true } : {}),
        });
      }
    });
  }
  return anchorQuarters(anchorToStory(yearsOfTheStory(pickLongest(found), ref), text), ref);
}

// Where a clause ends after a date: a comma, a colon, a bracket, a quote, a dash between words.
const CLAUSE_END = /[,;:()"]|''|``| - | _ /;

/**
 * The clause of the sentence a match stands in: the verb that governs a date is in its own clause
 * ("declared a dividend, payable Dec. 15": "declared" does not date "Dec. 15"). A fronted
 * adverbial ("In January, the company brought in …") has no verb of its own: the rest of the
 * sentence decides, past any further fronted phrase ("In January, a week after the vote, a bomb
 * exploded"); the third value says so.
 */
function clauseAround(sentence: string, at: number, len: number): [string, number, boolean] {
  const before = sentence.slice(0, at);
  const from =
    Math.max(...[',', ';', ':', '(', '"', "''", '``', ' - ', ' _ '].map((c) => before.lastIndexOf(c)), -1) + 1;
  const rest = sentence.slice(at + len);
  // Only at the head of the sentence: "the index fell 1.4%, or 6.43, on Friday, to 437.68" is not
  // fronted.
  if (
    rest[0] === ',' &&
    !/\p{L}/u.test(sentence.slice(0, from)) &&
    /^\s*(?:\p{L}+\s+){0,2}$/u.test(sentence.slice(from, at))
  )
    return [sentence.slice(from), at - from, true];
  const stop = rest.search(CLAUSE_END);
  const to = stop < 0 ? sentence.length : at + len + stop;
  return [sentence.slice(from, to), at - from, false];
}

// What opens a sentence the splitter does not see: a colon, a closing quote or bracket, a quote
// opened after a comma ('he added, "This year …'), a dash after a dateline, a line break.
const SENTENCE_OPENS = /(?:[.!?:;)\]>]|[.!?,]["”'’]|[,:]\s*["“‘']|\s[-–—])\s*$|\n\s*$/u;

// Time words written in lower case in running text: capitalised there, they are a title.
const LOWER_TIME_WORD = new RegExp(`^(?:${UNIT_RE}|today|tonight|tomorrow|yesterday|this|next|last|now)$`, 'u');

/**
 * A programme or a title in running text, not a time: "said on CBS's ''60 Minutes''", "speaking on
 * ABC's "This Week"". A time word that prose writes in lower case is capitalised, not at the start
 * of its sentence, in a sentence with words in lower case (a title-case headline has none).
 */
function titleInProse(match: string, sentence: string, at: number): boolean {
  // At the start of a sentence, or of what the splitter missed as one ("leadership: This year, I
  // …", "… shouldn't.” Now I eat").
  const before = sentence.slice(0, at);
  if (!/\p{L}/u.test(before) || SENTENCE_OPENS.test(before)) return false;
  // Every capitalised word a time word: "Thanksgiving Day" and "Election Day" are names of days.
  const capitalised = match.split(/\s+/).filter((w) => /^\p{Lu}\p{Ll}/u.test(w));
  if (!capitalised.length || !capitalised.every((w) => LOWER_TIME_WORD.test(w.toLowerCase()))) return false;
  const rest = sentence.slice(0, at) + sentence.slice(at + match.length);
  return (rest.match(/(?<![\p{L}'’])\p{Ll}{4,}/gu) ?? []).length >= 2;
}

function trimSpan(text: string, s: number, e: number): { s: number; e: number } {
  while (e > s && /[\s,]/.test(text[e - 1])) e--;
  while (s < e && /\s/.test(text[s])) s++;
  return { s, e };
}

/** The sentence around a position, by binary search over the sentence spans. */
function sentenceAt(spans: Array<[number, number]>, text: string, pos: number): [string, number] {
  let lo = 0,
    hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [s, e] = spans[mid];
    if (pos < s) hi = mid - 1;
    else if (pos >= e) lo = mid + 1;
    else return [text.slice(s, e), s];
  }
  return ['', pos];
}

function pickLongest(cands: Candidate[]): Mention[] {
  cands.sort((a, b) => b.end - b.start - (a.end - a.start) || a.rank - b.rank || a.start - b.start);
  // Characters already covered by a longer expression; linear in the text, whatever the count.
  const covered = new Set<number>();
  const taken: Candidate[] = [];
  for (const c of cands) {
    let free = true;
    for (let i = c.start; i < c.end && free; i++) free = !covered.has(i);
    if (!free) continue;
    for (let i = c.start; i < c.end; i++) covered.add(i);
    taken.push(c);
  }
  return taken.sort((a, b) => a.start - b.start).map(({ rank: _rank, ...m }) => m);
}

/** Pass: the dates of the article's own lines, resolved against the reference date. */
export function datesPass(page: Page): void {
  page.dates = findDates(page.text, page.record.refDate.value, articleRanges(page), foldedText(page));
}
