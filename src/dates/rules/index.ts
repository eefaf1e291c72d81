import type { DateRule } from '../rule.js';
import { dayMonthYear, isoDate, monthDayYear, slashDate } from './explicit-date.js';
import { monthYear } from './month-year.js';
import { weekdayName } from './weekday.js';
import { partOfDay, relativeDay } from './relative-day.js';
import { relativePeriod } from './relative-period.js';
import { comparedQuarter, ordinalQuarter, reportedQuarter } from './quarter.js';
import { decade, yearNumber } from './year.js';
import { agoSpan } from './ago.js';
import { referenceWords } from './reference-words.js';
import { duration } from './duration.js';
import { vagueSpan } from './vague-span.js';
import { setExpression } from './set.js';
import { clockTime } from './clock-time.js';
import { weekend } from './weekend.js';
import { adjacentDay } from './adjacent-day.js';
import { samePeriod } from './same-period.js';
import { holiday } from './holiday.js';
import { spelledYear } from './spelled-year.js';
import { fiscalYear, relativeYearQuarter, yearAgoAdjective, yearEnded } from './fiscal.js';
import { spelledDecade, theSeason, yearEnd, yearQuarter } from './named-periods.js';

/** Every date rule, most specific first: on equal length the earlier rule wins. */
export const DATE_RULES: DateRule[] = [
  monthDayYear,
  dayMonthYear,
  isoDate,
  slashDate,
  relativeYearQuarter,
  fiscalYear,
  yearEnded,
  agoSpan,
  comparedQuarter,
  ordinalQuarter,
  reportedQuarter,
  yearAgoAdjective,
  weekend,
  holiday,
  spelledYear,
  yearQuarter,
  yearEnd,
  theSeason,
  spelledDecade,
  relativePeriod,
  adjacentDay,
  samePeriod,
  partOfDay,
  relativeDay,
  weekdayName,
  monthYear,
  decade,
  yearNumber,
  setExpression,
  duration,
  vagueSpan,
  clockTime,
  referenceWords,
];
