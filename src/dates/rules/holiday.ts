import { addDays, fmtDay, weekday, type Ymd } from '../calendar.js';
import { inferYear } from '../resolve.js';
import type { DateRule } from '../rule.js';

type Finder = (y: number) => Ymd;
const nth = (y: number, m: number, dow: number, n: number): Ymd => {
  const first = { y, m, d: 1 };
  return addDays(first, ((dow - weekday(first) + 7) % 7) + 7 * (n - 1));
};
const HOLIDAYS: Record<string, Finder> = {
  "new year's day": (y) => ({ y, m: 1, d: 1 }),
  "new year's eve": (y) => ({ y, m: 12, d: 31 }),
  'christmas day': (y) => ({ y, m: 12, d: 25 }),
  christmas: (y) => ({ y, m: 12, d: 25 }),
  'christmas eve': (y) => ({ y, m: 12, d: 24 }),
  'independence day': (y) => ({ y, m: 7, d: 4 }),
  'the fourth of july': (y) => ({ y, m: 7, d: 4 }),
  'thanksgiving day': (y) => nth(y, 11, 4, 4),
  thanksgiving: (y) => nth(y, 11, 4, 4),
  'labor day': (y) => nth(y, 9, 1, 1),
  'memorial day': (y) => addDays(nth(y, 6, 1, 1), -7),
  'election day': (y) => addDays(nth(y, 11, 1, 1), 1),
  "valentine's day": (y) => ({ y, m: 2, d: 14 }),
  halloween: (y) => ({ y, m: 10, d: 31 }),
};

/** Fixed and computed holidays: "Thanksgiving Day" → 1999-11-25, "Election Day" → 1998-11-03. */
export const holiday: DateRule = {
  name: 'holiday',
  pattern: new RegExp(
    String.raw`\b(?:new year's (?:day|eve)|christmas(?: day| eve)?|independence day|the fourth of july` +
      String.raw`|thanksgiving(?: day)?|labor day|memorial day|election day|valentine's day|halloween)\b`,
    'giu',
  ),
  value(_g, ctx, m) {
    if (!/^\p{Lu}|^the/u.test(m[0])) return null;
    const find = HOLIDAYS[m[0].toLowerCase()];
    if (!find) return null;
    const probe = find(ctx.ref.y);
    const y = inferYear(probe.m, probe.d, ctx);
    return { type: 'DATE', value: fmtDay(find(y)), inferred: true };
  },
};
