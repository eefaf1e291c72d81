import { fmtYear, previousQuarter } from '../calendar.js';
import { MONTH_RE, ORDINALS } from '../lexicon.js';
import type { DateRule } from '../rule.js';

const SHIFT: Record<string, number> = {
  this: 0,
  current: 0,
  'the current': 0,
  last: -1,
  next: 1,
  'this year': 0,
  'last year': -1,
  'next year': 1,
};

/**
 * Quarters and years tied to a relative year: "this year's third quarter" → 1989-Q3,
 * "next year's first quarter" → 1990-Q1, "the current fiscal year" → 1989.
 */
export const relativeYearQuarter: DateRule = {
  name: 'relative-year-quarter',
  pattern: /\b(?<year>this year|last year|next year)'s (?<ordinal>first|second|third|fourth) quarter\b/giu,
  value(g, ctx) {
    const y = ctx.ref.y + SHIFT[g.year!.toLowerCase()];
    return { type: 'DATE', value: `${fmtYear(y)}-Q${ORDINALS[g.ordinal!.toLowerCase()]}` };
  },
};

export const fiscalYear: DateRule = {
  name: 'fiscal-year',
  pattern: /\b(?<which>the current|this|current|last|next) fiscal year\b/giu,
  value(g, ctx) {
    return { type: 'DATE', value: fmtYear(ctx.ref.y + SHIFT[g.which!.toLowerCase()]) };
  },
};

/**
 * "year-ago results", "a year-earlier loss", "last year's quarter": the same period a year before.
 * In a story about quarters, the quarter before the reference date's, a year back.
 */
export const yearAgoAdjective: DateRule = {
  name: 'year-ago-adjective',
  pattern:
    /\b(?:year-ago|year-earlier|last year's)(?= (?:results?|loss|net|income|profit|earnings|sales|revenue|quarter|period|level|figures?)\b)/giu,
  value(_g, ctx, m) {
    // "year-ago results" are last year's; "the year-ago quarter" is that quarter.
    const quarterNoun = /^\s+(?:quarter|period)/i.test(
      m.input.slice(m.index + m[0].length, m.index + m[0].length + 10),
    );
    if (!ctx.quarterly || !quarterNoun) return { type: 'DATE', value: fmtYear(ctx.ref.y - 1) };
    const { y, q } = previousQuarter(ctx.ref);
    return { type: 'DATE', value: `${fmtYear(y - 1)}-Q${q}` };
  },
};

/**
 * "For the year ended Sept. 30, the company earned …": a (fiscal) year counted back from the day
 * it ended is a span of a year (TimeML's DURATION P1Y, as TimeBank marks 3 of the 4 in the dev
 * set); the day is a date of its own. Its span is the year's words alone.
 */
export const yearEnded: DateRule = {
  name: 'year-ended',
  pattern: new RegExp(String.raw`\bthe (?:fiscal |financial )?year(?= (?:ended|ending) ${MONTH_RE} \d{1,2}\b)`, 'giu'),
  value() {
    return { type: 'DURATION', value: 'P1Y' };
  },
};
