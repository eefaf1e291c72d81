import { parseYmd, todayIso } from './calendar.js';
import type { Page } from '../page.js';

/**
 * Pass: the date relative expressions ("Friday", "last week") are resolved against, and where it
 * came from: the input's own `refDate` (a JSONL field), the article's stated publication date,
 * `--ref-date`, or today.
 */
export function refDatePass(page: Page): void {
  const { options, record } = page;
  if (options.refDate && parseYmd(options.refDate))
    record.refDate = { value: options.refDate.slice(0, 10), source: 'input' };
  else if (record.published && parseYmd(record.published))
    record.refDate = { value: record.published.slice(0, 10), source: 'published' };
  else if (options.fallbackRefDate && parseYmd(options.fallbackRefDate))
    record.refDate = { value: options.fallbackRefDate, source: 'option' };
  else record.refDate = { value: options.today ?? todayIso(), source: 'today' };
}
