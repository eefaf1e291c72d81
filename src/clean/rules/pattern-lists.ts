import { BOILERPLATE_LISTS } from '../data/patterns.js';
import { normalizeLine } from '../../text/normalize.js';

/**
 * A line that is, as a whole, one of the known widget phrases ("Share Article", "Related
 * Articles", "No related articles found", "📰"). Returns the list's reason, or null.
 * Lines over 400 characters are prose, whatever words they contain.
 */
export function matchPatternLists(text: string): string | null {
  if (text.length > 400) return null;
  const line = normalizeLine(text);
  for (const list of BOILERPLATE_LISTS) {
    if (list.patterns.some((p) => p.test(line))) return list.reason;
  }
  return null;
}
