// Refiner: "the following day", "the next month", "the day before", "that week" are told from
// the date the story last gave, not from the reference date: "The plant closed on March 3, 2024.
// The following day, workers protested" is March 4, 2024, whenever the story was written.
import { addDays, addMonths, fmtDay, fmtMonth, fmtWeek, fmtYear, parseYmd } from './calendar.js';
import type { Mention } from '../types.js';

const ANCHORED = new RegExp(
  String.raw`^(?:the\s+)?(?:(?<shift>following|next|previous|preceding)\s+(?<unit>day|week|month|year)` +
    String.raw`|(?<unit2>day|week|month|year)\s+(?<side>after|before)|(?:(?:earlier|later)\s+)?that\s+(?<same>day|week|month` +
    String.raw`|year))$`,
  'i',
);

/** The mentions with anchored expressions re-read against the last date stated before them. */
export function anchorToStory(mentions: Mention[]): Mention[] {
  let last: Mention | null = null;
  return mentions.map((m) => {
    const g = m.type === 'DATE' ? ANCHORED.exec(m.text.trim())?.groups : undefined;
    if (g && last) {
      const value = shifted(last.value!, g);
      if (value) return { ...m, value };
    }
    // Only a date the story states in full anchors ("March 3, 2024", "March 2024"), not a guess.
    if (m.type === 'DATE' && m.value && /^\d{4}(?:-\d{2}){0,2}$/.test(m.value) && !m.yearInferred) last = m;
    return m;
  });
}

function shifted(anchor: string, g: Record<string, string | undefined>): string | null {
  const unit = (g.unit ?? g.unit2 ?? g.same)!.toLowerCase();
  const n = g.same ? 0 : /^(?:following|next|after)$/i.test(g.shift ?? g.side ?? '') ? 1 : -1;
  const day = parseYmd(anchor.length === 10 ? anchor : `${anchor}${anchor.length === 7 ? '-01' : '-01-01'}`);
  if (!day) return null;
  // The unit must be no finer than the anchor: "the following day" after "March 2024" says nothing.
  const grain = anchor.length === 10 ? 3 : anchor.length === 7 ? 2 : 1;
  if (unit === 'day') return grain === 3 ? fmtDay(addDays(day, n)) : null;
  if (unit === 'week') return grain === 3 ? fmtWeek(addDays(day, 7 * n)) : null;
  if (unit === 'month') {
    if (grain < 2) return null;
    const t = addMonths(day.y, day.m, n);
    return fmtMonth(t.y, t.m);
  }
  return fmtYear(day.y + n);
}
