// Words of time expressions, as data. Patterns are built from these lists in one place.

export const MONTHS: Record<string, number> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

export const WEEKDAYS: Record<string, number> = {
  sunday: 0,
  sun: 0,
  monday: 1,
  mon: 1,
  tuesday: 2,
  tue: 2,
  tues: 2,
  wednesday: 3,
  wed: 3,
  thursday: 4,
  thu: 4,
  thur: 4,
  thurs: 4,
  friday: 5,
  fri: 5,
  saturday: 6,
  sat: 6,
};

export const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  hundred: 100,
  several: -1,
  few: -1,
  'a few': -1,
  many: -1,
  some: -1,
  couple: 2,
  'a couple of': 2,
  dozen: 12,
  'a dozen': 12,
};

export const ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  '1st': 1,
  '2nd': 2,
  '3rd': 3,
  '4th': 4,
};

/** TimeML unit letters; `T` marks units below a day. */
export const UNITS: Record<string, { unit: string; time: boolean }> = {
  year: { unit: 'Y', time: false },
  month: { unit: 'M', time: false },
  week: { unit: 'W', time: false },
  day: { unit: 'D', time: false },
  hour: { unit: 'H', time: true },
  minute: { unit: 'M', time: true },
  second: { unit: 'S', time: true },
  decade: { unit: 'DE', time: false },
  century: { unit: 'CE', time: false },
  quarter: { unit: 'Q', time: false },
};

export const SEASONS: Record<string, string> = {
  spring: 'SP',
  summer: 'SU',
  fall: 'FA',
  autumn: 'FA',
  winter: 'WI',
};

export const PARTS_OF_DAY: Record<string, string> = {
  morning: 'MO',
  afternoon: 'AF',
  evening: 'EV',
  night: 'NI',
  tonight: 'NI',
  overnight: 'NI',
};

const alt = (words: string[]): string => words.sort((a, b) => b.length - a.length).join('|');
const LONG_MONTHS = Object.keys(MONTHS).filter((k) => k.length > 4 || k === 'may' || k === 'june' || k === 'july');
const SHORT_MONTHS = Object.keys(MONTHS).filter((k) => !LONG_MONTHS.includes(k));
/** The number of a month as MONTH_RE matches it: "Sept." → 9, "July" → 7. */
export const monthNumber = (name: string): number => MONTHS[name.toLowerCase().replace(/\.$/, '')];
/** Month names, and abbreviations with an optional period ("Sept.", "Aug"). */
export const MONTH_RE = `(?:${alt(LONG_MONTHS)}|(?:${alt(SHORT_MONTHS)})\\.?)`;
export const WEEKDAY_RE = `(?:${alt(Object.keys(WEEKDAYS).filter((k) => k.length > 4))})`;
export const NUMBER_RE = `(?:\\d+(?:\\.\\d+)?|${alt(Object.keys(NUMBER_WORDS))})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?`;
export const UNIT_RE = `(?:${alt(Object.keys(UNITS))})s?`;

/** "twenty-five" → 25, "a" → 1, "several" → null (vague: TimeML writes X). */
export function parseNumber(text: string): number | null {
  const t = text.toLowerCase().replace(/^a couple of$/, 'couple');
  if (/^\d+(?:\.\d+)?$/.test(t)) return Number(t);
  const parts = t.split(/[- ]/);
  let total = 0;
  for (const p of parts) {
    const v = NUMBER_WORDS[p];
    if (v === undefined) return null;
    if (v < 0) return null;
    total += v;
  }
  return total;
}
