import type { DateRule } from '../rule.js';
import { MONTH_RE, monthNumber } from '../lexicon.js';
import { fmtMonth } from '../calendar.js';

const TENS: Record<string, number> = {
  ten: 10,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const ONES: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
};

/**
 * Years as broadcast transcripts spell them: "nineteen ninety-six" → 1996, "the year two
 * thousand" → 2000, "two thousand and one" → 2001, and with a month before
 * them, "January nineteen ninety-seven" → 1997-01 (the month alone would take the reference's year).
 */
export const spelledYear: DateRule = {
  name: 'spelled-year',
  pattern: new RegExp(
    String.raw`\b(?:(?<month>` +
      MONTH_RE +
      String.raw`),? (?:of )?)?(?:(?<century>nineteen|eighteen) (?<tens>ten|twenty|thirty|forty|fifty|sixty|seventy` +
      String.raw`|eighty|ninety)(?:-(?<ones>one|two|three|four|five|six|seven|eight|nine))?` +
      String.raw`|(?:the year )?two thousand(?: and)?(?: (?<ones2>one|two|three|four|five|six|seven|eight|nine))?)\b`,
    'giu',
  ),
  value(g, _ctx, m) {
    // "two thousand" alone is more often a count ("two thousand sheep"): a year only as "the year
    // two thousand" or after a month.
    if (!g.century && !g.month && !/^the year/i.test(m[0])) return null;
    const y = g.century
      ? (g.century.toLowerCase() === 'nineteen' ? 1900 : 1800) +
        TENS[g.tens!.toLowerCase()] +
        (g.ones ? ONES[g.ones.toLowerCase()] : 0)
      : 2000 + (g.ones2 ? ONES[g.ones2.toLowerCase()] : 0);
    const month = g.month ? monthNumber(g.month) : undefined;
    return { type: 'DATE', value: month ? fmtMonth(y, month) : String(y) };
  },
};
