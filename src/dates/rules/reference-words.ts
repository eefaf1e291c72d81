import type { DateRule } from '../rule.js';

const VALUES: Record<string, string> = {
  now: 'PRESENT_REF',
  currently: 'PRESENT_REF',
  current: 'PRESENT_REF',
  nowadays: 'PRESENT_REF',
  'at present': 'PRESENT_REF',
  'the present': 'PRESENT_REF',
  'at the moment': 'PRESENT_REF',
  'right now': 'PRESENT_REF',
  'these days': 'PRESENT_REF',
  'so far': 'PRESENT_REF',
  'then current': 'PAST_REF',
  recently: 'PAST_REF',
  recent: 'PAST_REF',
  'the past': 'PAST_REF',
  'in the past': 'PAST_REF',
  previously: 'PAST_REF',
  formerly: 'PAST_REF',
  once: 'PAST_REF',
  earlier: 'PAST_REF',
  'the future': 'FUTURE_REF',
  future: 'FUTURE_REF',
  soon: 'FUTURE_REF',
  'in the future': 'FUTURE_REF',
  later: 'FUTURE_REF',
};

// Pattern fragments, tried in this order.
const REFERENCES = [
  String.raw`at present`,
  String.raw`the present`,
  String.raw`at the moment`,
  String.raw`right now`,
  String.raw`these days`,
  String.raw`(?:in )?the (?:near |distant )?past(?! \w+ (?:years?|months?|weeks?|days?|decades?|quarters?)\b)`,
  String.raw`(?:in )?the (?:near |distant )?future`,
  String.raw`now(?! that\b)`,
  String.raw`currently`,
  String.raw`nowadays`,
  String.raw`recently`,
  String.raw`(?<!as )soon(?! as\b)`,
  // "The then-current price": the present of a past moment.
  String.raw`then[- ]current`,
  String.raw`current(?! (?:account|affairs)\b)`,
  String.raw`recent`,
  String.raw`future(?= (?:years|months|decades|generations)\b)`,
];

/**
 * Vague references to the present, past or future, written PRESENT_REF / PAST_REF / FUTURE_REF:
 * "now", "currently", "recently", "in the past", "the future". A span with a unit ("recent years",
 * "the coming months") is a vague duration instead: see vague-span.ts.
 * "once", "earlier" and "later" are too often not temporal references to keep: they are listed
 * so the value is known, but the pattern leaves them out.
 */
export const referenceWords: DateRule = {
  name: 'reference-words',
  // "previously", "formerly" and "as soon as" were tried and dropped: annotators almost never
  // mark them. The adjectives "current" and "recent" they do mark; "future" only before a span of
  // time ("future generations"): as a bare adjective ("future demand") it was marked 2 times in 8.
  pattern: new RegExp(String.raw`\b(?:${REFERENCES.join('|')})\b`, 'giu'),
  value(_g, _ctx, m) {
    const key = m[0]
      .toLowerCase()
      .replace(/(?:near|distant) /, '')
      .replace('-', ' ');
    const v = VALUES[key] ?? VALUES[key.replace(/^in /, '')];
    return v ? { type: 'DATE', value: v } : null;
  },
};
