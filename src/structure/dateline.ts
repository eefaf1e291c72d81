import type { Line } from '../types.js';
import { findDates } from '../dates/find.js';

export interface DatelineResult { value: string; line: number }

/**
 * The article's own date line, a short line near the top with a full date: "Friday, July 21,
 * 2017", "Nov 18, 2019 at 9:24 pm ET • 2 min read", "Posted on March 30, 2015 by Admin",
 * "NAIROBI 1996-08-22". Only a date with a stated year counts; the first one wins.
 */
export function findDateline(lines: Line[], limit: number): DatelineResult | null {
  for (let i = 0; i < Math.min(limit, lines.length); i++) {
    const line = lines[i];
    if (line.text.split(/\s+/).length > 16) continue;
    // The line alone: folding and splitting the whole text for every line cost quadratic time.
    const found = findDates(line.text, '1970-01-01');
    // "January 1, 1970" is an empty timestamp, not a date anyone published on.
    const day = found.find((m) => m.type === 'DATE' && !m.yearInferred && /^\d{4}-\d{2}-\d{2}$/.test(m.value ?? '') && m.value !== '1970-01-01');
    if (day) return { value: day.value!, line: i };
  }
  return null;
}
