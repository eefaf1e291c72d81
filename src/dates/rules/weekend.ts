import { addDays, fmtWeek, weekday } from '../calendar.js';
import type { DateRule } from '../rule.js';

/**
 * "over the weekend", "this weekend", "last weekend" → the ISO week's weekend, 1990-W32-WE.
 * In a past sentence the weekend just gone, in a future one the next.
 */
export const weekend: DateRule = {
  name: 'weekend',
  pattern: /\b(?:(?:over|during|at|on|for) )?(?<which>the|this|last|next|past) weekend\b/giu,
  value(g, ctx) {
    const which = g.which!.toLowerCase();
    const dow = weekday(ctx.ref);
    const lastSaturday = addDays(ctx.ref, -((dow + 1) % 7));
    let day = lastSaturday;
    if (which === 'next' || (which !== 'last' && which !== 'past' && ctx.tense === 'future'))
      day = addDays(lastSaturday, 7);
    else if (which === 'last' && (dow === 6 || dow === 0)) day = addDays(lastSaturday, -7);
    return { type: 'DATE', value: `${fmtWeek(day)}-WE` };
  },
};
