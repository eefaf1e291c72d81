import { MONTH_RE, WEEKDAYS, WEEKDAY_RE, monthNumber } from '../lexicon.js';
import type { DateRule } from '../rule.js';

const ADVERBS: Record<string, string> = {
  daily: 'P1D',
  weekly: 'P1W',
  monthly: 'P1M',
  annually: 'P1Y',
  yearly: 'P1Y',
  quarterly: 'P3M',
  hourly: 'PT1H',
  nightly: 'P1D',
};
const UNIT: Record<string, string> = {
  day: 'P1D',
  week: 'P1W',
  month: 'P1M',
  year: 'P1Y',
  quarter: 'P3M',
  hour: 'PT1H',
  night: 'P1D',
  morning: 'P1D',
};

/** Repeated times: "every Monday" → XXXX-WXX-1, "each July" → XXXX-07, "every year"/"a year" (rate) → P1Y, "daily" → P1D. */
export const setExpression: DateRule = {
  name: 'set',
  pattern: new RegExp(
    `\\b(?:(?:every|each)\\s+(?:(?<month>${MONTH_RE})(?!\\s+\\d)|(?<every>${WEEKDAY_RE}|day|week|month|year|quarter|hour|night` +
      `|morning))|(?<adverb>daily|weekly|monthly|annually|yearly|quarterly|hourly|nightly)|(?:per` +
      `|a)\\s+(?<per>year|month|week|day)(?=\\s*[,.;)]` +
      `|\\s+(?:and|or|for|in|on|to|at|from)\\b))\\b`,
    'giu',
  ),
  value(g) {
    // "China Daily Brief", "Weekly Standard": a capitalised adverb is part of a name.
    if (g.adverb && /^\p{Lu}/u.test(g.adverb)) return null;
    if (g.adverb) return { type: 'SET', value: ADVERBS[g.adverb.toLowerCase()] };
    // "each July": the month in every year.
    if (g.month) return { type: 'SET', value: `XXXX-${String(monthNumber(g.month)).padStart(2, '0')}` };
    const w = (g.every ?? g.per)!.toLowerCase();
    if (w in WEEKDAYS) return { type: 'SET', value: `XXXX-WXX-${WEEKDAYS[w] || 7}` };
    return { type: 'SET', value: UNIT[w] };
  },
};
