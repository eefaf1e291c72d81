import { addDays, addMonths, fmtDay, fmtMonth, fmtWeek, fmtYear, previousQuarter } from '../calendar.js';
import { NUMBER_RE, parseNumber } from '../lexicon.js';
import type { DateRule } from '../rule.js';

/**
 * A span back or forward from the reference, at the granularity of its unit: "two years ago" →
 * 1996, "three months ago" → 1998-05, "five days ago" → 1998-08-02, "a week from now",
 * "a year earlier" in an earnings story (the sentence speaks of a quarter) → 1997-Q2.
 */
export const agoSpan: DateRule = {
  name: 'ago',
  pattern: new RegExp(
    `\\b(?<count>${NUMBER_RE})\\s+(?<unit>year|month|week|day|decade)s?\\s+(?<direction>ago|earlier|before|later|from now|hence)\\b`,
    'giu',
  ),
  value(g, ctx) {
    const n = parseNumber(g.count!);
    const unit = g.unit!.toLowerCase();
    const dir = /ago|earlier|before/i.test(g.direction!) ? -1 : 1;
    const r = ctx.ref;
    if (n === null) {
      return { type: 'DATE', value: dir < 0 ? 'PAST_REF' : 'FUTURE_REF' };
    }
    const k = dir * n;
    switch (unit) {
      case 'year':
        // An earnings story compares a quarter with the same quarter "a year ago"; "five years
        // ago" in the same story is a year, unless its own sentence speaks of a quarter.
        if ((n === 1 && ctx.quarterly) || /quarter/i.test(ctx.sentence)) {
          const { y, q } = previousQuarter(r);
          return { type: 'DATE', value: `${fmtYear(y + k)}-Q${q}` };
        }
        return { type: 'DATE', value: fmtYear(r.y + k) };
      case 'month': {
        const t = addMonths(r.y, r.m, k);
        return { type: 'DATE', value: fmtMonth(t.y, t.m) };
      }
      case 'week':
        return { type: 'DATE', value: fmtWeek(addDays(r, 7 * k)) };
      case 'day':
        return { type: 'DATE', value: fmtDay(addDays(r, k)) };
      default:
        return { type: 'DATE', value: String(Math.floor(r.y / 10) + k) };
    }
  },
};
