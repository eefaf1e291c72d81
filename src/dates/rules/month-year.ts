import { fmtMonth } from '../calendar.js';
import { MONTH_RE, WEEKDAY_RE, monthNumber } from '../lexicon.js';
import { inferMonthYear } from '../resolve.js';
import type { DateRule, Tense } from '../rule.js';

const MARCH_EVENT = /^\s+(?:for|on|of|against|to)\s+\p{Lu}/u;
const THEN_A_DAY = new RegExp(String.raw`^\s+\w+\s+(?:${MONTH_RE}|${WEEKDAY_RE})\b`, 'iu');
const isMarchEvent = (rest: string): boolean => MARCH_EVENT.test(rest) && !THEN_A_DAY.test(rest);

/**
 * A month, with or without its year: "January 2026", "Nov. 1998", "late November", "in March",
 * "last May" → a month value (YYYY-MM). Without a year the year is inferred.
 */
export const monthYear: DateRule = {
  name: 'month-year',
  pattern: new RegExp(
    `\\b(?:(?<modifier>last|next|this|early|mid|late|the end of|the beginning of|the start of` +
      `|the middle of)[- ])?(?<month>${MONTH_RE})(?:,?\\s+(?:of\\s+)?(?<year>\\d{4}))?(?!\\w)` +
      // A day after the month makes it a day ("last Oct. 23"), the explicit-date rules' to read.
      `(?!\\s+\\d{1,2}(?:st|nd|rd|th)?\\b)`,
    'giu',
  ),
  value(g, ctx, m) {
    const { modifier, year } = g;
    const name = g.month!;
    const which = modifier?.toLowerCase();
    const word = name.toLowerCase().replace('.', '');
    // Lower-case "march", "august" are other words.
    if (!/^\p{Lu}/u.test(name) && !year) return null;
    // "Jan Kavan", "Mar" alone: an abbreviation needs its period, a day or a year.
    if (!year && word.length <= 4 && !name.endsWith('.') && !['may', 'june', 'july'].includes(word)) return null;
    // "May" is a modal verb far more often than a month: alone it counts only after a
    // preposition or with a modifier.
    if (word === 'may' && !year && !modifier) {
      const before = m.input.slice(Math.max(0, m.index - 12), m.index);
      if (!/\b(?:in|of|since|until|by|through|from)\s$/i.test(before)) return null;
    }
    // "the March for Life", "the March on Washington": a capitalised march is an event's name
    // ("March to August" is two months).
    if (word === 'march' && !year && !modifier && isMarchEvent(m.input.slice(m.index + m[0].length))) return null;
    const mo = monthNumber(name);
    if (year) return { type: 'DATE', value: fmtMonth(Number(year), mo) };
    // "last May" is the May before the reference month, "next May" the one after.
    const tense: Tense = which === 'last' ? 'past' : which === 'next' ? 'future' : ctx.tense;
    let y = inferMonthYear(mo, { ...ctx, tense });
    if (which === 'last' && mo === ctx.ref.m) y -= 1;
    if (which === 'next' && mo === ctx.ref.m) y += 1;
    return { type: 'DATE', value: fmtMonth(y, mo), inferred: true };
  },
};
