import { parseYmd, todayIso } from './calendar.js';
import { findDates } from './find.js';
import type { Page } from '../page.js';

// Dates written out in full, year and all.
const FULL = new Set(['month-day-year', 'day-month-year', 'iso-date']);

/**
 * The latest day, not after `today`, that the text writes out in full ("November 18, 2019"). Only
 * the lines with a year are read, with the two above them (a page's date box prints "23 / Jul /
 * 2012" a line each): a whole page's other lines hold no such day.
 */
function latestStatedDay(text: string, today: string): string | null {
  let latest: string | null = null;
  for (const m of findDates(text, today, linesWithYears(text))) {
    const v = m.value ?? '';
    if (!FULL.has(m.rule ?? '') || m.yearInferred || !/^\d{4}-\d{2}-\d{2}$/.test(v) || v > today) continue;
    if (!latest || v > latest) latest = v;
  }
  return latest;
}

function linesWithYears(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const m of text.matchAll(/\b\d{4}\b/g)) {
    let from = m.index;
    for (let up = 0; up < 3 && from > 0; up++) from = text.lastIndexOf('\n', from - 2) + 1;
    const end = text.indexOf('\n', m.index);
    const to = end < 0 ? text.length : end;
    const last = out.at(-1);
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else out.push([from, to]);
  }
  return out;
}

/**
 * Pass: the date relative expressions ("Friday", "last week") are resolved against, and where it
 * came from: the input's own `refDate` (a JSONL field), the article's stated publication date, the
 * latest full date the article itself states (`stated`: a story from 2019 is read in 2019, not
 * against today), `--ref-date` (what the user knows, say the day of the crawl, beats a guess from
 * the page's furniture), the latest full date the page states anywhere else (`page`: a masthead's
 * day, a teaser's, a comment's), or today.
 * Measured on the 608 training pages whose address gives the day: 95 fell to today (none within a
 * year of it); the page's own dates took 50 of them, 43 within a week of the address's day and 48
 * within a year.
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
    const option = options.fallbackRefDate && parseYmd(options.fallbackRefDate) ? options.fallbackRefDate : null;
    const onPage = stated || option ? null : latestStatedDay(page.text, today);
    if (stated) record.refDate = { value: stated, source: 'stated' };
    else if (option) record.refDate = { value: option, source: 'option' };
    else if (onPage) record.refDate = { value: onPage, source: 'page' };
    else record.refDate = { value: today, source: 'today' };
  }
}
