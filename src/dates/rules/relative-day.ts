import { addDays, fmtDay } from '../calendar.js';
import type { DateRule } from '../rule.js';

const OFFSETS: Record<string, number> = { today: 0, yesterday: -1, tomorrow: 1, tonight: 0 };

/** "today", "yesterday", "tomorrow", "the day before yesterday", "tonight" → a day from the reference. */
export const relativeDay: DateRule = {
  name: 'relative-day',
  pattern: new RegExp(
    String.raw`\b(?<around>the day (?:before|after) )?(?<day>today|yesterday|tomorrow` +
      String.raw`|tonight)(?!'s\s+(?:market|session|world|economy|standards|technology|society|news` +
      String.raw`|children|youth))\b`,
    'giu',
  ),
  value(g, ctx) {
    const word = g.day!.toLowerCase();
    let n = OFFSETS[word];
    if (g.around) n += /before/i.test(g.around) ? -1 : 1;
    const day = fmtDay(addDays(ctx.ref, n));
    return { type: 'DATE', value: day };
  },
};

const PARTS: Record<string, string> = { morning: 'TMO', afternoon: 'TAF', evening: 'TEV', night: 'TNI' };

/**
 * "this morning", "this afternoon", "last night", "yesterday morning", and the other way round
 * ("mid-afternoon yesterday", "late evening tomorrow") → a part of a day (TIME).
 */
export const partOfDay: DateRule = {
  name: 'part-of-day',
  pattern:
    /\b(?:(?<which>this|last|yesterday|tomorrow|early this|late last)\s+(?<part>morning|afternoon|evening|night)|(?:mid-|early |late )?(?<before>morning|afternoon|evening|night)\s+(?<after>yesterday|today|tomorrow))\b/giu,
  value(g, ctx) {
    const which = (g.which ?? g.after!).toLowerCase();
    const part = (g.part ?? g.before!).toLowerCase();
    const n =
      which === 'yesterday' || (which.endsWith('last') && part === 'night')
        ? -1
        : which === 'tomorrow'
          ? 1
          : which.endsWith('last')
            ? -1
            : 0;
    return { type: 'TIME', value: fmtDay(addDays(ctx.ref, n)) + PARTS[part] };
  },
};
