import { parseYmd, todayIso } from './calendar.js';
import { findDates } from './find.js';
import type { Page } from '../page.js';

// Dates written out in full, year and all.
const FULL = new Set(['month-day-year', 'day-month-year', 'iso-date']);

/** The latest day, not after `today`, that the text writes out in full ("November 18, 2019"). */
function latestStatedDay(text: string, today: string): string | null {
  let latest: string | null = null;
  for (const m of findDates(text, today)) {
    const v = m.value ?? '';
    if (!FULL.has(m.rule ?? '') || m.yearInferred || !/^\d{4}-\d{2}-\d{2}$/.test(v) || v > today) continue;
    if (!latest || v > latest) latest = v;
  }
  return latest;
}

/**
 * Pass: the date relative expressions ("Friday", "last week") are resolved against, and where it
 * came from: the input's own `refDate` (a JSONL field), the article's stated publication date, the
 * latest full date the article itself states (`stated`: a story from 2019 is read in 2019, not
 * against today), `--ref-date`, or today.
 */
export function refDatePass(page: Page): void {
  const { options, record } = page;
  const today = options.today ?? todayIso();
  if (options.refDate && parseYmd(options.refDate))
    record.refDate = { value: options.refDate.slice(0, 10), source: 'input' };
  else if (record.published && parseYmd(record.published))
    record.refDate = { value: record.published.slice(0, 10), source: 'published' };
  else {
    const stated = latestStatedDay(record.paragraphs.join('\n'), today);
    if (stated) record.refDate = { value: stated, source: 'stated' };
    else if (options.fallbackRefDate && parseYmd(options.fallbackRefDate))
      record.refDate = { value: options.fallbackRefDate, source: 'option' };
    else record.refDate = { value: today, source: 'today' };
  }
}
