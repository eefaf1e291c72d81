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
import type { Page } from '../page.js';
import { SETTINGS } from '../settings.js';

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

/**
 * Pass: every line the layout left open gets its verdict. Repeated short lines and menu runs are
 * boilerplate; the body is the stretch of lines with the best prose score; every other line is
 * boilerplate outside the text.
 */
export function bodyLinesPass(page: Page): void {
  const verdicts = classifyLines(
    page.lines,
    page.lines.map((l) => l.verdict),
    page.start,
  );
  page.lines.forEach((l, i) => (l.verdict = verdicts[i]));
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
    // "SEAN SPICER ELIMINATED FROM 'DANCING WITH THE STARS'" inside a page's article: a link to
    // another story, set in capitals (a clean document's capitals are its own headlines).
    if (inRegion(i) && !clean && isAllCapsLine(texts[i])) return { role: 'boilerplate', reason: 'all-caps-link' };
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

// AP's capitalised subheads ("WHO IS THE FRONT-RUNNER?") are shorter.
function isAllCapsLine(text: string): boolean {
  const words = text.match(/\p{L}{2,}/gu) ?? [];
  return (
    words.length >= SETTINGS.allCapsLinkMinWords &&
    words.every((w) => /\p{Lu}/u.test(w) && w === w.toUpperCase()) &&
    !/\?$/.test(text)
  );
}
