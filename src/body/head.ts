// The article's head: the lines right above its first paragraph. News pages print the headline,
// the byline and the date there, whatever the page carries above it (a browser title with the
// site's name, a header with today's date, menus): "Google Stadia … So Many Ways to Play…and Pay /
// There are more devices … / By / Sarah E. Needleman / Nov. 19, 2019 8:03 am ET / Gaming used to
// be so simple." So once the body is found, its head is read again: the headline there is the
// title, its byline the authors', its date the article's.
import { isEmbedSignature, isFree, setVerdict, type Page } from '../page.js';
import { SENTENCE_END, normalizeLine, wordCount, wordsOf } from '../text/normalize.js';
import { isProse } from '../text/prose.js';
import { range } from '../text/lines.js';
import { dayOfLine, inPageOrder, LABELLED_DATE_LINE, pageDayOrder, stampOfLine, UPDATED } from '../layout/datelines.js';
import type { FieldRule } from '../record/field-rules.js';
import { BYLINE_PREFIX, NOT_A_HEADLINE, isDoubledLine, TOPICS_HEADING } from '../layout/data/labels.js';
import { cleanByline } from '../layout/byline.js';
import {
  headlineOfTitleLine,
  isDateline,
  isSiteName,
  looksLikeHeadline,
  partPrintedNear,
  wordsKey,
} from '../layout/title.js';
import { authorsOf, isKnownName, isPersonName, isPrefixedByline } from '../layout/person-name.js';
import { SETTINGS } from '../settings.js';
import { agencyOfByline } from '../data/agencies.js';
import { COMMENTS, ENTRY_SIGNATURE } from '../layout/data/widget-patterns.js';
import { inPatternList } from '../layout/widgets.js';

interface Head {
  headline: number | null;
  byline: number[];
  /** Lines of `byline` that name nobody we can vouch for (see bylineEvidence): no authors. */
  unsigned: Set<number>;
  date: number | null;
  /** An "Updated …" line: the published day too when the head states no other date. */
  updated: number | null;
  /** A byline that is a news agency alone ("By The Associated Press"): the agency, no author. */
  agency: number | null;
}

// A line in quotes is a pull quote; a headline may open with a quoted phrase and go on ("'SNL'
// Mocks Kendall Jenner's Pepsi Ad", "'He just kissed me and left!' Actress reveals …"). A quote
// closed by a comma is a sentence's, its speaker follows ("“We must cut jobs,” the chairman said").
const QUOTED_LEAD = /^(?:"[^"]{0,80}[^",]"|“[^”]{0,80}[^”,]”|'[^']{0,80}[^',]'|‘[^’]{0,80}[^’,]’):?\s+\p{L}/u;

/** A line that can be a headline: words, not a sentence, not a widget. */
function headlineLike(text: string): boolean {
  const n = wordCount(text);
  return (
    n >= 3 &&
    n <= 30 &&
    (!SENTENCE_END.test(text) || /[?!]["'’”]?$/u.test(text)) &&
    (!/^["“'‘]/u.test(text) || QUOTED_LEAD.test(text)) &&
    looksLikeHeadline(text) &&
    !isDateline(text) &&
    !NOT_A_HEADLINE.some((p) => p.test(text)) &&
    !isDoubledLine(text)
  );
}

/** "By", "By Jane Doe", "Jane Doe - Nov 19, 2019", "Keris Lahiff @kerisalison", or a name alone. */
function bylineLike(text: string): boolean {
  if (/^by$/i.test(text) || isPrefixedByline(text)) return true;
  const lead = text
    .replace(/(?:^|\s)@\S+/g, ' ')
    .trim()
    .split(/\s+[-–—|•·/]\s+|,\s+/u)[0];
  return wordCount(text) <= 12 && isPersonName(lead);
}

// "Keris Lahiff @kerisalison": the writer's handle.
const HANDLE = /(?:^|\s)@\w/u;
// A time or a date after the name: "Arik Hesseldahl, 04.08.05, 1:21 PM ET", "Jane Doe - Mar 28, 2017".
const STAMP = /\d{1,2}[:.]\d{2}|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d/iu;

/**
 * What makes a short capitalised line above the body a byline rather than a heading, a menu item
 * or a product ("Sexual Revolution", "E-MAIL STORY", "Facebook Messenger", "Country Rural Lots",
 * all taken for authors before): a byline word ("By", "Posted by"), a time or date, a handle or
 * the site's own name beside it, or a name the lexicon knows a part of. On the 2,904 training
 * pages about seven in eight head bylines with none of these were not people; the people among
 * them ("Caity Weaver") give no authors now, but their line is still searched for names.
 */
function bylineEvidence(text: string, titleLine: string | null): boolean {
  if (/^by$/i.test(text) || BYLINE_PREFIX.test(text) || STAMP.test(text) || HANDLE.test(text)) return true;
  // "Tanza Loudenback, Business Insider" under "… - Business Insider": the name of the site.
  const site = /,\s(\S.{2,})$/u.exec(text)?.[1];
  if (site && titleLine && normalizeLine(titleLine).includes(normalizeLine(site))) return true;
  return authorsOf(text).some(isKnownName);
}

/**
 * The head above line `first`. First, walking up: the date and the bylines, up to the page's own
 * headline (printed again below the title line) or a paragraph of prose. Then the headline: the
 * page's own; else, above the byline and date, the first headline-like line (a news head prints
 * its headline over its byline); else the nearest line that tells the title line's story. A
 * headline-like line that is none of these (a caption, a video teaser) is passed over, and a
 * byline or date beyond it counts only when a headline is found further up.
 */
function readHead(page: Page, first: number, title: string | null): Head {
  const notAfter = page.options.refDate ?? null;
  const bylines: number[] = [];
  const unsigned = new Set<number>();
  const candidates: number[] = [];
  let date: number | null = null;
  let updated: number | null = null;
  let agency: number | null = null;
  let h1: number | null = null;
  const floor = Math.max(0, first - SETTINGS.headWindow);
  for (let i = first - 1; i >= floor; i--) {
    const l = page.lines[i];
    const v = l.verdict;
    if (v?.reason === 'title-repeat') {
      h1 = i;
      date ??= dateOverHeadline(page, i, notAfter);
      break;
    }
    if (passedOver(page, i)) continue;
    if (isProse(l.text)) {
      // A standfirst between headline and byline is passed over once a byline or date is seen;
      // a short sentence the body left out, right under a signed byline or a date, is a caption
      // or a promo ("Chat with us in Facebook Messenger.") and is passed over too. On the 711
      // news pages of the training file: 7 titles mended, 1 broken, 5 more dates, 9 more
      // authors (2 of them a photo's credit). Any byline-like line above took menus for heads.
      if (bylines.length || date !== null) continue;
      // A photo's credit beside it ("Harry How/Getty Images") makes a sentence of any length a caption.
      const caption = wordCount(l.text) <= SETTINGS.captionMaxWords || besideCredit(page, i);
      if (v?.role !== 'body' && caption && headAbove(page, i, floor, notAfter)) continue;
      break;
    }
    const day = dayOfLine(l.text, notAfter);
    if (day && UPDATED.test(l.text)) {
      updated ??= i;
      continue;
    }
    if (day && date === null) {
      date = i;
      if (bylineLike(l.text.replace(day.text, '').trim())) bylines.push(i);
      continue;
    }
    // What the layout already named (a publisher line, a kicker, a section) is neither a byline
    // nor a headline.
    if (v && STRUCTURE_ROLES.has(v.role)) continue;
    // An agency's byline is no person's, but still the byline ("By The Associated Press").
    if (agencyOfByline(l.text)) agency ??= i;
    if (bylineLike(l.text)) {
      if (isTopicTag(page, i)) continue;
      if (bylines.length < 4) bylines.push(i);
      if (!bylineEvidence(l.text, title)) unsigned.add(i);
      continue;
    }
    if (headlineLike(l.text)) candidates.push(i);
  }
  let headline = h1;
  const marks = [...bylines, ...(date !== null ? [date] : [])];
  const top = marks.length ? Math.min(...marks) : null;
  const weakTitle = title === null || wordCount(title) <= 4;
  if (headline === null && top !== null) {
    const signed = bylines.some((b) => authorsOf(page.lines[b].text).length > 0) || date !== null;
    // Distance in the head's own lines: share buttons and captions between do not count.
    const between = (c: number): number[] => headLinesBetween(page, c, top);
    // A standfirst between the line and the byline or date ("headline / dek / date / By …") is a
    // news head's shape: the line is its headline whatever the title line says.
    const dekBelow = (c: number): boolean =>
      between(c).some((i) => isProse(page.lines[i].text) || wordCount(page.lines[i].text) >= SETTINGS.ledeMinWords);
    headline =
      candidates.find(
        (c) =>
          c < top &&
          between(c).length <= 3 &&
          signed &&
          (weakTitle || dekBelow(c) || (title !== null && sameStory(title, page.lines[c].text, 0.25))),
      ) ?? null;
  }
  // "Feb 16, 9:20 AM EST / Chertoff Acknowledges Lapses in Response / By LARA JAKES JORDAN": a
  // head may print its date above the headline; under a title of five words or fewer (a site's
  // name: "New York Post Online Edition"), the line right above the signed byline is the headline.
  // On the 711 news pages of the training file 9 titles were mended and none broken (0.880 ->
  // 0.893); on CleanEval's non-news pages about half the 14 titles it moved went to the heading.
  const firstByline = bylines.length ? Math.min(...bylines) : null;
  const saysLittle = wordCount(page.record.title ?? '') <= SETTINGS.siteNameMaxWords;
  if (headline === null && saysLittle && firstByline !== null && authorsOf(page.lines[firstByline].text).length)
    headline = candidates.find((c) => c < firstByline && headLinesBetween(page, c, firstByline).length === 0) ?? null;
  if (headline === null && title !== null)
    headline = candidates.find((c) => sameStory(title, page.lines[c].text)) ?? null;
  // "Thursday, January 20, 2005 / Group Calls 2004 Most Deadly Year for Journalists / Last year
  // 129 …": a blog prints the day over each post's title, the post right under it.
  if (headline === null && date !== null && !bylines.length) {
    const c = candidates.find((k) => k > date! && headLinesBetween(page, k, first).length === 0);
    if (c !== undefined && headLinesBetween(page, date, c).length === 0) headline = c;
  }
  // Without a headline, only what stands below the first passed-over headline counts: a teaser's
  // of five words or more, not a menu item ("Copy Link URL Copied!", "Share Close extra sharing options").
  const teaser = (c: number): boolean =>
    wordCount(page.lines[c].text) >= 5 &&
    !['repeated-line', 'menu-or-link-list'].includes(page.lines[c].verdict?.reason ?? '');
  const barrier = headline === null ? (candidates.find(teaser) ?? -1) : -1;
  const below = (k: number | null): k is number => k !== null && k > barrier;
  // A news head prints its byline under its headline: a name-like line above the headline is a
  // kicker or a section ("Dubai Airshow" over "Emirates inks $9 billion order …").
  const underHeadline = (k: number): boolean => headline === null || k > headline;
  return {
    headline,
    byline: bylines.filter((k) => below(k) && underHeadline(k)),
    unsigned,
    date: below(date) ? date : null,
    updated: below(updated) ? updated : null,
    agency: below(agency) && underHeadline(agency) ? agency : null,
  };
}

/**
 * "EPA's climate change website reappears, missing the word 'climate'" first on the page, taken
 * for a caption, and again over the article: a page whose first line the layout gave to a widget
 * has no title line, but the line (or its headline, the site's name cut) printed again in the
 * head is the headline.
 */
function headlineOfFirstLine(page: Page, first: number): void {
  const top = page.lines.findIndex((l) => wordCount(l.text) > 0);
  if (top < 0 || top >= first) return;
  const near = range(Math.max(top + 1, first - SETTINGS.headWindow), first);
  const whole = wordsKey(page.lines[top].text);
  const again =
    wordCount(page.lines[top].text) >= SETTINGS.repeatedFirstLineMinWords
      ? near.find((i) => wordsKey(page.lines[i].text) === whole)
      : undefined;
  const part = partPrintedNear(
    page.lines[top].text,
    near.map((i) => page.lines[i].text),
  );
  const line = again ?? near.find((i) => page.lines[i].text === part);
  if (line === undefined) return;
  page.record.title = page.lines[line].text;
  page.sources.title = { line, rule: 'headline-above-body' };
}

/**
 * "5:24pm, Mar 29, 2017 / Garbage bags sent to clean Mount Everest / …": a date line right over the
 * page's own headline, when none stands under it.
 */
function dateOverHeadline(page: Page, h1: number, notAfter: string | null): number | null {
  let i = h1 - 1;
  while (i >= 0 && passedOver(page, i)) i--;
  if (i < 0 || wordCount(page.lines[i].text) > SETTINGS.dateLineMaxWords) return null;
  return dayOfLine(page.lines[i].text, notAfter) ? i : null;
}

/** A caption's credit right above or below line `i`. */
export function besideCredit(page: Page, i: number): boolean {
  return [i - 1, i + 1].some((k) => page.lines[k]?.verdict?.role === 'caption' && !isProse(page.lines[k].text));
}

/**
 * A signed byline or a date line within the next few head lines above `i` (a share count or a
 * blank between does not count): the head goes on above a caption.
 */
function headAbove(page: Page, i: number, floor: number, notAfter: string | null): boolean {
  let seen = 0;
  for (let k = i - 1; k >= floor && seen < SETTINGS.captionToHead; k--) {
    if (passedOver(page, k)) continue;
    const text = page.lines[k].text;
    // A caption's sentence may hold a date ("… shown early Sunday, June 1, 2014, in Juliette"): prose is no head.
    if (isProse(text)) return false;
    if ((bylineLike(text) && authorsOf(text).length) || dayOfLine(text, notAfter)) return true;
    seen++;
  }
  return false;
}

/**
 * A name in a list of the page's topics, which a tabloid prints above its story ("RELATED TOPICS
 * / FEDERAL BUREAU OF INVESTIGATION / BARACK OBAMA"): under a topics heading, with nothing but
 * short labels between, and no byline word ("By Jane Doe" under "Topics:" is a byline). On the
 * 2,904 training pages 8 pages had tags or a teaser's headline for authors; 2 now find the real
 * byline above the list, the others (wire stories) none. One title moved from a topic ("Regional,
 * Rural and Urban Development") to the page's title line. Nothing else changed.
 */
function isTopicTag(page: Page, i: number): boolean {
  if (BYLINE_PREFIX.test(page.lines[i].text)) return false;
  for (let k = i - 1; k >= 0 && k >= i - SETTINGS.topicListWindow; k--) {
    const text = page.lines[k].text;
    if (TOPICS_HEADING.test(normalizeLine(text))) return true;
    if (wordCount(text) > SETTINGS.topicMaxWords || SENTENCE_END.test(text)) return false;
  }
  return false;
}

/**
 * A wire story's byline ("By The Associated Press", "Associated Press" over "Published …") gives
 * its agency: a byline word or the head's date beside it tells it from a photo's credit, which
 * stands under a caption or a gallery's "1 of 2", or under a person's byline ("By Chris Perez" …
 * "AP" over the body). On the 2,904 training pages 17 wire stories gained their agency, each
 * checked by eye; of the 5 agency lines these tests turned down, 4 were photos' credits.
 */
function isAgencyByline(page: Page, head: Head): boolean {
  if (head.agency === null || page.record.agency || authorsOf(page.record.byline).length) return false;
  if (page.lines[head.agency - 1]?.verdict?.role === 'caption') return false;
  const dated = head.date ?? head.updated;
  return (
    BYLINE_PREFIX.test(page.lines[head.agency].text) ||
    (dated !== null && Math.abs(dated - head.agency) <= SETTINGS.agencyDateGap)
  );
}

/** The head's own lines strictly between `from` and `to`: share buttons and captions do not count. */
function headLinesBetween(page: Page, from: number, to: number): number[] {
  return range(from + 1, to).filter((i) => !passedOver(page, i));
}

/** A line the head reading passes over: a share button, a caption, a takeaway. */
function passedOver(page: Page, i: number): boolean {
  const v = page.lines[i].verdict;
  return !!v && (SKIPPED_ROLES.has(v.role) || (v.role === 'boilerplate' && !OPEN_REASONS.has(v.reason)));
}

// Roles the layout gave that no head reading overrides.
const STRUCTURE_ROLES = new Set(['title', 'publisher', 'kicker', 'section-label', 'section-heading', 'section-body']);
// Lines between the headline and the body that are no part of the head and no barrier either.
const SKIPPED_ROLES = new Set(['summary', 'caption', 'takeaway', 'takeaways-heading']);
// Verdicts under which a line may still be part of the head: the body rules' guesses.
const OPEN_REASONS = new Set([
  'timestamp',
  'repeated-line',
  'outside-main-text',
  'model-boilerplate',
  'menu-or-link-list',
]);

/**
 * The body's first line, once a standfirst is set apart: one or two lines taken for the body,
 * then within eight lines a byline or a date line, then the body again, longer than they are. The
 * head is above that.
 */
export function firstAfterStandfirst(page: Page, first: number): number {
  const { lines } = page;
  const isBody = (i: number): boolean => isBodyLine(page, i);
  let i = first;
  while (isBody(i) && i - first < 3) i++;
  if (i - first > 2) return first;
  let marked = false;
  let j = i;
  for (; j < lines.length && j - i < 8 && !isBody(j); j++) if (isHeadMark(page, j)) marked = true;
  if (!marked || !isBody(j)) return first;
  // A standfirst is shorter than the article it opens: a one-paragraph story above a photo credit
  // and a comment count ("Comments (9) Add A Comment") is the article.
  return bodyWords(page, j, lines.length) > bodyWords(page, first, i) ? j : first;
}

const isBodyLine = (page: Page, i: number): boolean => page.lines[i]?.verdict?.role === 'body';

/** The words of the body lines from `from` up to `to`. */
const bodyWords = (page: Page, from: number, to: number): number =>
  range(from, to).reduce((n, k) => n + (isBodyLine(page, k) ? wordCount(page.lines[k].text) : 0), 0);

/**
 * A dateline split over two lines: "ALLENTOWN, Pa." over "1996-08-27", as wire copy broken into
 * sentences prints it, is the dateline whether the body kept the place's line or not. The place
 * in capitals, as wires print it, maybe with its region or country after a comma ("FARMINGTON
 * HILLS, Mich.", "SHEFFIELD, England").
 */
function datelinePlaces(page: Page, first: number): void {
  for (let i = Math.max(0, first - SETTINGS.headWindow); i < first - 1; i++) {
    const v = page.lines[i].verdict;
    const open = v?.role === 'body' || (v?.role === 'boilerplate' && OPEN_REASONS.has(v.reason));
    if (open && page.lines[i + 1].verdict?.role === 'dateline' && DATELINE_PLACE.test(page.lines[i].text.trim()))
      setVerdict(page, i, 'dateline', 'place-over-date');
  }
}
const DATELINE_PLACE = /^\p{Lu}{2,}(?:[ '’.-]\p{Lu}+){0,3}(?:, \p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?)?$/u;

/** A date line or a byline: what marks a head under a headline or a standfirst. */
const isHeadMark = (page: Page, i: number): boolean =>
  !!dayOfLine(page.lines[i].text, page.options.refDate ?? null) || bylineLike(page.lines[i].text);

/**
 * "Report: Bentley misused vehicles … / 131-page report details … / Post to Facebook / … / Report:
 * Bentley misused vehicles … / Brian Lyman, Montgomery Advertiser Published 7:36 p.m. CT April 7,
 * 2017 / 472 Shares / Gov. Robert Bentley pursued …": a page may print its story's head twice, a
 * share box's copy of the headline and dek first, and the body model takes that dek for the first
 * paragraph. The head is the one over the article's main run: the headline printed again below the
 * first body line, a byline or a date right under it, and most of the body below it.
 */
export function firstUnderRepeatedHead(page: Page, first: number): number {
  const { lines } = page;
  const last = Math.min(lines.length, first + 2 * SETTINGS.headWindow);
  const k = range(first + 1, last).find((i) => lines[i].verdict?.reason === 'title-repeat');
  if (k === undefined) return first;
  let next = k + 1;
  while (next < lines.length && next - k <= SETTINGS.repeatedHeadLines && !isBodyLine(page, next)) next++;
  if (!isBodyLine(page, next) || !range(k + 1, next).some((i) => isHeadMark(page, i))) return first;
  return bodyWords(page, next, lines.length) > SETTINGS.repeatedHeadBodyRatio * bodyWords(page, first, k)
    ? next
    : first;
}

/** Shares most of its words (`share` of the shorter) with the page's title line: the same story's headline. */
function sameStory(a: string, b: string, share = 0.5): boolean {
  const wa = new Set(wordsOf(normalizeLine(a)).filter((w) => w.length > 2));
  const wb = wordsOf(normalizeLine(b)).filter((w) => w.length > 2);
  if (!wa.size || !wb.length) return false;
  const shared = wb.filter((w) => wa.has(w)).length;
  return shared >= 2 && shared / Math.min(wa.size, wb.length) >= share;
}

/**
 * Pass: the head above the first body paragraph gives the title (its headline, when it tells the
 * same story as the title line or is the page's own headline), the byline and the date; its lines
 * get their roles.
 */
export function articleHeadPass(page: Page): void {
  const found = page.lines.findIndex((l) => l.verdict?.role === 'body');
  if (found <= 0) return;
  const first = firstUnderRepeatedHead(page, firstAfterStandfirst(page, found));
  // The standfirst the body pass took for the first paragraph goes back to the dek pass.
  for (let i = found; i < first; i++)
    if (page.lines[i].verdict?.role === 'body') setVerdict(page, i, 'boilerplate', 'outside-main-text');
  datelinePlaces(page, first);
  const head = readHead(page, first, page.titleLine === null ? null : page.lines[page.titleLine].text);
  const { record, sources, lines } = page;
  forgetEmbeddedPostDate(page);
  // What the layout found in the head already stands; the head fills what it found elsewhere
  // (a page header's date, a teaser's byline) or not at all.
  const inHead = (line: number | undefined): boolean =>
    line !== undefined && line >= first - SETTINGS.headWindow && line < first;
  if (head.headline !== null && head.headline !== page.titleLine && sources.title?.line === page.titleLine) {
    const text = lines[head.headline].text;
    // readHead took it as the page's own headline, the same story as the title line, or the line
    // right above the byline and date: each is the article's headline.
    {
      record.title = text;
      sources.title = { line: head.headline, rule: 'headline-above-body' };
    }
  }
  if (head.byline.length && !inHead(sources.byline?.line)) {
    // A name-like line with nothing to vouch for it keeps the byline's place in the head (its
    // names are the article's to search), but gives no authors.
    for (const i of head.byline)
      if (head.unsigned.has(i) && (isFree(page, i) || lines[i].verdict?.role !== 'byline'))
        setVerdict(page, i, 'byline', 'unsigned-name');
    const ordered = head.byline.filter((i) => !head.unsigned.has(i)).sort((a, b) => a - b);
    // "By" / "Sarah E. Needleman" / "Sarah E. Needleman": one byline, each line once.
    // Lines are names apart ("Jane Doe" / "Biography Jane Doe"), but "By" runs into the next.
    const text = [...new Set(ordered.map((i) => lines[i].text))].reduce(
      (acc, l) => (!acc ? l : /^by$/i.test(acc.trim().split(/\s+/).at(-1) ?? '') ? `${acc} ${l}` : `${acc}, ${l}`),
      '',
    );
    if (ordered.length) {
      record.byline = cleanByline(text);
      sources.byline = { line: ordered[0], rule: 'byline-above-body' };
    }
    for (const i of ordered)
      if (isFree(page, i) || lines[i].verdict?.role !== 'byline') setVerdict(page, i, 'byline', 'byline-pattern');
  }
  if (isAgencyByline(page, head)) record.agency = agencyOfByline(lines[head.agency!].text);
  const dated = head.date ?? head.updated;
  if (dated !== null && !inHead(sources.published?.line)) {
    const day = pageDayOf(page, dated);
    if (day && day !== record.published)
      takePublished(page, dated, day, head.date === null ? 'updated-above-body' : 'date-above-body');
    if (lines[dated].verdict?.role !== 'byline') setVerdict(page, dated, 'dateline', 'date-near-top');
  }
  if (!record.title) headlineOfFirstLine(page, first);
  forgetMastheadDate(page, first);
  if (!record.published) labelledDateAbove(page, first);
  if (!record.published) dateUnderHeadline(page, first);
  // The article's closing lines, read once for what the head did not give.
  const unsigned = !authorsOf(record.byline).length;
  const closing = !record.published || unsigned ? closingLines(page, first) : [];
  if (!record.published) postedDateBelow(page, closing);
  if (unsigned) signedBelow(page, closing);
  // A title line no headline below confirmed keeps its headline only: the part the page prints
  // alone right above the article, else the part left once a web address, a date, a section or
  // the publisher is cut ("CNN.com - Expert: Katrina could unleash disaster - Aug 29, 2005";
  // layout/title.ts). On the 711 news pages of the training file whose gold starts with the
  // headline, titles right went from 0.845 to 0.858 with the second, to 0.879 with both. A title
  // line the page prints again whole ("… In Australia : Nature & Environment : Science World
  // Report" twice) is confirmed but not cut: it is read the same way.
  const wholeLine = page.titleLine !== null && record.title === lines[page.titleLine].text;
  if ((sources.title?.rule === 'first-headline-line' || wholeLine) && record.title) {
    const near = range(Math.max(0, first - SETTINGS.headlineNearBody), first)
      .filter((i) => i !== page.titleLine)
      .map((i) => lines[i].text);
    record.title = partPrintedNear(record.title, near) ?? headlineOfTitleLine(record.title, record.publisher);
  }
  // The title line's other part was taken for the site's name before the head settled the title:
  // "BBC - Future - Health - How a movie changed …" put the headline there.
  if (
    sources.publisher?.rule === 'title-site-name' &&
    record.publisher &&
    !isSiteName(record.publisher, record.title)
  ) {
    record.publisher = null;
    delete sources.publisher;
  }
}

/**
 * "— Jane Doe (@janedoe) November 18, 2019", the signature of a post the article embeds, is the
 * post's day: the date lines near the top took it for the article's on short pages (5 of the 2,904
 * training pages). The head's own date, when it has one, is read next.
 */
function forgetEmbeddedPostDate(page: Page): void {
  const line = page.sources.published?.line;
  if (line !== undefined && isEmbedSignature(page.lines[line].text)) forgetPublished(page);
}

/**
 * "Wednesday, November 7 2012 BLOGS /Fantasy / Official Blog of … / Home / Home / Fantasy Post
 * Mortem: Andrew Luck is the man / Adam Rank | Tags: …": the first date near the top, printed over
 * the page's menu above the article's own headline, is the masthead's (the day the page was
 * saved), and the head under the headline gave none. Wrong is worse than empty: the published
 * date is left to what follows (a labelled date, a date under the headline, "Posted on …" below).
 */
function forgetMastheadDate(page: Page, first: number): void {
  const line = page.sources.published?.line;
  const h1 = page.headline;
  if (line === undefined || h1 === null || h1 >= first || line >= h1) return;
  if (page.sources.published?.rule !== 'date-near-top') return;
  if (range(line + 1, h1).some((i) => MENU_REASONS.has(page.lines[i].verdict?.reason ?? ''))) forgetPublished(page);
}
// A menu the widget lists know (a run of short lines alone, a share bar or a comment count, stands
// between a blog post's date and its title too: 3 right dates of 5 lost on the training pages).
const MENU_REASONS = new Set(['navigation']);

function forgetPublished(page: Page): void {
  page.record.published = null;
  page.stamps.published = null;
  delete page.sources.published;
}

/**
 * "Voice search shoot-out … / October 30, 2012 3:15 PM / John Koetsier / LinkedIn / … / Recent
 * Stories: …" and then the article: with no other date found, a date line within three lines
 * under the page's own headline (printed again below the title line) is the article's, however
 * far above the body a teaser list put it. SETTINGS.dateUnderHeadline gives the measurement.
 */
function dateUnderHeadline(page: Page, first: number): void {
  const h1 = page.headline;
  if (h1 === null || h1 >= first) return;
  for (let i = h1 + 1; i < first && i <= h1 + SETTINGS.dateUnderHeadline; i++) {
    const l = page.lines[i];
    if (wordCount(l.text) > SETTINGS.dateLineMaxWords) continue;
    const day = pageDayOf(page, i);
    if (!day) continue;
    takePublished(page, i, day, 'date-under-headline');
    if (isFree(page, i) || l.verdict?.reason === 'timestamp') setVerdict(page, i, 'dateline', 'date-near-top');
    return;
  }
}

/** The day line `i` states, in the page's own day order ("09/08/2012" on a page that prints "14/09/2011"). */
function pageDayOf(page: Page, i: number): string | null {
  const text = page.lines[i].text;
  const day = dayOfLine(text, page.options.refDate ?? null);
  return day && inPageOrder(text, day, pageDayOrder(page.lines)).value;
}

function takePublished(page: Page, i: number, day: string, rule: FieldRule): void {
  page.record.published = day;
  page.stamps.published = stampOfLine(page.lines[i].text, day);
  page.sources.published = { line: i, rule };
}

/**
 * "Updated 1:39 am EST, Wednesday, November 20, 2019" a gallery and a list of teasers above the
 * first paragraph: with no other date found, a date line that says what it is ("Updated",
 * "Published", "Posted") within reach above the body is the article's day. An unlabelled date that
 * far up may be a teaser's; a labelled one seldom is.
 */
function labelledDateAbove(page: Page, first: number): void {
  for (let i = first - 1; i >= 0 && first - i <= SETTINGS.labelledDateReach; i--) {
    const l = page.lines[i];
    if (l.verdict?.role === 'body' || wordCount(l.text) > SETTINGS.dateLineMaxWords) continue;
    const label = l.text.trim();
    if (!UPDATED.test(label) && !LABELLED_DATE_LINE.test(label)) continue;
    const day = pageDayOf(page, i);
    if (!day) continue;
    takePublished(page, i, day, 'labelled-date-above-body');
    setVerdict(page, i, 'dateline', UPDATED.test(label) ? 'updated-line' : 'date-near-top');
    return;
  }
}

// "This entry was posted on March 3, 2008 at 7:14 pm and is filed under …" (a blog engine's own
// footer), "This was written by Jane Doe. Posted on Friday, November 2, 2012, at 1:23 pm.",
// "PUBLISHED: March 21, 2017 at 9:41 pm | UPDATED: …": a blog prints its post's date under the
// post, and some news pages print theirs under the lede's picture.
const POSTED_BELOW =
  /^(?:this entry was posted|this was written by .{1,80}?\bposted|posted on|published on)\b|^published\s*:/iu;

/**
 * The lines that close the article: from its first paragraph on, while paragraphs keep coming (at
 * most a few other lines after the last, share buttons apart), and never past a comment thread's
 * heading or an entry's signature ("Comments", "Jane wrote:"): its entries carry names and dates
 * of their own ("posted on Thursday, October 25, 2012 at 2:11 AM by Shachar").
 */
function closingLines(page: Page, first: number): number[] {
  const out: number[] = [];
  let gap = 0;
  for (let i = first; i < page.lines.length && gap <= SETTINGS.postedDateReach; i++) {
    const l = page.lines[i];
    if (l.verdict?.role === 'body') gap = 0;
    else if (!passedOver(page, i)) gap++;
    // A paragraph may say "he said on Monday"; a thread's heading or signature is a short line apart.
    if (l.verdict?.role !== 'body' && isCommentMark(l.text)) break;
    out.push(i);
  }
  return out;
}

/** A comment thread's heading or an entry's signature ("2 comments:", "Jane on May 2 said:"). */
const isCommentMark = (text: string): boolean =>
  inPatternList(COMMENTS, text) || (text.length <= SETTINGS.widgetMaxChars && ENTRY_SIGNATURE.test(text));

/** A head without a date: the date a blog prints under the post. */
function postedDateBelow(page: Page, closing: number[]): void {
  for (const i of closing) {
    const day = POSTED_BELOW.test(page.lines[i].text.trim()) ? pageDayOf(page, i) : null;
    if (day) return takePublished(page, i, day, 'posted-date-below-body');
  }
}

/** "Posted by Jane Doe …", with the name's capital ("By clicking 'Sign up' you agree …" is none). */
const signature = (text: string): boolean =>
  isPrefixedByline(text) && /^\p{Lu}/u.test(text.trim().replace(BYLINE_PREFIX, ''));

/**
 * "Posted by Alina Chau at 9:22 AM", "Posted by Jane Doe | Permalink | 6 Comments", "By: Jane Doe
 * Filed Under: …": a blog signs its post under it. Taken when the head names no author.
 */
function signedBelow(page: Page, closing: number[]): void {
  const i = closing.find((k) => signature(page.lines[k].text) && authorsOf(page.lines[k].text).length > 0);
  if (i === undefined) return;
  page.record.byline = cleanByline(page.lines[i].text);
  page.sources.byline = { line: i, rule: 'byline-below-body' };
}
