// Refiner: "the following day", "the next month", "the day before", "that week" are told from
// the date the story last gave, not from the reference date: "The plant closed on March 3, 2024.
// The following day, workers protested" is March 4, 2024, whenever the story was written. "Next
// year" without "the" is told from the reference: "sales will grow next year".
import {
  addDays,
  addMonths,
  fmtDay,
  fmtMonth,
  fmtWeek,
  fmtYear,
  parseYmd,
  previousQuarter,
  type Ymd,
} from './calendar.js';
import type { Mention } from '../types.js';
import { SETTINGS } from '../settings.js';

const ANCHORED = new RegExp(
  String.raw`^(?:(?:the\s+|(?!next\b))(?<shift>following|next|previous|preceding)\s+(?<unit>day|week|month|year)` +
    String.raw`|(?:the\s+)?(?<unit2>day|week|month|year)\s+(?<side>after|before)|(?:(?:earlier|later)\s+)?that\s+(?<same>day|week|month` +
    String.raw`|year))$`,
  'i',
);

/**
 * The mentions with anchored expressions re-read against the last date stated before them. Right
 * after that date and a comma, the expression describes the date itself: "after Oct. 12, the day
 * before the stock market plunge" is Oct. 12.
 */
export function anchorToStory(mentions: Mention[], text: string): Mention[] {
  let last: Mention | null = null;
  return mentions.map((m) => {
    const g = m.type === 'DATE' ? ANCHORED.exec(m.text.trim())?.groups : undefined;
    if (g && last) {
      const value = /^,\s+$/.test(text.slice(last.end, m.start)) ? last.value! : shifted(last.value!, g);
      if (value) return { ...m, value };
    }
    // A calendar date anchors ("March 3, 2024", "March 2024"; "In March, … The following month" is
    // April of the year March was read in, not the month after the reference).
    if (m.type === 'DATE' && m.value && /^\d{4}(?:-\d{2}){0,2}$/.test(m.value)) last = m;
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

// The rules that read a quarter from an earnings story without naming it: "the quarter", "the
// latest period", "a year ago", "the 1988 period", "the year-ago quarter".
const STORY_QUARTER_RULES = new Set(['reported-quarter', 'compared-quarter', 'ago', 'year-ago-adjective']);
const QUARTER = /^(?<y>\d{4})-Q(?<q>[1-4])$/;

/**
 * Refiner: the quarter an earnings story reports is the one it names, not the one before the
 * reference date. "Sun earned $5.2 million in the fiscal first quarter … up from a year earlier
 * … expected to break even for the quarter" is the first quarter throughout, though written in
 * October. Once the story names a quarter that is over ("the first quarter", "fiscal
 * second-quarter"), the quarters read without a name are that one (a year back stays a year
 * back); before it, the reference's last quarter still serves.
 */
export function anchorQuarters(mentions: Mention[], ref: Ymd): Mention[] {
  const reported = previousQuarter(ref);
  let named: { y: number; q: number } | null = null;
  return mentions.map((m) => {
    const v = QUARTER.exec(m.value ?? '')?.groups;
    if (!v) return m;
    // A quarter not yet over is an outlook ("a fourth-quarter charge" in October), not the report;
    // "the year-ago third quarter" is the comparison, not the report either.
    if (m.rule === 'ordinal-quarter') {
      if (/\byear-(?:ago|earlier)\b/i.test(m.text)) return m;
      const y = Number(v.y);
      const q = Number(v.q);
      if (y * 4 + q <= reported.y * 4 + reported.q) named = { y, q };
      return m;
    }
    if (!named || !STORY_QUARTER_RULES.has(m.rule ?? '') || Number(v.q) !== reported.q) return m;
    const back = reported.y - Number(v.y);
    return { ...m, value: `${fmtYear(named.y - back)}-Q${named.q}` };
  });
}

// Dates told from the day of writing: "Friday", "yesterday", "this morning", "last week", "two
// years ago". Not "five days before his death", "the previous year", "that year": told from the story.
const DEICTIC_RULES = new Set(['weekday', 'relative-day', 'part-of-day', 'weekend']);
const isDeictic = (m: Mention): boolean =>
  DEICTIC_RULES.has(m.rule ?? '') ||
  (m.rule === 'relative-period' && /^(?:last|this|next|coming|past)\b/i.test(m.text)) ||
  (m.rule === 'ago' && /\b(?:ago|from now|hence)$/i.test(m.text));
// Rules whose calendar dates may leave the year out: "July 14", "30 May", "in October".
const YEAR_OPEN = new Set(['month-day-year', 'day-month-year', 'month-year']);

/**
 * Refiner: a month and day, or a month, without a year ("on July 14 he was arrested again") in a
 * story told years before the reference date ("In January 1831 …") is in the year the story last
 * named, as a reader of a biography or a history takes it (HeidelTime's "narrative" documents);
 * "2004-07-14" against a 2004 reference was right only for a story of its own time. A story of
 * its own time names a day from its own or a year within SETTINGS.storyYearGap of the reference,
 * and keeps the reference's year: news names old years in passing ("founded in 1990") and still
 * means this year's "July 14". Measured: the dev news documents unchanged (value F1 0.850); the
 * 140 documents of GUM's other genres in the training file (biographies, textbooks), never
 * tuned on, value F1 0.682 → 0.688. Tried and rejected: the last named year whenever it was
 * two or more years old (news lost 0.850 → 0.839: "Castro's 1959 revolution … Feb. 10").
 */
export function yearsOfTheStory(mentions: Mention[], ref: Ymd): Mention[] {
  // A story of its own time says so: it names a day from its own ("on Friday", "yesterday", "last
  // week") or a year near the reference. Then the reference keeps every year.
  const ownTime = (m: Mention): boolean => {
    const y = statedYear(m);
    return isDeictic(m) || (y !== null && ref.y - y < SETTINGS.storyYearGap);
  };
  if (mentions.some(ownTime)) return mentions;
  let year: number | null = null;
  return mentions.map((m) => {
    year = statedYear(m) ?? year;
    if (year === null || !m.yearInferred || !YEAR_OPEN.has(m.rule ?? '')) return m;
    return /^\d{4}-\d{2}(?:-\d{2})?$/.test(m.value ?? '') ? { ...m, value: `${year}${m.value!.slice(4)}` } : m;
  });
}

/** The year a date's own words give ("January 1831", "1832"): none for "five days before". */
function statedYear(m: Mention): number | null {
  if (m.type !== 'DATE' || m.yearInferred || !m.value || !/^\d{4}(?:-\d{2}){0,2}$/.test(m.value)) return null;
  return m.text.includes(m.value.slice(0, 4)) ? Number(m.value.slice(0, 4)) : null;
}
