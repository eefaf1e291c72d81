import { fmtDay, isValid, weekday } from '../calendar.js';
import { MONTH_RE, WEEKDAYS, WEEKDAY_RE, monthNumber } from '../lexicon.js';
import { inferYear } from '../resolve.js';
import type { DateRule, Groups, RuleContext, TimexValue } from '../rule.js';

/**
 * The year of a day given without one. A weekday given with it settles the year: "Monday,
 * Oct. 26" near 1998 is 1998-10-26, a Monday, whatever the verb says.
 */
function yearOf(mo: number, d: number, dayName: string | undefined, ctx: RuleContext): number {
  const guess = inferYear(mo, d, ctx);
  if (!dayName) return guess;
  const dow = WEEKDAYS[dayName.toLowerCase()];
  const fits = [guess, ctx.ref.y, ctx.ref.y - 1, ctx.ref.y + 1].find(
    (y) => isValid({ y, m: mo, d }) && weekday({ y, m: mo, d }) === dow,
  );
  return fits ?? guess;
}

/** A day's value; the year stated, or inferred (settled by the weekday when one is given). */
function dayValue(
  mo: number,
  d: number,
  year: string | undefined,
  dayName: string | undefined,
  ctx: RuleContext,
): TimexValue | null {
  const y = year ? Number(year) : yearOf(mo, d, dayName, ctx);
  if (!isValid({ y, m: mo, d })) return null;
  return { type: 'DATE', value: fmtDay({ y, m: mo, d }), inferred: !year };
}

/**
 * Month-day dates with or without a year: "January 19", "Jan. 19, 2026", "Friday, July 21, 2017".
 * Without a year the year is inferred ("told reporters on January 19" → 2026-01-19, inferred).
 */
export const monthDayYear: DateRule = {
  name: 'month-day-year',
  pattern: new RegExp(
    `\\b(?:(?<weekday>${WEEKDAY_RE}),?\\s+)?(?<month>${MONTH_RE})\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(?<year>\\d{4})\\b)?`,
    'giu',
  ),
  value: (g, ctx) => dayValue(monthNumber(g.month!), Number(g.day), g.year, g.weekday, ctx),
};

/** Day-month dates, as British and most non-US papers write them: "19 January 2026", "3 March". */
export const dayMonthYear: DateRule = {
  name: 'day-month-year',
  pattern: new RegExp(
    `\\b(?:(?<weekday>${WEEKDAY_RE}),?\\s+)?(?<day>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<month>${MONTH_RE})(?:,?\\s+(?<year>\\d{4}))?\\b`,
    'giu',
  ),
  value: (g, ctx) => dayValue(monthNumber(g.month!), Number(g.day), g.year, g.weekday, ctx),
};

/** ISO dates as feeds and scrapers write them: "2026-01-19", "2026/01/19". */
export const isoDate: DateRule = {
  name: 'iso-date',
  pattern: /\b(?<year>\d{4})[-/](?<month>\d{2})[-/](?<day>\d{2})\b/gu,
  value(g) {
    const v = { y: Number(g.year), m: Number(g.month), d: Number(g.day) };
    return isValid(v) ? { type: 'DATE', value: fmtDay(v) } : null;
  },
};

/**
 * Numeric dates "01/19/2026" (US order) or "19/01/2026" (day first when the first number
 * cannot be a month). When both orders are possible, slashes take the US order and dots the day
 * first: "12.04.2004" is how Germany, Russia or Poland write 12 April (the US writes no dots).
 */
export const slashDate: DateRule = {
  name: 'slash-date',
  pattern: /\b(?<first>\d{1,2})(?<sep>[/.])(?<second>\d{1,2})\k<sep>(?<year>\d{4})\b/gu,
  value(g, ctx) {
    let a = Number(g.first),
      b = Number(g.second);
    const dayFirst = a > 12 || (b <= 12 && (openDayFirst(ctx.sentence, g) ?? false));
    if (dayFirst && b <= 12) [a, b] = [b, a];
    const v = { y: Number(g.year), m: a, d: b };
    return isValid(v) ? { type: 'DATE', value: fmtDay(v) } : null;
  },
};

/**
 * The day order of an open numeric date, where the weekday beside it fits one order only:
 * "Tuesday, 11.06.2012" is 6 November (11 June 2012 was a Monday), though dots most often write
 * the day first. Null when the text names no weekday, or both orders fit it.
 */
function weekdaySays(text: string, n: Groups): boolean | null {
  const named = WEEKDAY_NAME.exec(text)?.[0].toLowerCase();
  if (named === undefined) return null;
  const fits = (m: string | undefined, d: string | undefined): boolean =>
    weekday({ y: Number(n.year), m: Number(m), d: Number(d) }) === WEEKDAYS[named];
  const monthFirst = fits(n.first, n.second);
  const dayFirst = fits(n.second, n.first);
  return monthFirst === dayFirst ? null : dayFirst;
}
const WEEKDAY_NAME = new RegExp(`\\b${WEEKDAY_RE}\\b`, 'i');

/**
 * Whether a numeric date both orders fit ("03/04/2024") reads day first: as the weekday beside it
 * says, else as whatever else tells (`told`: the page's other dates, asked only when needed), else
 * day first when written with dots; null when nothing tells (slashes then read month first).
 */
export function openDayFirst(text: string, n: Groups, told: () => boolean | null = () => null): boolean | null {
  return weekdaySays(text, n) ?? told() ?? (n.sep === '.' ? true : null);
}
