import { addDays, addMonths, fmtMonth, fmtWeek, fmtYear, quarterOf } from '../calendar.js';
import { SEASONS } from '../lexicon.js';
import type { DateRule } from '../rule.js';

const SHIFT: Record<string, number> = {
  last: -1,
  past: -1,
  previous: -1,
  prior: -1,
  this: 0,
  current: 0,
  next: 1,
  coming: 1,
  following: 1,
  'earlier this': 0,
  'later this': 0,
  'earlier last': -1,
  'later last': -1,
  'the past': -1,
  'the previous': -1,
  'the next': 1,
  'the coming': 1,
  'the current': 0,
  'the same': 0,
  'early next': 1,
  'late last': -1,
  'early this': 0,
  'late this': 0,
  'earlier in the': 0,
  'later in the': 0,
};

// The shift words in the order they are tried: two-word forms before the one-word forms they start with.
const WHICH = [
  'earlier this',
  'later this',
  'earlier last',
  'later last',
  'early next',
  'late last',
  'early this',
  'late this',
  'earlier in the',
  'later in the',
  'the past',
  'the previous',
  'the next',
  'the coming',
  'the current',
  'last',
  'past',
  'previous',
  'prior',
  'this',
  'current',
  'next',
  'coming',
  'following',
];
const UNITS = [
  'week',
  'weekend',
  'month',
  'year',
  'quarter',
  'spring',
  'summer',
  'fall',
  'autumn',
  'winter',
  'decade',
  'century',
];

/**
 * A calendar unit relative to the reference: "last week" → 1998-W31, "this month" → 1998-08,
 * "next year" → 1999, "earlier this month" → 1998-08, "last quarter" → 1998-Q2,
 * "this summer" → 1998-SU.
 */
export const relativePeriod: DateRule = {
  name: 'relative-period',
  pattern: new RegExp(String.raw`\b(?<which>${WHICH.join('|')})\s+(?<unit>${UNITS.join('|')})\b`, 'giu'),
  value(g, ctx) {
    const key = g.which!.toLowerCase();
    const unit = g.unit!.toLowerCase();
    const n = SHIFT[key];
    if (n === undefined) return null;
    const r = ctx.ref;
    // "the past year", "the next week" are often spans ("in the past year, prices rose"): a
    // DATE value still helps the reader, and TimeBank writes them so.
    switch (unit) {
      case 'week':
        return { type: 'DATE', value: fmtWeek(addDays(r, 7 * n)) };
      case 'weekend':
        return { type: 'DATE', value: `${fmtWeek(addDays(r, 7 * n))}-WE` };
      case 'month': {
        const t = addMonths(r.y, r.m, n);
        return { type: 'DATE', value: fmtMonth(t.y, t.m) };
      }
      case 'year':
        return { type: 'DATE', value: fmtYear(r.y + n) };
      case 'quarter': {
        const q = quarterOf(r.m) - 1 + n;
        const y = r.y + Math.floor(q / 4);
        return { type: 'DATE', value: `${fmtYear(y)}-Q${(((q % 4) + 4) % 4) + 1}` };
      }
      // "the past decade", "the next century": TimeML reads a span reaching from now (P10Y,
      // P100Y); "this decade" is the calendar decade (202), as a decade is written.
      case 'decade':
        if (n !== 0) return { type: 'DURATION', value: 'P10Y' };
        return { type: 'DATE', value: String(Math.floor(r.y / 10)).padStart(3, '0') };
      case 'century':
        if (n !== 0) return { type: 'DURATION', value: 'P100Y' };
        return { type: 'DATE', value: String(Math.floor(r.y / 100)).padStart(2, '0') };
      default: {
        const season = SEASONS[unit];
        const y = n === 0 ? r.y : r.y + n;
        return { type: 'DATE', value: `${fmtYear(y)}-${season}` };
      }
    }
  },
};
