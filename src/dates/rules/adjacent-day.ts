import { addDays, fmtDay } from '../calendar.js';
import type { DateRule } from '../rule.js';

/**
 * The day next to another: "the following day", "the next day", "the day before" → the day after
 * or before the reference; anchor.ts re-reads it against the last date the story stated ("closed
 * on March 3, 2024 … the following day" is March 4, 2024).
 */
export const adjacentDay: DateRule = {
  name: 'adjacent-day',
  pattern: /\bthe\s+(?:(?<shift>following|next|previous|preceding)\s+day|day\s+(?<side>after|before))\b/giu,
  value(g, ctx) {
    const n = /^(?:following|next|after)$/i.test(g.shift ?? g.side ?? '') ? 1 : -1;
    return { type: 'DATE', value: fmtDay(addDays(ctx.ref, n)), inferred: true };
  },
};
