import { fmtYear } from '../calendar.js';
import type { DateRule } from '../rule.js';
import { alternation } from '../../data/vocab.js';

const YEAR_MODIFIERS = [
  'fiscal',
  'calendar',
  'model',
  'early',
  'mid',
  'late',
  'the end of',
  'the start of',
  'the beginning of',
  'the middle of',
  'the first half of',
  'the second half of',
];
// "1998 shares", "2000 people": a count, not a year.
const COUNTED_NOUNS = [
  'percent',
  'per cent',
  'shares',
  'people',
  'miles',
  'km',
  'tons',
  'units',
  'barrels',
  'points',
  'feet',
  'meters',
  'votes',
  'dollars',
  'yuan',
  'euros',
  'pounds',
];

// An earlier year is read only after a word that places it in time: "independence from Spain in
// 1898", "a border drawn since 1815"; alone, or "around 1500", it is as often a count. Of 266 on
// the training pages, one was a count.
const BEFORE_OLD_YEAR = ['in', 'since', 'until', 'from', 'by', 'circa', 'year'];

/**
 * A year: "in 1998", "fiscal 1997", "early 2019", "the end of 2001", "mid-1990". Four digits from
 * 1900 to 2099 that are not an amount ("$1998", "1998 shares", "1,998"); from 1000 to 1899 after
 * a word of time ("in 1898").
 */
export const yearNumber: DateRule = {
  name: 'year',
  pattern: new RegExp(
    String.raw`(?<![\d$€£.,-])\b(?:${alternation(YEAR_MODIFIERS)}[- ])?` +
      String.raw`(?<year>(?:19|20)\d{2}|(?<=\b(?:${alternation(BEFORE_OLD_YEAR)})\s)1[0-8]\d{2})\b` +
      String.raw`(?![\d%]|[.,]\d|-\d|\s+${alternation(COUNTED_NOUNS)}\b)`,
    'giu',
  ),
  value(g) {
    return { type: 'DATE', value: fmtYear(Number(g.year)) };
  },
};

/**
 * Decades and centuries: "the 1990s" → 199, "the '80s" → 198, "the 20th century" → 19. TimeML
 * writes a decade by its first three digits, as "the nineties" is written (named-periods.ts).
 */
export const decade: DateRule = {
  name: 'decade',
  pattern:
    /\b(?:the\s+)?(?:(?:early|mid|late)[- ])?(?:(?<century>1[89]|20)(?<decade>\d)0s|'(?<short>\d)0s|(?<ordinal>\d{1,2})(?:st|nd|rd|th) century)\b/giu,
  value(g) {
    if (g.ordinal) return { type: 'DATE', value: String(Number(g.ordinal) - 1).padStart(2, '0') };
    if (g.short) return { type: 'DATE', value: `19${g.short}` };
    return { type: 'DATE', value: `${g.century}${g.decade}` };
  },
};
