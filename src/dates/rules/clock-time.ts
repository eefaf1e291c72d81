import { addDays, fmtDay, type Ymd } from '../calendar.js';
import { WEEKDAYS, WEEKDAY_RE } from '../lexicon.js';
import { weekdayDate } from '../resolve.js';
import type { DateRule, RuleContext } from '../rule.js';

/** The day a clock time belongs to: "10 p.m. Wednesday", "noon yesterday", else the reference. */
function dayOf(word: string | undefined, ctx: RuleContext): Ymd {
  if (!word) return ctx.ref;
  const w = word.toLowerCase();
  if (w === 'yesterday') return addDays(ctx.ref, -1);
  if (w === 'tomorrow') return addDays(ctx.ref, 1);
  if (w in WEEKDAYS) return weekdayDate(WEEKDAYS[w], ctx);
  return ctx.ref;
}

/** Clock times: "5 p.m.", "10:30 a.m.", "noon", "midnight" → the reference day at that time. */
export const clockTime: DateRule = {
  name: 'clock-time',
  pattern: new RegExp(
    `\\b(?:(\\d{1,2})(?::(\\d{2}))?\\s*([ap])\\.?\\s?m\\b\\.?|(noon|midnight|midday))(?:\\s+(?:ET|EST|EDT|GMT|UTC|PT|PST|PDT|CT|CST|CDT|BST|CET))?(?:\\s+(?:on\\s+)?(${WEEKDAY_RE}|yesterday|today|tomorrow))?`,
    'giu',
  ),
  value(m, ctx) {
    let h: number,
      min = 0;
    if (m[4]) {
      h = /midnight/i.test(m[4]) ? 0 : 12;
    } else {
      h = Number(m[1]);
      min = m[2] ? Number(m[2]) : 0;
      if (h < 1 || h > 12 || min > 59) return null;
      if (/p/i.test(m[3]) && h < 12) h += 12;
      if (/a/i.test(m[3]) && h === 12) h = 0;
    }
    return {
      type: 'TIME',
      value: `${fmtDay(dayOf(m[5], ctx))}T${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`,
    };
  },
};
