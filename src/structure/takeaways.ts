import type { Line } from '../types.js';
import { BULLET, TAKEAWAY_HEADINGS } from './data/labels.js';
import { normalizeLine } from '../text/normalize.js';

export interface TakeawaysResult {
  heading: number;
  items: number[];
  texts: string[];
}

/**
 * Removes a list glyph and the list number glued to the first word:
 * "• 1China says …" → "China says …", "• 2A foreign ministry …" → "A foreign ministry …".
 * The number goes only when it is the item's own position, so "3M said …" as a first item stays.
 */
export function cleanBullet(text: string, position: number): string {
  const t = text.replace(BULLET, '').trim();
  const glued = new RegExp(`^${position}(?=\\p{Lu})`, 'u');
  return t.replace(glued, '').trim();
}

/** A "Key Takeaways" heading followed by bullet lines (or short paragraphs) up to the next blank group. */
export function findTakeaways(lines: Line[], from = 0): TakeawaysResult | null {
  for (let i = from; i < lines.length; i++) {
    if (!TAKEAWAY_HEADINGS.test(normalizeLine(lines[i].text))) continue;
    const items: number[] = [];
    for (let j = i + 1; j < lines.length && items.length < 15; j++) {
      if (!BULLET.test(lines[j].text) && !(items.length === 0 || lines[j].group === lines[j - 1].group)) break;
      if (!BULLET.test(lines[j].text)) break;
      items.push(j);
    }
    if (items.length) return { heading: i, items, texts: items.map((k, n) => cleanBullet(lines[k].text, n + 1)) };
  }
  return null;
}
