import type { Line, Timestamp } from '../types.js';
import { findDates } from '../dates/find.js';
import { parseYmd } from '../dates/calendar.js';
import { openDayFirst } from '../dates/rules/explicit-date.js';
import { alternation } from '../data/vocab.js';
import { isFree, setVerdict, type Page } from '../page.js';
import { SETTINGS } from '../settings.js';

export interface DatelineResult {
  value: string;
  line: number;
  stamp: Timestamp;
}

// Zones written as fixed offsets: the name says which half of the year it is.
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
  Z: '+00:00',
  BST: '+01:00',
  CET: '+01:00',
  CEST: '+02:00',
  IST: '+05:30',
  JST: '+09:00',
  AEST: '+10:00',
  AEDT: '+11:00',
};
// "ET", "PT": a region's clock, in summer or winter time by the day and hour. The offset comes
// from the time-zone database (Intl), not a rule of thumb: daylight time began on 10 March 2024,
// so "March 9, 2024 9:05 pm ET" is -05:00.
const REGION_ZONES: Record<string, string> = {
  ET: 'America/New_York',
  CT: 'America/Chicago',
  MT: 'America/Denver',
  PT: 'America/Los_Angeles',
};
// A time of day on the date line, with its zone: "9:24 pm ET", "10:42", "04:29 AM EST", "19:14 GMT".
const ZONE = `(?:${alternation([...Object.keys(REGION_ZONES), ...Object.keys(OFFSETS)])}|[+-]\\d{2}:?\\d{2})`;
const TIME = new RegExp(
  String.raw`\b(?<hour>\d{1,2}):(?<minute>\d{2})(?::\d{2})?(?:\s*(?<half>[ap])\.?m\.?)?(?:\s+(?<zone>${ZONE}))?\b`,
  'i',
);
const EXPLICIT = new Set(['month-day-year', 'day-month-year', 'iso-date', 'slash-date']);
export const UPDATED = /^(?:updated|last updated|last modified|modified|edited)\b/i;
export const LABELLED_DATE_LINE = /^(?:published|first published|posted|date|released)\b/i;
// "2019-11-18T20:51:19Z", "2019-11-18T20:51:19.000+01:00": a machine stamp printed on the page.
const ISO_STAMP =
  /\b(?<y>\d{4})-(?<mo>\d{2})-(?<d>\d{2})[T ](?<h>\d{2}):(?<mi>\d{2})(?::\d{2}(?:\.\d+)?)?(?<z>Z|[+-]\d{2}:?\d{2})?(?![\d:])/;
// "11/19/19 06:56 AM": a date with a two-digit year, as US sites print it.
const SHORT_YEAR = /(?<![\d/.])(?<first>\d{1,2})\/(?<second>\d{1,2})\/(?<yy>\d{2})(?![\d/])/;

/** The UTC offset a zone name gives on a day at a local time, as "+HH:MM". */
export function offsetOf(zone: string | undefined, day: string, hhmm = '12:00'): string | null {
  if (!zone) return null;
  const z = zone.toUpperCase();
  if (/^[+-]\d{2}:?\d{2}$/.test(z)) return z.includes(':') ? z : `${z.slice(0, 3)}:${z.slice(3)}`;
  const region = REGION_ZONES[z];
  if (region) return regionOffset(region, day, hhmm);
  return OFFSETS[z] ?? null;
}

/** A region's offset from UTC at a local day and time, from the time-zone database. */
function regionOffset(timeZone: string, day: string, hhmm: string): string | null {
  const [y, m, d] = day.split('-').map(Number);
  const [h, mi] = hhmm.split(':').map(Number);
  if (!y || !m || !d) return null;
  const local = Date.UTC(y, m - 1, d, h, mi);
  // The offset at an instant: read the region's clock at that instant and compare.
  const at = (utc: number): number => {
    const parts = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    }).formatToParts(new Date(utc));
    const get = (t: string): number => Number(parts.find((p) => p.type === t)?.value);
    return (Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute')) - utc) / 60000;
  };
  // The local time minus a first guess of the offset gives the instant; its offset is the answer.
  const offset = at(local - at(local) * 60000);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** A date line's timestamp: the day, the time when one is given, its precision and offset. */
export const stampOfLine = (text: string, day: string): Timestamp => stampOf(text, day, false);

function stampOf(text: string, day: string, ambiguous: boolean): Timestamp {
  const iso = ISO_STAMP.exec(text)?.groups;
  if (iso && `${iso.y}-${iso.mo}-${iso.d}` === day) {
    const value = `${day}T${iso.h}:${iso.mi}`;
    return { value, precision: 'minute', utcOffset: offsetOf(iso.z, day, `${iso.h}:${iso.mi}`), ambiguous };
  }
  const t = TIME.exec(text)?.groups;
  if (!t) return { value: day, precision: 'day', utcOffset: null, ambiguous };
  let h = Number(t.hour);
  if (t.half) h = (h % 12) + (t.half.toLowerCase() === 'p' ? 12 : 0);
  if (h > 23 || Number(t.minute) > 59) return { value: day, precision: 'day', utcOffset: null, ambiguous };
  const hhmm = `${String(h).padStart(2, '0')}:${t.minute}`;
  return { value: `${day}T${hhmm}`, precision: 'minute', utcOffset: offsetOf(t.zone, day, hhmm), ambiguous };
}

/**
 * The day a date line states: a date written out in full ("Nov 19, 2019", "19 November 2019"), an
 * ISO stamp ("2019-11-18T20:51:19Z"), or a US date with a two-digit year ("11/19/19 06:56 AM").
 * A day after `notAfter` (the input's reference date) is none.
 */
export function dayOfLine(text: string, notAfter: string | null): { value: string; text: string } | null {
  const iso = ISO_STAMP.exec(text)?.groups;
  if (iso) {
    const v = `${iso.y}-${iso.mo}-${iso.d}`;
    if (parseYmd(v) && (!notAfter || v <= notAfter)) return { value: v, text: v };
  }
  // The line alone: folding and splitting the whole text for every line cost quadratic time.
  const found = findDates(text, '1970-01-01');
  // "January 1, 1970" is an empty timestamp, not a date anyone published on.
  // Only a date written out in full: "closed yesterday" is no date line, whatever day it gives.
  const day = found.find(
    (m) =>
      EXPLICIT.has(m.rule ?? '') &&
      !m.yearInferred &&
      /^\d{4}-\d{2}-\d{2}$/.test(m.value ?? '') &&
      m.value !== '1970-01-01',
  );
  if (day?.value) return !notAfter || day.value <= notAfter ? { value: day.value, text: day.text } : null;
  const short = SHORT_YEAR.exec(text)?.groups;
  if (short) {
    const v = `${centuryOf(short.yy, notAfter)}${short.yy}-${short.first.padStart(2, '0')}-${short.second.padStart(2, '0')}`;
    if (parseYmd(v) && (!notAfter || v <= notAfter)) return { value: v, text: short.first };
  }
  return null;
}

/**
 * The century of a two-digit year: this one, unless that puts the date more than a year after the
 * reference date (or today, without one): "11/13/91" is 1991, "11/19/19" 2019 ("11/13/91" was
 * 2091 before, "03/09/99" 2099).
 */
function centuryOf(yy: string, notAfter: string | null): string {
  const latest = (notAfter ? Number(notAfter.slice(0, 4)) : new Date().getUTCFullYear()) + 1;
  return 2000 + Number(yy) > latest ? '19' : '20';
}

/**
 * A line's day in the page's own order where its numbers leave it open ("03/04/2024"): the
 * weekday beside it, else the page's other numeric dates (`pageOrder`, see dayFirstPage), else,
 * written with dots, the day first; slashes stay month first and `ambiguous`.
 */
export function inPageOrder(
  text: string,
  day: { value: string; text: string },
  pageOrder: () => boolean | null,
): { value: string; ambiguous: boolean } {
  const n = /^(?<first>\d{1,2})(?<sep>[/.])(?<second>\d{1,2})[/.](?<year>\d{4})$/.exec(day.text)?.groups;
  if (!n || Number(n.first) > 12 || Number(n.second) > 12 || n.first === n.second)
    return { value: day.value, ambiguous: false };
  const first = openDayFirst(text, n, pageOrder);
  const [m, d] = first ? [n.second, n.first] : [n.first, n.second];
  return { value: `${n.year}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`, ambiguous: first === null };
}

/** A page's day order, read once: "03/04/2024" on a page that also prints "14/09/2011" is 3 April. */
export function pageDayOrder(lines: Line[]): () => boolean | null {
  let order: boolean | null | undefined;
  return () => (order === undefined ? (order = dayFirstPage(lines)) : order);
}

/**
 * The page's day order where numbers leave it open ("03/04/2024"): another numeric date of the
 * page with a first part over 12 says day first, a second part over 12 says month first; null
 * when none tells (inPageOrder then reads dots day first, as Germany, Russia or Argentina write).
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
  const pageOrder = pageDayOrder(lines);
  for (let i = 0; i < Math.min(limit, lines.length) && !(published && updated && others.length >= 3); i++) {
    const line = lines[i];
    if (line.text.split(/\s+/).length > SETTINGS.dateLineMaxWords) continue;
    const day = dayOfLine(line.text, notAfter);
    if (!day) continue;
    const { value, ambiguous } = inPageOrder(line.text, day, pageOrder);
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
