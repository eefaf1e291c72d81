import type { Mention, NameMention } from '../types.js';
import { coverage } from '../text/sorted.js';

/**
 * Refiners over names and dates together, once both are found: where a name and a date claim
 * the same words, the reading a reader takes wins.
 */

/**
 * A time zone or a clock's half is no name: "9:24 pm ET", "5:45 AM PST" (the tagger read "ET",
 * "AM PST" as organisations). A name that lies inside a clock time is dropped.
 */
export function withoutClockParts(names: NameMention[], dates: readonly Mention[]): NameMention[] {
  const times = dates.filter((d) => d.type === 'TIME');
  if (!times.length) return names;
  const inTime = coverage(times);
  return names.filter((n) => !inTime(n.start, n.end, false));
}

/**
 * A day's name inside a longer name is part of that name: "Sheffield Wednesday", "the Daily and
 * Sunday Express", "Johnnie Christmas". A date that lies inside a name of two words or more
 * (a person or an organisation) is dropped.
 */
export function withoutDatesInNames(dates: Mention[], names: readonly NameMention[]): Mention[] {
  const long = names.filter((n) => (n.type === 'PERSON' || n.type === 'ORG') && /\s/.test(n.text.trim()));
  if (!long.length) return dates;
  const inName = coverage(long);
  return dates.filter((d) => d.type !== 'DATE' || !inName(d.start, d.end, true));
}
