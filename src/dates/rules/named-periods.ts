import { fmtYear } from '../calendar.js';
import { ORDINALS, SEASONS } from '../lexicon.js';
import type { DateRule } from '../rule.js';

const DECADES: Record<string, number> = {
  twenties: 2,
  thirties: 3,
  forties: 4,
  fifties: 5,
  sixties: 6,
  seventies: 7,
  eighties: 8,
  nineties: 9,
};

/** "the full year", "year-end", "by year's end" in a report: the reference year. */
export const yearEnd: DateRule = {
  name: 'year-end',
  pattern: /\b(?:the full year|year-end|year end|year's end|the end of the year)\b/giu,
  value: (_g, ctx) => ({ type: 'DATE', value: fmtYear(ctx.ref.y) }),
};

/** "the summer", "the early summer": the season of the reference year (the last one, looking back). */
export const theSeason: DateRule = {
  name: 'the-season',
  pattern: /\bthe (?:(?:early|late|mid)[- ])?(?<season>spring|summer|fall|autumn|winter)\b/giu,
  value(g, ctx) {
    const season = SEASONS[g.season!.toLowerCase()];
    const starts: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };
    const y = ctx.tense === 'past' && starts[season] > ctx.ref.m ? ctx.ref.y - 1 : ctx.ref.y;
    return { type: 'DATE', value: `${fmtYear(y)}-${season}`, inferred: true };
  },
};

/** "the 1988 second quarter": a year before the ordinal quarter. */
export const yearQuarter: DateRule = {
  name: 'year-quarter',
  pattern: /\bthe (?<year>(?:19|20)\d{2}) (?<ordinal>first|second|third|fourth) quarter\b/giu,
  value: (g) => ({ type: 'DATE', value: `${g.year}-Q${ORDINALS[g.ordinal!.toLowerCase()]}` }),
};

/** "the nineties" → 199 (the decade of the century the reference is in, or the one before). */
export const spelledDecade: DateRule = {
  name: 'spelled-decade',
  pattern: /\bthe (?<decade>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b/giu,
  value(g, ctx) {
    const d = DECADES[g.decade!.toLowerCase()];
    const century = Math.floor(ctx.ref.y / 100);
    const c = d * 10 > ctx.ref.y % 100 ? century - 1 : century;
    return { type: 'DATE', value: `${c}${d}` };
  },
};
