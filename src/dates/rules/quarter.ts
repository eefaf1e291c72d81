import { fmtYear, previousQuarter, quarterOf } from '../calendar.js';
import { ORDINALS } from '../lexicon.js';
import type { DateRule } from '../rule.js';

const HALVES: Record<string, string> = { first: 'H1', second: 'H2', '1st': 'H1', '2nd': 'H2' };

/**
 * Fiscal periods: "the third quarter", "third-quarter", "the first half of 1998", "fourth-quarter
 * 1997", "the first two quarters of 1990" (its first half). Without a year, a quarter later than
 * the reference's is last year's (reports look back); "the year-ago third quarter" is the one a
 * year before that.
 */
export const ordinalQuarter: DateRule = {
  name: 'ordinal-quarter',
  pattern:
    /\b(?:the\s+)?(?:(?<ago>year-ago|year-earlier)\s+)?(?<ordinal>first|second|third|fourth|1st|2nd|3rd|4th|(?<pair>first|last) two)[- ](?<unit>quarters?|half|period)(?:\s+(?:of\s+)?(?:fiscal\s+)?(?<year>\d{4}))?\b/giu,
  value(g, ctx) {
    // "The first two quarters of 1990" are its first half; without a year, "the last two quarters"
    // are the two just past, no half of any year.
    const pair = g.pair?.toLowerCase();
    if (pair && !g.year) return null;
    const ordinal = pair ? (pair === 'first' ? 'first' : 'second') : g.ordinal!.toLowerCase();
    const unit = pair ? 'half' : g.unit!.toLowerCase();
    if (unit === 'quarters' || unit === 'period') return null;
    const n = ORDINALS[ordinal];
    let y = g.year ? Number(g.year) : ctx.ref.y;
    const refPart = unit === 'quarter' ? quarterOf(ctx.ref.m) : ctx.ref.m <= 6 ? 1 : 2;
    if (!g.year && n > refPart && ctx.tense !== 'future') y -= 1;
    if (g.ago) y -= 1;
    const part = unit === 'quarter' ? `Q${n}` : HALVES[ordinal];
    if (!part) return null;
    return { type: 'DATE', value: `${fmtYear(y)}-${part}`, inferred: !g.year };
  },
};

/**
 * "the quarter", "the latest quarter", "the year-ago quarter", "a year ago" in an earnings story:
 * the quarter being reported, which is the one before the reference date's; "the quarter a year
 * ago" is that quarter a year before.
 */
export const reportedQuarter: DateRule = {
  name: 'reported-quarter',
  pattern:
    /\b(?<which>the|this|latest|the latest|the most recent|the recent|the year-ago|the year-earlier|year-ago|year-earlier)\s+(?<unit>quarter|period)(?<ago>\s+(?:a year (?:ago|earlier)|last year))?\b/giu,
  value(g, ctx) {
    const which = g.which!.toLowerCase();
    if (g.unit!.toLowerCase() === 'period' && !/quarter/i.test(ctx.sentence) && !/latest|recent|year/.test(which))
      return null;
    const { y, q } = previousQuarter(ctx.ref);
    const back = /year/.test(which) || g.ago ? 1 : 0;
    return { type: 'DATE', value: `${fmtYear(y - back)}-Q${q}`, inferred: true };
  },
};

/**
 * The same quarter of an earlier year, as earnings stories compare: "the 1988 quarter", "the
 * corresponding period last year", "the same quarter a year ago" → 1988-Q3 for a report of 1989-Q3.
 */
export const comparedQuarter: DateRule = {
  name: 'compared-quarter',
  pattern: new RegExp(
    String.raw`\bthe (?:(?<year>\d{4})|same|corresponding|comparable|year-ago|year-earlier) (?:quarter` +
      String.raw`|period)(?: (?:a year ago|last year|a year earlier|of (?<ofYear>\d{4})))?\b`,
    'giu',
  ),
  value(g, ctx) {
    if (!ctx.quarterly) return null;
    const { y, q } = previousQuarter(ctx.ref);
    const year = g.year ?? g.ofYear;
    return { type: 'DATE', value: `${fmtYear(year ? Number(year) : y - 1)}-Q${q}`, inferred: true };
  },
};
