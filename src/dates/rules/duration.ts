import { NUMBER_RE, UNITS, parseNumber } from '../lexicon.js';
import type { DateRule } from '../rule.js';

// "a second" before a lower-case word is the ordinal ("a second term"), unless the word goes with
// a span of time ("a second or two", "a second later", "a second longer").
const ORDINAL_NEXT =
  /^\s+(?!(?:ago|later|earlier|before|after|or|and|to|of|in|for|longer|more|less|too|late)\b)\p{Ll}/u;

/**
 * Durations: "three years" → P3Y, "the nine months" → P9M, "a 30-day period" → P30D,
 * "five hours" → PT5H, "a few days" → PXD, "two more weeks" → P2W. Not a duration when "ago"/"earlier" follows (see ago.ts),
 * nor an age ("a 44-year-old protester", "six years old"): it describes a person, and TimeML
 * corpora leave it out (none of the 21 ages in the AQUAINT news of timex-dev is marked).
 */
export const duration: DateRule = {
  name: 'duration',
  pattern: new RegExp(
    `\\b(?:(?:the|a|an|about|nearly|almost|more than|less than|over|at least|some` +
      `|the (?:past|last|next|first|previous|coming))\\s+)*(?<count>${NUMBER_RE})(?:\\s+(?:more|additional|extra|further))?[- ](?<unit>year` +
      `|month|week|day|hour|minute|second|decade|century)s?(?:-long)?\\b(?![- ]old\\b)(?!\\s+(?:ago` +
      `|earlier|before|from now|later))`,
    'giu',
  ),
  value(g, _ctx, m) {
    const n = parseNumber(g.count!);
    const u = UNITS[g.unit!.toLowerCase()];
    if (!u) return null;
    // "World Cup 2018 day five", "the 2002 year": a year before a unit in the singular is no count
    // (a count in the singular takes a hyphen: "a 1000-day plan").
    if (n !== null && n >= 1800 && n <= 2100 && /\b\d{4} \p{L}+(?<!s)$/u.test(m[0])) return null;
    // "a second betrayal", "one second term": the ordinal before a noun, not a second of time.
    if (u.unit === 'S' && n === 1 && ORDINAL_NEXT.test(m.input.slice(m.index + m[0].length))) return null;
    const count = n === null ? 'X' : String(n);
    if (u.unit === 'DE') return { type: 'DURATION', value: `P${n === null ? 'X' : n * 10}Y` };
    if (u.unit === 'CE') return { type: 'DURATION', value: `P${n === null ? 'X' : n * 100}Y` };
    return { type: 'DURATION', value: u.time ? `PT${count}${u.unit}` : `P${count}${u.unit}` };
  },
};
