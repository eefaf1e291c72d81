import { fmtDay, fmtMonth, fmtWeek, fmtYear } from '../calendar.js';
import type { DateRule } from '../rule.js';

/**
 * The period the story is already in: "that year", "later that year", "earlier that day" → the
 * reference's year, day …; anchor.ts re-reads it against the last date the story stated ("closed
 * on March 3, 1988 … later that year" is 1988).
 */
export const samePeriod: DateRule = {
  name: 'same-period',
  pattern: /\b(?:(?:earlier|later)\s+)?that\s+(?<unit>day|week|month|year)\b/giu,
  value(g, ctx) {
    const r = ctx.ref;
    const value = { day: fmtDay(r), week: fmtWeek(r), month: fmtMonth(r.y, r.m), year: fmtYear(r.y) }[
      g.unit!.toLowerCase() as 'day' | 'week' | 'month' | 'year'
    ];
    return { type: 'DATE', value, inferred: true };
  },
};
