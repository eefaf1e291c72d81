import type { BlockRole, Line, Reason, Verdict } from '../types.js';
import { repeatedLines } from './rules/repeated-line.js';
import { menuRuns } from './rules/menu-run.js';
import { proseScore } from './score.js';
import { bestRegion } from './region.js';
import { laterCopies } from './rules/duplicate-paragraph.js';
import { teaserLines } from './rules/teaser-list.js';
import { listAfterColon, listAfterHeading } from './rules/colon-list.js';
import { authorBioLines } from './rules/author-bio.js';
import { relatedItems } from './rules/related-items.js';
import { listContinuations } from './rules/list-continuation.js';
import { commentThreadStart } from './rules/comment-thread.js';
import { sameBlockLines } from './rules/same-block.js';
import type { Page } from '../page.js';
import { bodyFeatures, type BodyRows } from './features.js';
import { bodyModel, bodyModelProblem, bodyProbabilities } from './model.js';
import { SETTINGS } from '../settings.js';
import { isProse } from '../text/prose.js';
import { range } from '../text/lines.js';
import { normalizeLine, wordCount } from '../text/normalize.js';

// Weight of an already judged line in the body search. Structure around the body (a byline, a
// takeaways box, a labelled section) is a wall the body does not cross; a caption inside the body
// neither helps nor breaks it.
const WEIGHT: Partial<Record<BlockRole, number>> = {
  caption: 0,
  boilerplate: -6,
  title: -40,
  kicker: -40,
  byline: -40,
  publisher: -40,
  dateline: -20,
  'takeaways-heading': -40,
  takeaway: -40,
  'section-label': -40,
  'section-heading': -40,
  'section-body': -40,
};
// Headings of comment threads and "related stories" boxes end the article: what follows them is
// other people's text, however much it reads like prose.
const BARRIER: Partial<Record<Reason, number>> = {
  comments: -60,
  'author-box': -60,
  'related-links': -40,
  teaser: -20,
};
const weightOf = (v: Verdict): number => BARRIER[v.reason] ?? WEIGHT[v.role] ?? -6;

// Tried and rejected (kept here so nobody tries them again):
// - a line in capitals inside the article as a link to another story: it removed no article text
//   on the dev pages and 30% article text elsewhere;
// - removing every later copy of a paragraph: 0.7% article text on the dev pages, most of it
//   elsewhere (pages that repeat their lede in a print copy). Copies are a feature of the model now.

/**
 * Pass: every line the layout left open gets its verdict. Repeated short lines and menu runs are
 * boilerplate; the body is the stretch of lines with the best prose score; every other line is
 * boilerplate outside the text.
 */
export function bodyLinesPass(page: Page): void {
  // Before the body's own verdicts: what the layout alone took for page furniture.
  const furnished = page.lines.some((l) => l.verdict?.role === 'boilerplate');
  const evidence = bodyEvidence(page);
  const model = bodyModel();
  if (!model) {
    page.lines.forEach((l, i) => (l.verdict = evidence.rules[i]));
    page.record.warnings.push(`body found by the rules alone: ${bodyModelProblem()} (run "npm run train")`);
    return;
  }
  // A text with no boilerplate at all (a wire story, a clean JSONL document, a paragraph typed
  // for a test) has nothing to cut: the rules' verdict (every line is the article) stands. The
  // model learnt from pages with boilerplate and, on two lines, has too little to read.
  if (isCleanDocument(page, evidence.rules)) {
    page.lines.forEach((l, i) => (l.verdict ??= evidence.rules[i]));
    return;
  }
  const p = bodyProbabilities(model, evidence.rows);
  const top = page.headline ?? page.titleLine;
  page.lines.forEach((l, i) => {
    l.score = p[i];
    if (l.verdict) return;
    const rule = evidence.rules[i];
    // Certain whatever the score: the biography under an author-box heading, the headlines under
    // a "Related" heading.
    if (rule.reason === 'author-box' || rule.reason === 'related-item') l.verdict = rule;
    // Between the headline and the byline or date line stands the standfirst, not the body: the
    // dek pass takes it.
    else if (top !== null && page.start !== null && i > top && i < page.start)
      l.verdict = { role: 'boilerplate', reason: 'outside-main-text' };
    else if (p[i] >= SETTINGS.bodyThreshold) l.verdict = { role: 'body', reason: 'model-body' };
    else l.verdict = rule.role === 'boilerplate' ? rule : { role: 'boilerplate', reason: 'model-boilerplate' };
  });
  bridgeGaps(page);
  continueLists(page);
  endAtCommentThread(page);
  dropStrays(page);
  if (!furnished) continueBlocks(page);
  // Never an empty body when the page has prose: the model has not seen every kind of page (a
  // language it was not trained on, a layout of its own); the rules' best stretch of prose serves.
  if (!page.lines.some((l) => l.verdict?.role === 'body'))
    page.lines.forEach((l, i) => {
      if (evidence.rules[i].role === 'body' && l.verdict?.reason !== 'title-repeat' && isFallback(l.verdict))
        l.verdict = evidence.rules[i];
    });
}

const kept = (page: Page, i: number): boolean => page.lines[i].verdict?.role === 'body';

/** A list the model started keeping runs to its last item (rules/list-continuation.ts). */
function continueLists(page: Page): void {
  const open = (i: number): boolean => page.lines[i].verdict?.reason === 'model-boilerplate';
  for (const i of listContinuations(page.lines, (i) => kept(page, i), open))
    page.lines[i].verdict = { role: 'body', reason: 'list-continued' };
}

/**
 * In a text the layout found no furniture in (a wire story, a document a corpus gives as text),
 * the lines printed in the article's own blocks are the article (rules/same-block.ts).
 */
function continueBlocks(page: Page): void {
  for (const i of sameBlockLines(
    page.lines,
    (i) => kept(page, i),
    (i) => isTurnedDown(page.lines[i].verdict),
  ))
    page.lines[i].verdict = { role: 'body', reason: 'same-block' };
}

/**
 * Nothing under a comment thread's heading is the article (rules/comment-thread.ts).
 * Tried and rejected as such barriers, on the 2,904 training pages: the first teaser line below
 * the first paragraph (89 pages, 74,298 article shingles lost for 103,055 others, F1 0.9166 ->
 * 0.9152) and the headline printed again below it (77 pages, 115,785 for 45,163).
 */
function endAtCommentThread(page: Page): void {
  const stamp = (i: number): boolean => page.lines[i].verdict?.reason === 'timestamp';
  const thread = commentThreadStart(page.lines, (i) => kept(page, i), stamp);
  if (thread < 0) return;
  for (let i = thread; i < page.lines.length; i++)
    if (kept(page, i)) page.lines[i].verdict = { role: 'boilerplate', reason: 'comment-thread' };
}

/**
 * A notice or a teaser the model kept far from the article ("It looks like you've previously
 * blocked notifications" two hundred lines above the story) is no part of it: the body's lines
 * fall into runs, a gap of more than SETTINGS.strayGap lines apart; a run with a small share of
 * the largest run's words, none of them kept with confidence, goes, unless it stands right under
 * the headline printed again (a standfirst).
 */
export function dropStrays(page: Page): void {
  const { lines } = page;
  const runs: number[][] = [];
  let last = -Infinity;
  lines.forEach((l, i) => {
    if (l.verdict?.role !== 'body') return;
    if (i - last > SETTINGS.strayGap) runs.push([]);
    runs[runs.length - 1].push(i);
    last = i;
  });
  if (runs.length < 2) return;
  const words = runs.map((r) => r.reduce((n, i) => n + wordCount(lines[i].text), 0));
  const most = Math.max(...words);
  // The standfirst under the page's own headline, printed again above share buttons and a
  // gallery, is the dek pass's to judge.
  // The headline as the title line gives it may lose a leading "The" ("Doobie Brothers Unite …").
  const headlineKey = (t: string): string => normalizeLine(t).replace(/^the /, '');
  const title = page.record.title ? headlineKey(page.record.title) : null;
  const underHeadline = (i: number): boolean =>
    title !== null &&
    range(Math.max(0, i - SETTINGS.headlineToDek), i).some(
      (k) => k !== page.titleLine && headlineKey(lines[k].text) === title,
    );
  runs.forEach((run, k) => {
    if (words[k] === most || words[k] > most * SETTINGS.strayShare || underHeadline(run[0])) return;
    if (run.some((i) => (lines[i].score ?? 0) >= SETTINGS.straySure || lines[i].verdict?.reason !== 'model-body'))
      return;
    for (const i of run) lines[i].verdict = { role: 'boilerplate', reason: 'stray-line' };
  });
}

/** The rules found the text clean: no line of it is boilerplate, in the layout's eyes or theirs. */
function isCleanDocument(page: Page, rules: Verdict[]): boolean {
  return page.lines.every((l, i) => l.verdict?.role !== 'boilerplate' && rules[i].role !== 'boilerplate');
}

/**
 * An advertisement slot, a "Read more" link or a share bar between two paragraphs does not end
 * the article: prose right after such a gap (at most two lines of widgets below a body line) stays
 * in the body when the model gives it even a low score. Walking down, so a run of paragraphs
 * continues the body one by one.
 * Tried and rejected: taking every run of lines between two paragraphs that only the model turned
 * down (a list, a table in the story). On the dev pages it gained 309 article words for 67 others;
 * on 300 training pages those runs held 33 article words and 702 others.
 */
function bridgeGaps(page: Page): void {
  const { lines } = page;
  let lastBody = -Infinity;
  for (let i = 0; i < lines.length; i++) {
    const v = lines[i].verdict;
    if (v?.role === 'body') {
      lastBody = i;
      continue;
    }
    const gap = i - lastBody - 1;
    if (gap > SETTINGS.bridgeMaxGap || v?.reason !== 'model-boilerplate' || !isProse(lines[i].text)) continue;
    const between = lines.slice(lastBody + 1, i);
    if (
      between.every((l) => l.verdict?.role === 'boilerplate' && wordCount(l.text) <= 8) &&
      (lines[i].score ?? 0) >= SETTINGS.bridgeThreshold
    ) {
      lines[i].verdict = { role: 'body', reason: 'model-body' };
      lastBody = i;
    }
  }
}

// Lines the body rules or the model turned down (the layout's verdicts stand; a comment thread
// stays cut).
const TURNED_DOWN = new Set<string>([
  'menu-or-link-list',
  'outside-main-text',
  'model-boilerplate',
  'repeated-line',
  'stray-line',
  'duplicate-paragraph',
]);
const isTurnedDown = (v: Verdict | null): boolean => v?.role === 'boilerplate' && TURNED_DOWN.has(v.reason);

// Lines the fallback may take: those the model or the body rules turned down, not the layout's.
const isFallback = (v: Verdict | null): boolean =>
  !v || v.reason === 'model-boilerplate' || v.reason === 'outside-main-text';

/** What the body model reads: the body rules' verdicts and each line's features. */
export interface BodyEvidence {
  rules: Verdict[];
  rows: BodyRows;
}

export function bodyEvidence(page: Page): BodyEvidence {
  const rules = classifyLines(
    page.lines,
    page.lines.map((l) => l.verdict),
    page.start,
  );
  return {
    rules,
    rows: bodyFeatures(page.lines, rules, page.start, page.titleLine),
  };
}

/**
 * The verdicts of the body pass, from the layout's: repeated short lines and menu runs are boilerplate; the body is the stretch of
 * lines with the best prose score; every other unjudged line is boilerplate outside the text.
 */
export function classifyLines(lines: Line[], known: Array<Verdict | null>, start: number | null = null): Verdict[] {
  const texts = lines.map((l) => l.text);
  const repeated = repeatedLines(texts);
  const menus = menuRuns(texts);
  const teasers = teaserLines(texts);
  const verdicts = known.map(
    (v, i): Verdict | null =>
      v ??
      (repeated[i]
        ? { role: 'boilerplate', reason: 'repeated-line' }
        : menus[i]
          ? { role: 'boilerplate', reason: 'menu-or-link-list' }
          : teasers[i]
            ? { role: 'boilerplate', reason: 'teaser' }
            : null),
  );
  for (const i of authorBioLines(verdicts)) verdicts[i] = { role: 'boilerplate', reason: 'author-box' };
  for (const i of relatedItems(texts, verdicts)) verdicts[i] = { role: 'boilerplate', reason: 'related-item' };
  const prose = verdicts.map((v, i) => (v ? 0 : proseScore(texts[i])));
  const scores = widenGaps(verdicts.map((v, i) => (v ? weightOf(v) : anchored(prose[i], i, start))));
  const region = bestRegion(scores);
  const listed = new Set<number>();
  if (region) {
    for (let i = region[0]; i <= region[1]; i++) {
      if (verdicts[i]) continue;
      const n = listAfterColon(texts, i);
      for (let k = 1; k <= n; k++)
        if (
          !verdicts[i + k] ||
          verdicts[i + k]?.reason === 'menu-or-link-list' ||
          verdicts[i + k]?.reason === 'repeated-line'
        )
          listed.add(i + k);
    }
    const n = listAfterHeading(texts, region[1] + 1);
    for (let k = 0; k < n; k++) if (!verdicts[region[1] + 1 + k]) listed.add(region[1] + 1 + k);
  }
  for (const i of listed) verdicts[i] = { role: 'body', reason: 'list-after-colon' };
  const inRegion = (i: number): boolean => !verdicts[i] && !!region && i >= region[0] && i <= region[1];
  const copies = laterCopies(texts, inRegion);
  // A text with no boilerplate at all (a wire story, a clean JSONL document) has nothing to cut:
  // its short lines (a results table, a headline without a title line) are the article too.
  const clean = !verdicts.some((v) => v?.role === 'boilerplate');
  return verdicts.map((v, i) => {
    if (v) return v;
    if (copies[i]) return { role: 'boilerplate', reason: 'duplicate-paragraph' };
    if (inRegion(i)) return { role: 'body', reason: prose[i] > 0 ? 'prose' : 'inside-main-text' };
    if (clean) return { role: 'body', reason: 'clean-document' };
    return { role: 'boilerplate', reason: 'outside-main-text' };
  });
}

/**
 * Prose in the first lines after the article's headline, byline or date line is more likely its
 * body than prose elsewhere on the page (a teaser, a footer blurb); prose above it, less likely.
 * Only a short window gains: a bonus for everything below the start pulled teasers in.
 */
function anchored(score: number, i: number, start: number | null): number {
  if (start === null || score <= 0) return score;
  if (i <= start) return score * 0.5;
  return i - start <= SETTINGS.startWindow ? score * 2 : score;
}

/**
 * A run of non-prose lines costs more than its lines one by one: a subheading between two
 * paragraphs is part of the article, eight lines of tags, teaser headlines and bylines between
 * the article and the next excerpt are where it ended. The second line of a run costs 1.5 times
 * its weight, the third and later twice (steeper growth, tried up to 6 times, cut lists and
 * results tables out of articles).
 */
function widenGaps(scores: number[]): number[] {
  let run = 0;
  return scores.map((s) => {
    if (s > 0) {
      run = 0;
      return s;
    }
    run++;
    return s * Math.min(1 + (run - 1) * 0.5, 2);
  });
}
