import type { Line } from '../../types.js';
import { wordCount } from '../../text/normalize.js';
import { shape } from './colon-list.js';
import { SETTINGS } from '../../settings.js';

/**
 * An item with a visible structure: it starts with a number or a bullet, or uses a separator near
 * its start ("June 9 --", "Palm Bay d. Rockledge 70-44"). A separator anywhere in the line took
 * sentences of the page's teasers for items: 5 more training pages, 17 article shingles for 88.
 */
function listShape(text: string): string | null {
  const s = shape(text.slice(0, SETTINGS.listShapeChars));
  return s === 'upper/' || s === 'other/' ? null : s;
}

/**
 * A list the article started runs to its last item. The model judges each line alone and, down a
 * long list of short lines ("June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL", "June 10 --
 * …" for thirty dates), its scores sink until it drops the rest of the list. When a kept line is a
 * list item, the next line of the same block (no blank line between) with the same shape is kept
 * too, and so on down the list.
 * Measured on the 2,904 training pages: 19 pages change, 617 article shingles gained and 18 fewer
 * others kept. Tried and rejected: continuing across blank lines (56 pages, 772 article shingles
 * for 311 others); keeping every item the rules saw after a colon once the model kept one (71
 * pages, 401 for 608); keeping the list the rules see under a kept short heading (15 pages, 86
 * for 242).
 */
export function listContinuations(lines: Line[], kept: (i: number) => boolean, open: (i: number) => boolean): number[] {
  const found: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const prev = lines[i - 1];
    // The line above is kept, by the model or as the item this rule took just before.
    if (!(kept(i - 1) || found.at(-1) === i - 1) || !open(i) || lines[i].group !== prev.group) continue;
    const want = listShape(prev.text);
    if (!want || wordCount(lines[i].text) > SETTINGS.listItemMaxWords || listShape(lines[i].text) !== want) continue;
    found.push(i);
  }
  return found;
}
