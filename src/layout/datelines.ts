import type { Line, Timestamp } from '../types.js';
import { findDates } from '../dates/find.js';
import { alternation } from '../data/vocab.js';
import { isFree, setVerdict, type Page } from '../page.js';
import { SETTINGS } from '../settings.js';

export interface DatelineResult {
  value: string;
  line: number;
  stamp: Timestamp;
}

const OFFSETS: Record<string, string> = {
  EST: '-05:00',
  EDT: '-04:00',
  CST: '-06:00',
  CDT: '-05:00',
  MST: '-07:00',
  MDT: '-06:00',
  PST: '-08:00',
  PDT: '-07:00',
  GMT: '+00:00',
  UTC: '+00:00',
  BST: '+01:00',
  CET: '+01:00',
  CEST: '+02:00',
  IST: '+05:30',
  JST: '+09:00',
  AEST: '+10:00',
  AEDT: '+11:00',
};
// "ET", "PT": the US zone, in summer or winter time by the date (second Sunday of March to first
// Sunday of November, near enough for a date line).
const US_ZONES: Record<string, [string, string]> = {
  ET: ['-05:00', '-04:00'],
  CT: ['-06:00', '-05:00'],
  MT: ['-07:00', '-06:00'],
  PT: ['-08:00', '-07:00'],
};
// A time of day on the date line, with its zone: "9:24 pm ET", "10:42", "04:29 AM EST", "19:14 GMT".
const ZONE = `(?:${alternation([...Object.keys(US_ZONES), ...Object.keys(OFFSETS)])}|[+-]\\d{2}:?\\d{2})`;
const TIME = new RegExp(
  String.raw`\b(?<hour>\d{1,2}):(?<minute>\d{2})(?:\s*(?<half>[ap])\.?m\.?)?(?:\s+(?<zone>${ZONE}))?\b`,
  'i',
);
const EXPLICIT = new Set(['month-day-year', 'day-month-year', 'iso-date', 'slash-date']);
const UPDATED = /^(?:updated|last updated|last modified|modified|edited)\b/i;
export const LABELLED_DATE_LINE = /^(?:published|first published|posted|date|released)\b/i;

function offsetOf(zone: string | undefined, date: string): string | null {
  if (!zone) return null;
  const z = zone.toUpperCase();
  if (/^[+-]\d{2}:?\d{2}$/.test(z)) return z.includes(':') ? z : `${z.slice(0, 3)}:${z.slice(3)}`;
  if (US_ZONES[z]) {
    const [, m, d] = date.split('-').map(Number);
    const summer = (m > 3 && m < 11) || (m === 3 && d >= 8) || (m === 11 && d < 7);
    return US_ZONES[z][summer ? 1 : 0];
  }
  return OFFSETS[z] ?? null;
}

/** A date line's timestamp: the day, the time when one is given, its precision and offset. */
function stampOf(text: string, day: string, ambiguous: boolean): Timestamp {
  const t = TIME.exec(text)?.groups;
  if (!t) return { value: day, precision: 'day', utcOffset: null, ambiguous };
  let h = Number(t.hour);
  if (t.half) h = (h % 12) + (t.half.toLowerCase() === 'p' ? 12 : 0);
  const value = `${day}T${String(h).padStart(2, '0')}:${t.minute}`;
  return { value, precision: 'minute', utcOffset: offsetOf(t.zone, day), ambiguous };
}

/**
 * The page's day order where numbers leave it open ("03/04/2024"): another numeric date of the
 * page with a first part over 12 says day first, a second part over 12 says month first.
 */
function dayFirstPage(lines: Line[]): boolean | null {
  for (const l of lines) {
    for (const m of l.text.matchAll(/\b(?<first>\d{1,2})[/.](?<second>\d{1,2})[/.]\d{4}\b/g)) {
      if (Number(m.groups!.first) > 12) return true;
      if (Number(m.groups!.second) > 12) return false;
    }
  }
  return null;
}

/**
 * The article's own date lines near the top: "Friday, July 21, 2017", "Nov 18, 2019 at 9:24 pm ET •
 * 2 min read", "Posted on March 30, 2015 by Admin", "NAIROBI 1996-08-22". Only a date with a stated
 * year counts. A line that says "Updated" gives `updated`; the first other one `published`. A date
 * after the reference date (a comment's, a "next event" box) loses.
 */
export function findDatelines(
  lines: Line[],
  limit: number,
  notAfter: string | null = null,
): { published: DatelineResult | null; updated: DatelineResult | null; others: number[] } {
  let published: DatelineResult | null = null;
  let updated: DatelineResult | null = null;
  const others: number[] = [];
  let dayFirst: boolean | null | undefined;
  for (let i = 0; i < Math.min(limit, lines.length) && !(published && updated && others.length >= 3); i++) {
    const line = lines[i];
    if (line.text.split(/\s+/).length > SETTINGS.dateLineMaxWords) continue;
    // The line alone: folding and splitting the whole text for every line cost quadratic time.
    const found = findDates(line.text, '1970-01-01');
    // "January 1, 1970" is an empty timestamp, not a date anyone published on.
    // Only a date written out in full: "closed yesterday" is no date line, whatever day it gives.
    const day = found.find(
      (m) =>
        EXPLICIT.has(m.rule ?? '') &&
        !m.yearInferred &&
        /^\d{4}-\d{2}-\d{2}$/.test(m.value ?? '') &&
        m.value !== '1970-01-01',
    );
    if (!day?.value || (notAfter && day.value > notAfter)) continue;
    let value = day.value;
    let ambiguous = false;
    const numeric = /^(?<first>\d{1,2})[/.](?<second>\d{1,2})[/.](?<year>\d{4})$/.exec(day.text)?.groups;
    if (numeric && Number(numeric.first) <= 12 && Number(numeric.second) <= 12 && numeric.first !== numeric.second) {
      dayFirst ??= dayFirstPage(lines);
      if (dayFirst === null) ambiguous = true;
      else if (dayFirst) value = `${numeric.year}-${numeric.second.padStart(2, '0')}-${numeric.first.padStart(2, '0')}`;
    }
    const result = { value, line: i, stamp: stampOf(line.text, value, ambiguous) };
    const isUpdate = UPDATED.test(line.text.trim());
    if (isUpdate && !updated) updated = result;
    else if (!published && !isUpdate) published = result;
    else if (others.length < 3) others.push(i); // the candidates the published date beat
  }
  return { published, updated, others };
}

/**
 * Pass: the published and updated dates from the date lines near the top. A date after the
 * input's own reference date (a comment's, a "next event" box) is not the article's.
 */
export function dateLinesPass(page: Page): void {
  const { lines } = page;
  const limit = Math.min(
    lines.length,
    Math.max(SETTINGS.dateLineMinLines, Math.ceil(lines.length * SETTINGS.dateLineShare)),
  );
  const { published, updated, others } = findDatelines(lines, limit, page.options.refDate ?? null);
  const takes = (i: number): boolean => isFree(page, i) || lines[i].verdict?.reason === 'timestamp';
  if (published && takes(published.line)) setVerdict(page, published.line, 'dateline', 'date-near-top');
  if (updated && takes(updated.line)) setVerdict(page, updated.line, 'dateline', 'updated-line');
  page.record.published = published?.value ?? null;
  page.record.updated = updated?.value ?? null;
  page.stamps = { published: published?.stamp ?? null, updated: updated?.stamp ?? null };
  if (published) {
    const rule = LABELLED_DATE_LINE.test(lines[published.line].text.trim()) ? 'labelled-date-line' : 'date-near-top';
    page.sources.published = { line: published.line, rule };
    page.dateAlternatives = others;
  }
  if (updated) page.sources.updated = { line: updated.line, rule: 'labelled-date-line' };
}
