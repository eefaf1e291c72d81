import { WIDGET_LISTS, type WidgetReason } from './data/widget-patterns.js';
import { isFieldList } from './rules/field-list.js';
import { normalizeLine } from '../text/normalize.js';
import { setVerdict, type Page } from '../page.js';
import { SETTINGS } from '../settings.js';

/**
 * A line that is, as a whole, one of the known widget phrases ("Share Article", "Related
 * Articles", "No related articles found", "📰"). Returns the list's reason, or null.
 * Long lines are prose, whatever words they contain.
 */
export function matchPatternLists(text: string): WidgetReason | null {
  if (text.length > SETTINGS.widgetMaxChars) return null;
  const line = normalizeLine(text);
  for (const list of WIDGET_LISTS) {
    if (matches(list, line)) return list.reason;
  }
  return null;
}

/** Whether a line is, as a whole, one of the phrases of one list ("2 comments:" of the comment list). */
export function inPatternList(list: (typeof WIDGET_LISTS)[number], text: string): boolean {
  return text.length <= SETTINGS.widgetMaxChars && matches(list, normalizeLine(text));
}

const matches = (list: (typeof WIDGET_LISTS)[number], line: string): boolean => list.patterns.some((p) => p.test(line));

/**
 * Pass: each line against the widget lists and the field-list shape. A caption keeps its own
 * role (it is the article's, but not its body); every other match is boilerplate.
 */
export function widgetsPass(page: Page): void {
  page.lines.forEach((l, i) => {
    const reason = matchPatternLists(l.text) ?? (isFieldList(l.text) ? 'navigation' : null);
    if (reason) setVerdict(page, i, reason === 'caption' ? 'caption' : 'boilerplate', reason);
  });
}
