import { splitLines } from '../text/lines.js';
import type { Page } from '../page.js';

/** Pass: the input's non-blank lines, with offsets and paragraph groups, none judged yet. */
export function linesPass(page: Page): void {
  page.lines = splitLines(page.text).map((l) => ({ ...l, verdict: null }));
}
