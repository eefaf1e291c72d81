import type { Line, Verdict } from '../types.js';
import { groupLines } from '../text/lines.js';
import { isProse } from '../text/prose.js';
import { setVerdict, verdictOf, type Page } from '../page.js';
import { SETTINGS } from '../settings.js';
import { ENGLISH_FUNCTION_WORDS } from '../data/function-words.js';

/**
 * The dek or standfirst: prose between the title and the body that the body search left outside
 * (it is cut off from the body by a caption, a takeaways box or a byline). Example: the seed's
 * first paragraph "China’s foreign ministry said it has achieved notable results …".
 * Returns the line indices, or an empty list when there is none (the lede then serves).
 */
export function findDek(lines: Line[], verdicts: Verdict[], titleLine: number | null): number[] {
  const bodyStart = verdicts.findIndex((v) => v.role === 'body');
  if (titleLine === null || bodyStart < 0) return [];
  // A standfirst printed between the page's headline and its date or byline line:
  // "US service members killed … / The US military says … / 20 Nov 2019 08:00 GMT".
  const h1 = verdicts.findIndex((v, i) => i > titleLine && v.reason === 'title-repeat');
  if (h1 >= 0) {
    const ids: number[] = [];
    for (let i = h1 + 1; i < lines.length && verdicts[i].role === 'body' && isProse(lines[i].text); i++) ids.push(i);
    const next = verdicts[h1 + 1 + ids.length];
    // A standfirst is a paragraph or two: a whole article between its headline and the time stamp
    // printed under it (a blog post that closes with "August 9, 2012 6:11 AM") is its body.
    if (
      ids.length &&
      ids.length <= SETTINGS.dekMaxParagraphs &&
      ((next && ['dateline', 'byline'].includes(next.role)) || next?.reason === 'timestamp')
    )
      return ids;
  }
  const between = lines.slice(titleLine + 1, bodyStart).map((l, k) => ({ l, i: titleLine + 1 + k }));
  for (const group of groupLines(between.map((x) => x.l))) {
    const ids = group.map((l) => lines.indexOf(l));
    if (ids.every((i) => verdicts[i].reason === 'outside-main-text') && group.every((l) => isProse(l.text))) return ids;
  }
  return [];
}

/**
 * A standfirst tells the article's story: it shares a word of four letters or more (not a
 * function word) with the title line or the article's first paragraphs. A site's tagline ("Seth
 * Godin's riffs on marketing, respect, and the ways ideas spread"), a sign-up prompt ("Please
 * register to gain free access to WSJ tools"), the weather or a promotion share none: on the
 * training pages a third of the deks found were such lines, nearly all of them not the article's.
 */
export function tellsTheStory(lines: Line[], dek: number[], titleLine: number | null, verdicts: Verdict[]): boolean {
  const words = (text: string): string[] =>
    (text.toLowerCase().match(/\p{L}{4,}/gu) ?? []).filter((w) => !ENGLISH_FUNCTION_WORDS.has(w));
  const body = verdicts.flatMap((v, i) => (v.role === 'body' ? [i] : [])).slice(0, SETTINGS.dekContextLines);
  const story = new Set([titleLine, ...body].flatMap((i) => (i === null ? [] : words(lines[i].text))));
  return dek.some((i) => words(lines[i].text).some((w) => story.has(w)));
}

/** Pass: the dek, taken out of the body search's leftovers and given the summary role. */
export function dekPass(page: Page): void {
  const verdicts = page.lines.map(verdictOf);
  const dek = findDek(page.lines, verdicts, page.titleLine);
  page.dek = tellsTheStory(page.lines, dek, page.titleLine, verdicts) ? dek : [];
  for (const i of page.dek) setVerdict(page, i, 'summary', 'dek-before-body');
}
