import { fmtDay } from '../calendar.js';
import { WEEKDAYS, WEEKDAY_RE } from '../lexicon.js';
import { weekdayDate } from '../resolve.js';
import type { DateRule } from '../rule.js';

/**
 * A weekday named alone, the commonest date in news: "said on Friday", "last Tuesday",
 * "will meet next Monday", "Thursday morning" → the date of that day (inferred). Not a weekday
 * that names a kind of thing ("the Sunday papers", "Sunday school", "his Sunday best").
 */
export const weekdayName: DateRule = {
  name: 'weekday',
  pattern: new RegExp(
    `\\b(?:(?<which>last|next|this|coming|past|early` +
      `|late)\\s+)?(?<day>${WEEKDAY_RE})(?:'s)?(?:\\s+(?:morning|afternoon|evening` +
      `|night))?\\b(?!\\s+(?:papers?|newspapers?|editions?|supplements?|school|services?|roast` +
      `|best)\\b)`,
    'gu',
  ),
  value(g, ctx) {
    const name = g.day!.toLowerCase();
    if (!/^\p{Lu}/u.test(g.day!)) return null;
    const shift = g.which === 'last' || g.which === 'past' ? -1 : g.which === 'next' || g.which === 'coming' ? 1 : 0;
    const day = weekdayDate(WEEKDAYS[name], ctx, shift);
    // "Friday night", "Thursday morning": annotators mostly give the day alone, so the part of
    // the day is left out of the value (TNI/TMO were tried and lost more than they won).
    return { type: 'DATE', value: fmtDay(day), inferred: true };
  },
};
