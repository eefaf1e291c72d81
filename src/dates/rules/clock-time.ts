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
    `\\b(?:(?<hour>\\d{1,2})(?::(?<minute>\\d{2}))?\\s*(?<half>[ap])\\.?\\s?m\\b\\.?` +
      `|(?<named>noon|midnight|midday))(?:\\s+(?:ET|EST|EDT|GMT|UTC|PT|PST|PDT|CT|CST|CDT|BST` +
      `|CET))?(?:\\s+(?:on\\s+)?(?<day>${WEEKDAY_RE}|yesterday|today|tomorrow))?`,
    'giu',
  ),
  value(g, ctx) {
    let h: number,
      min = 0;
    if (g.named) {
      h = /midnight/i.test(g.named) ? 0 : 12;
    } else {
      h = Number(g.hour);
      min = g.minute ? Number(g.minute) : 0;
      if (h < 1 || h > 12 || min > 59) return null;
      if (/p/i.test(g.half!) && h < 12) h += 12;
      if (/a/i.test(g.half!) && h === 12) h = 0;
    }
    return {
      type: 'TIME',
      value: `${fmtDay(dayOf(g.day, ctx))}T${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`,
    };
  },
};
