import type { DateRule } from '../rule.js';

const UNIT_LETTER: Record<string, string> = { years: 'Y', months: 'M', weeks: 'W', days: 'D' };

/**
 * A span of several units counted from now, without a number: "in recent years", "in the coming
 * weeks", "over past months" → DURATION PXY / PXW / PXM. TimeML writes a plural unit of unknown
 * count as a duration with X for the count, the way "several years" and "the past few weeks" are
 * written; the unit gives the granularity, so it is not a bare PAST_REF / FUTURE_REF (those are
 * for "recently", "the past", "the future": phrases with no unit). The preposition and article
 * stay outside the span, as TimeML leaves signals out ("in recent days" → "recent days").
 */
export const vagueSpan: DateRule = {
  name: 'vague-span',
  pattern: /\b(?:recent|coming|past)\s+(?<unit>years|months|weeks|days)\b/giu,
  value(g) {
    const unit = UNIT_LETTER[g.unit!.toLowerCase()];
    return unit ? { type: 'DURATION', value: `PX${unit}` } : null;
  },
};
