import { fmtMonth } from '../calendar.js';
import { MONTHS, MONTH_RE } from '../lexicon.js';
import { inferMonthYear } from '../resolve.js';
import type { DateRule } from '../rule.js';

/** "January 2026", "Nov. 1998", "late November", "in March" → a month value (YYYY-MM). */
export const monthYear: DateRule = {
  name: 'month-year',
  pattern: new RegExp(`\\b(?:(?:early|mid|late|the end of|the beginning of|the start of|the middle of)[- ])?(${MONTH_RE})(?:,?\\s+(?:of\\s+)?(\\d{4}))?(?!\\w)`, 'giu'),
  value(m, ctx) {
    const word = m[1].toLowerCase().replace('.', '');
    // Lower-case "march", "august" are other words; "May" is a modal verb far more often than a
    // month, so without a year it counts only after a preposition or a modifier.
    if (!/^\p{Lu}/u.test(m[1]) && !m[2]) return null;
    // "Jan Kavan", "Mar" alone: an abbreviation needs its period, a day or a year.
    if (!m[2] && word.length <= 4 && !m[1].endsWith('.') && !['may', 'june', 'july'].includes(word)) return null;
    if (word === 'may' && !m[2]) {
      const before = m.input.slice(Math.max(0, m.index - 12), m.index);
      if (m[0].length === m[1].length && !/\b(?:in|of|since|until|by|last|next|this|early|late|mid|end of)[- ]$/i.test(before)) return null;
    }
    const mo = MONTHS[word];
    const y = m[2] ? Number(m[2]) : inferMonthYear(mo, ctx);
    return { type: 'DATE', value: fmtMonth(y, mo), inferred: !m[2] };
  },
};
