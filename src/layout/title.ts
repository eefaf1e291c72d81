import { isProse } from '../text/prose.js';
import { normalizeLine, wordsOf } from '../text/normalize.js';
import type { Line } from '../types.js';
import { isFree, setVerdict, type Page } from '../page.js';
import { SETTINGS } from '../settings.js';
import { AGENCIES } from '../data/agencies.js';
import { escapeRegExp } from '../data/vocab.js';
import { ENGLISH_FUNCTION_WORDS } from '../data/function-words.js';
import { NOT_A_SITE_NAME } from './data/labels.js';
import { hasStamp } from './data/stamps.js';

export interface TitleResult {
  title: string;
  publisher: string | null;
  line: number;
}

// "Title | Site", "Title - Site", "Title — Site": the last part is a site name when it is short
// and the rest is long. A headline's own colon ("Superbugs: the next pandemic") is never split.
const SITE_SEPARATOR = /\s+(?:[|\-–—»·]|::)\s+/u;

// Read once the article is found, the separators include what a headline may also hold
// ("Superbugs : the next pandemic" stays whole unless a part is printed alone or is not a
// headline): a spaced colon, a double hyphen, a full-width colon ("… injured：The Asahi Shimbun").
const PART_SEPARATOR = /\s+(?:[|\-–—»·:]|::|--)\s+|\s*：\s*/u;

/** The parts of a title line between its separators: "CNN.com - Headline - Aug 29, 2005" → three. */
export const titleParts = (line: string): string[] =>
  line
    .split(PART_SEPARATOR)
    .map((p) => p.trim())
    .filter(Boolean);

const isTrail = (parts: string[]): boolean =>
  parts.length >= 4 && parts.slice(1, -1).every((p) => p.trim().split(/\s+/).length <= 2);

/** The title line without a trail of section names after it (see splitSiteName). */
export function withoutTrail(text: string): string {
  const parts = text.split(SITE_SEPARATOR);
  return isTrail(parts) ? parts[0].trim() : text;
}

/** Splits "Title | Site" into its parts; the site part must be short. */
export function splitSiteName(text: string): { title: string; site: string | null } {
  const parts = text.split(SITE_SEPARATOR);
  if (parts.length < 2) return { title: text, site: null };
  // "Standings | Racing | F1 | Indy | MotoGP", "Title | Editorial | Opinion | The Guardian": a
  // trail of section names after the title; the last part may still be the site.
  if (isTrail(parts)) return { title: parts[0].trim(), site: parts[parts.length - 1].trim() };
  const site = parts[parts.length - 1].trim();
  const title = parts.slice(0, -1).join(' - ').trim();
  const siteWords = site.split(/\s+/).length;
  if (siteWords > SETTINGS.siteNameMaxWords || title.split(/\s+/).length < siteWords + 2)
    return { title: text, site: null };
  return { title, site };
}

/**
 * The title is the first line that reads like a headline: up to 30 words, no sentence end
 * (a question or exclamation mark is allowed), within the first lines of the page.
 * Example: the seed's first line "Beijing Says China-Cambodia Crackdown … Is Showing Results".
 */
export function findTitle(lines: Line[], skip: (i: number) => boolean): TitleResult | null {
  for (let i = 0; i < Math.min(lines.length, SETTINGS.titleSearchLines); i++) {
    if (skip(i)) continue;
    const text = lines[i].text;
    const words = text.split(/\s+/).length;
    // Wire copy ends its headline with a full stop ("Lebanon sentences pro-Israeli warlord to
    // death."): allowed on the first line only, where nothing else can stand.
    // A headline stands above the article: once running text has begun, there is none to find.
    if (i > 0 && isProse(text)) break;
    const end = i === 0 && words <= SETTINGS.wireHeadlineMaxWords && !/^["“'‘`]/u.test(text) ? /[,;:]$/ : /[.,;:]$/;
    if (
      words < SETTINGS.titleMinWords ||
      words > SETTINGS.titleMaxWords ||
      end.test(text.replace(/["'”’`]+$/u, '')) ||
      !looksLikeHeadline(text) ||
      isDateline(text)
    )
      continue;
    const { title, site } = splitSiteName(text);
    return { title, publisher: site, line: i };
  }
  return null;
}

/**
 * A headline is words: not a table row ("id,name,price", tab-separated cells), not code
 * ("function f() {", "import x from 'y';"), not a link ("https://…").
 */
export function looksLikeHeadline(text: string): boolean {
  if ((text.match(/[,\t;|]/g)?.length ?? 0) >= 3 && !/\s[-–—|]\s/.test(text)) return false;
  if (/[{}<>=]|\(\)|^(?:import|export|const|let|var|function|def|class|public|private|#include|package)\b/.test(text))
    return false;
  if (/^(?:https?:\/\/|www\.)\S+$/.test(text)) return false;
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  return letters / text.replace(/\s/g, '').length >= 0.6;
}

const WIRE_MARK = String.raw`\((?:${AGENCIES.join('|')})\s*\)|\d{4}-\d{2}-\d{2}`;
// Only title candidates (at most 30 words) are tested, so the backtracking stays small.
const DATELINE_SHAPE = new RegExp(
  String.raw`^\p{Lu}[\p{Lu} .'’-]+(?:,\s*[\p{L} .,]+?)?(?:,?\s*\p{L}+\.?\s\d{1,2})?\s*(?:${WIRE_MARK})?\s*(?:_|--|-|—)?\s*$`,
  'u',
);
const DATELINE_MARK = new RegExp(String.raw`${WIRE_MARK}|\s(?:_|--)$`, 'u');

/** "NAIROBI, Kenya (AP) _", "WHISTLER, British Columbia 1996-12-06": a dateline, not a headline. */
export function isDateline(text: string): boolean {
  return DATELINE_SHAPE.test(text) && DATELINE_MARK.test(text);
}

/**
 * Pass: the title, the headline printed again below it (a page's <title> line, then its <h1>),
 * and a site name cut off the title only when the page shows that name elsewhere.
 */
export function titlePass(page: Page): void {
  const { lines } = page;
  const title = findTitle(lines, (i) => !isFree(page, i));
  if (!title) return;
  const free = (i: number): boolean => isFree(page, i);
  setVerdict(page, title.line, 'title', 'first-headline-line');
  // The headline printed again above the article (the page's <title> and its <h1>). The <h1>
  // has no site name: when the first line starts with it, it is the cleaner title.
  const headline = findHeadline(lines, title.line, free);
  const h1 = headline !== null ? lines[headline].text : null;
  const opensTitle = h1 !== null && normalizeLine(lines[title.line].text).startsWith(normalizeLine(h1));
  if (opensTitle && h1.length < title.title.length) title.title = h1;
  // A site name is split off only when the page names it elsewhere too (a footer, a byline
  // block, a logo line): "Title | Daily Courier" … "© 2024 Daily Courier".
  if (title.publisher && !siteNamedElsewhere(lines, title.line, title.publisher)) {
    if (!opensTitle) title.title = withoutTrail(lines[title.line].text);
    title.publisher = null;
  }
  // The page's own headline printing the colon part too ("Sham debunked: White House" above the
  // article) says it is the headline's: a site name is in the <title> only.
  const h1HasColonPart = opensTitle && normalizeLine(h1) === normalizeLine(title.title);
  if (!title.publisher && !h1HasColonPart) splitColonSite(lines, title);
  const key = normalizeLine(title.title);
  lines.forEach((l, i) => {
    if (i !== title.line && free(i) && normalizeLine(l.text) === key)
      setVerdict(page, i, 'boilerplate', 'title-repeat');
  });
  if (headline !== null && free(headline)) setVerdict(page, headline, 'boilerplate', 'title-repeat');
  page.titleLine = title.line;
  page.headline = headline;
  page.site = title.publisher;
  page.record.title = title.title;
  page.sources.title = {
    line: title.line,
    rule: headline !== null ? 'first-line-confirmed-by-headline' : 'first-headline-line',
  };
}

/**
 * "Daily Courier: Council Approves Plan": a colon splits off a site name only when the page
 * prints that name on a line of its own or after a ©; a headline's own colon ("Superbugs: The
 * Next Pandemic") stays.
 */
function splitColonSite(lines: Line[], title: TitleResult): void {
  const t = title.title;
  const colon = /^([^:]{2,40}):\s(.{10,})$/u.exec(t) ?? /^(.{10,}):\s+([^:]{2,40})$/u.exec(t);
  if (!colon) return;
  const leads = /^[^:]{2,40}:\s/u.test(t);
  const [site, rest] =
    leads && siteAsOwnLine(lines, title.line, colon[1])
      ? [colon[1], colon[2]]
      : siteAsOwnLine(lines, title.line, colon[2])
        ? [colon[2], colon[1]]
        : [null, null];
  if (site && rest) {
    title.title = rest.trim();
    title.publisher = site.trim();
  }
}

/**
 * The page's own headline (its <h1>) printed again below the <title> line: a later line, in the
 * first 70% of the page, with at least three words, that the title line starts with or equals.
 */
function findHeadline(lines: Line[], titleLine: number, free: (i: number) => boolean): number | null {
  const first = normalizeLine(lines[titleLine].text);
  for (let i = titleLine + 1; i < Math.ceil(lines.length * SETTINGS.headlineSearchShare); i++) {
    const t = normalizeLine(lines[i].text);
    if (free(i) && t.split(' ').length >= 3 && (first === t || first.startsWith(`${t} `))) return i;
  }
  return null;
}

/** The site name printed alone on a line, or after a © ("© 2025 Daily Courier. All rights reserved."). */
function siteAsOwnLine(lines: Line[], titleLine: number, site: string): boolean {
  const key = normalizeLine(site);
  const copyright = new RegExp(`^(?:©|\\(c\\)|copyright)\\s*(?:\\d{4}\\s*)?${escapeRegExp(key)}\\b`);
  return lines.some((l, i) => {
    if (i === titleLine) return false;
    const t = normalizeLine(l.text);
    return t === key || copyright.test(t);
  });
}

function siteNamedElsewhere(lines: Line[], titleLine: number, site: string): boolean {
  const key = normalizeLine(site);
  return lines.some((l, i) => i !== titleLine && normalizeLine(l.text).includes(key));
}

/**
 * Whether a part of the title line can be the site's name beside the final title: not the title
 * itself ("BBC - Future - Health - How a movie changed …", whose headline comes last), not a date
 * or a time ("Nov 6, 2012": data/stamps.ts), a section or an error page (NOT_A_SITE_NAME), not a
 * sentence (three or more lower-case function words: "It's hot, but that doesn't stop the
 * knitting"). On the 2,904 training pages this left out 53 of the 1,564 publishers the title lines
 * gave, and 58 more were replaced by another rule's, mostly the right site.
 */
export function isSiteName(site: string, title: string | null): boolean {
  const key = normalizeLine(site);
  if (!/\p{L}/u.test(key) || NOT_A_SITE_NAME.test(key) || hasStamp(key)) return false;
  if (title && key.includes(normalizeLine(title))) return false;
  const functionWords = site.split(/\s+/).filter((w) => ENGLISH_FUNCTION_WORDS.has(w)).length;
  return functionWords < 3;
}

// "CNN.com", "NYTimes.com", "BreakTheChain.org": a part of a title line that is a web address.
const DOMAIN = /\.(?:com|org|net|gov|edu|co\.uk|com\.au)$/i;

/**
 * The headline in a title line that the page confirms nowhere else, once its other parts are
 * known not to be headline: a date ("… - Aug 29, 2005"), a web address ("CNN.com - …"), a
 * section ("… - U.S. & World") or the publisher found elsewhere, each of at most five words, on
 * either side ("CNN.com - Expert: Katrina could unleash disaster - Aug 29, 2005" → "Expert:
 * Katrina could unleash disaster"). The line stays whole unless one part of three words or more
 * is left. Tried: any part the page prints elsewhere (the page's own headline is printed again
 * too: "Go Vote! - ShoeMoney Internet Marketing Blog" lost its headline).
 */
export function headlineOfTitleLine(line: string, publisher: string | null): string {
  const parts = titleParts(line);
  if (parts.length < 2) return line;
  const site = publisher ? normalizeLine(publisher) : null;
  const notHeadline = (p: string): boolean => {
    if (p.split(/\s+/).length > SETTINGS.siteNameMaxWords) return false;
    const key = normalizeLine(p);
    return hasStamp(p) || DOMAIN.test(p) || NOT_A_SITE_NAME.test(key) || key === site;
  };
  const rest = parts.filter((p) => !notHeadline(p));
  return rest.length === 1 && rest[0].split(/\s+/).length >= 3 ? rest[0] : line;
}

/** A line's words alone, for comparing a title line's part with what the page prints. */
export const wordsKey = (text: string): string => wordsOf(normalizeLine(text)).join(' ');

/**
 * The page's own headline for a title line, printed alone right above the article (`near`: those
 * lines): "BBC News - US media boycott of Eric Holder meeting" over a page whose <h1> is "US media
 * boycott of Eric Holder meeting". The line is compared by its words ("Target: Spitzer" prints the
 * part "Target Spitzer"), and may open with a kicker of up to five words ("History mystery: What
 * became of the ground zero flag?" for the part "What became of the ground zero flag?", four words
 * or more). Of the parts printed so, not a date, the longest wins: the site's name and the section
 * are printed alone in the head too ("THE ASAHI SHIMBUN" under its headline), and are shorter than
 * a headline; two of the same length say nothing. Nearness matters: a site's name stands alone in
 * its header too ("Real Time Brussels"), far above. Returns the line as the page prints it.
 */
export function partPrintedNear(line: string, near: string[]): string | null {
  const words = (p: string): number => p.split(/\s+/).length;
  const all = titleParts(line);
  const parts = all.filter((p) => words(p) >= 2 && !hasStamp(p) && p !== line).sort((a, b) => words(b) - words(a));
  // The title line printed again whole is no headline of its own.
  const whole = wordsKey(line);
  const lines = near.map((text) => ({ text, key: wordsKey(text) })).filter((l) => l.key !== whole);
  const printed = (p: string): string | null => {
    const key = wordsKey(p);
    const same = lines.find((l) => l.key === key);
    if (same) return same.text;
    if (words(p) < 4) return null;
    // The kicker holds no other part of the title line: "Home Ideas Sustainable Style : Rebuilding
    // …" is a breadcrumb over "Sustainable Style : Rebuilding …".
    const others = all.filter((q) => q !== p).map(wordsKey);
    const kicked = lines.find((l) => {
      if (!l.key.endsWith(` ${key}`) || words(l.key) - words(key) > SETTINGS.siteNameMaxWords) return false;
      const kicker = l.key.slice(0, -key.length);
      return !others.some((o) => kicker.includes(o));
    });
    return kicked?.text ?? null;
  };
  const found = parts.map((p) => ({ p, text: printed(p) })).filter((f) => f.text !== null);
  if (!found.length || (found.length > 1 && words(found[1].p) === words(found[0].p))) return null;
  return found[0].text;
}
