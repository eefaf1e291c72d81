import { addDays, compare, isValid, weekday, type Ymd } from './calendar.js';
import type { RuleContext, Tense } from './rule.js';
import { SETTINGS } from '../settings.js';
import { loadData } from '../data/load.js';

// A determiner makes the next word a noun or an adjective: "the plan to expand", "a still
// unspecified date".
const DETERMINER = String.raw`\b(?:a|an|the|its|their|his|her|our|this|that|these|those)\s`;
// Tried and dropped: "until" anywhere in the clause (right before the date it marks a deadline:
// see tenseOf), "deadline", "plan" alone, "to be", "should", "may", "can" (as often in past or
// present sentences as in future ones).
const FUTURE_MARKERS = [
  'will',
  "'ll",
  'shall',
  'going to',
  'would',
  'must',
  'expects?',
  'expected',
  'scheduled',
  'planned',
  'planning',
  String.raw`(?<!${DETERMINER})plans? to`,
  'due to',
  'set to',
  'intends? to',
  'as (?:soon|early) as',
  'next',
  'upcoming',
];
const FUTURE = new RegExp(String.raw`\b(?:${FUTURE_MARKERS.join('|')})\b`, 'gi');
// Past forms; an "-ed" word right after "be"/"been"/"is"/"to" is a passive or an infinitive
// ("must be returned by Jan. 14", "to be completed by Dec. 15", "when the case is heard in
// May"), not a past tense.
const PAST_MARKERS = [
  // Not before a word that looks ahead: "protesters were planning to drive to the airport on
  // Monday", "the vote was expected Tuesday" look forward from a past sentence.
  String.raw`(?:was|were)(?!\s+(?:not\s+)?(?:planning|expected|scheduled|due|set|going|about)\b)`,
  'had',
  'did',
  'said',
  'says',
  'told',
  'met',
  'went',
  'came',
  'made',
  'took',
  'gave',
  'held',
  'began',
  'left',
  'won',
  'lost',
  'rose',
  'fell',
  'saw',
  'got',
  'ago',
  'last',
  'earlier',
  // Not an "-ed" adjective after a determiner: "on a still unspecified date", "the newly
  // elected council", "an unnamed official".
  String.raw`(?<!${DETERMINER}(?:\w+ly\s|still\s)?)` +
    String.raw`(?!(?:expected|scheduled|planned|proposed|needed|required|intended)\b)\w{3,}ed`,
];
let past: RegExp | undefined;
/**
 * The past markers and every irregular past form compromise's lexicon knows ("brought",
 * "struck", "fled": 134 words), built on first use. Before, only the twenty commonest irregular
 * forms were listed, so "In January, the company brought in a new chief" had no tense and read
 * as the nearest January, the one ahead.
 */
function pastPattern(): RegExp {
  if (!past) {
    const { pastForms } = loadData<{ pastForms: string[] }>('lexicon');
    const words = [...PAST_MARKERS, ...pastForms].join('|');
    past = new RegExp(String.raw`\b(?<!\b(?:be|been|being|is|are|to|will|would|must)\s)(?:${words})\b`, 'gi');
  }
  return past;
}

/**
 * The tense around a position in a sentence, as news writing marks it: the verb marker nearest to
 * the expression decides, so "met on Friday and agreed to meet next week" is past for Friday;
 * "will meet on Friday" looks forward. No marker at all is the present, which the rules read as
 * the recent past or the nearest date. The word right before the date may settle it: "since"
 * looks back, "until" ahead unless the verb is past.
 */
export function tenseOf(sentence: string, at = sentence.length, window: number = SETTINGS.tenseWindow): Tense {
  // What came "since" a date has begun: the date is behind us whatever the verbs say ("on patrol
  // since March and scheduled to return in September").
  const before = sentence.slice(0, at);
  if (/\bsince\s+$/i.test(before)) return 'past';
  const tense = nearestTense(sentence, at, window);
  // A deadline lies ahead unless the verb is past: "the exhibition runs until Sunday", "they have
  // until Tuesday to sign".
  if (tense !== 'past' && /\b(?:until|till)\s+$/i.test(before)) return 'future';
  return tense;
}

/** The tense of the marker nearest the position; none within `window` characters is the present. */
function nearestTense(sentence: string, at: number, window: number): Tense {
  const nearest = (re: RegExp): number => {
    let best = Infinity;
    re.lastIndex = 0;
    for (let m = re.exec(sentence); m; m = re.exec(sentence)) best = Math.min(best, Math.abs(m.index - at));
    return best;
  };
  const future = nearest(FUTURE);
  const past = nearest(pastPattern());
  if (Math.min(future, past) > window) return 'present';
  return future <= past ? 'future' : 'past';
}

/**
 * The year of a month and day given without one ("January 19"): the latest such date on or
 * before the reference in a past-tense sentence, the next on or after it in a future one.
 * Example: "told reporters on January 19" with reference 2026-11-28 → 2026-01-19.
 */
export function inferYear(month: number, day: number, ctx: RuleContext): number {
  const { ref } = ctx;
  const same: Ymd = { y: ref.y, m: month, d: day };
  if (ctx.tense === 'future') return compare(same, ref) >= 0 ? ref.y : ref.y + 1;
  if (ctx.tense === 'present') return nearestYear(month, ref);
  if (!isValid(same)) return ref.y;
  if (compare(same, ref) <= 0) return ref.y;
  // Reported speech looks ahead in the past tense: "the service decided the boy should go home by
  // Jan. 14", "said it will redeem the shares on Oct. 31". A date within a quarter after the
  // reference is that coming date, not the one a year before it. (Every month-day of the dev set
  // this changes, 7 of them, became right; 30 days catches 4.)
  return compare(same, addDays(ref, SETTINGS.reportedAheadDays)) <= 0 ? ref.y : ref.y - 1;
}

/**
 * With no verb nearby to tell the direction ("the Dec. 15 deadline", "by May"), the year that
 * puts the month nearest the reference: six months either way.
 */
function nearestYear(month: number, ref: Ymd): number {
  const diff = month - ref.m;
  if (diff > 6) return ref.y - 1;
  if (diff < -6) return ref.y + 1;
  return ref.y;
}

/** The same for a month alone ("in August"). */
export function inferMonthYear(month: number, ctx: RuleContext): number {
  const { ref } = ctx;
  if (ctx.tense === 'present') return nearestYear(month, ref);
  if (ctx.tense === 'future') return month >= ref.m ? ref.y : ref.y + 1;
  return month <= ref.m ? ref.y : ref.y - 1;
}

/**
 * The date of a weekday named alone ("Friday"): the latest on or before the reference in a
 * past sentence, the next after it in a future one. `shift` is -1 for "last Friday", +1 for
 * "next Friday".
 */
export function weekdayDate(dow: number, ctx: RuleContext, shift = 0): Ymd {
  const ref = ctx.ref;
  const diff = dow - weekday(ref);
  // A weekday with no verb nearby is, in news, most often a day just past.
  // The reference's own weekday is that day, whatever the tense ("officials warned Wednesday that
  // they should expect …", written on a Wednesday): a week ahead would be "next Wednesday".
  if (shift > 0 || (shift === 0 && ctx.tense === 'future' && diff !== 0))
    return addDays(ref, diff > 0 ? diff : diff + 7);
  if (shift < 0) return addDays(ref, diff < 0 ? diff : diff - 7);
  return addDays(ref, diff <= 0 ? diff : diff - 7);
}
