import type { Line } from '../types.js';
import { BULLET, TAKEAWAY_HEADINGS } from './data/labels.js';
import { normalizeLine } from '../text/normalize.js';
import { isProse } from '../text/prose.js';
import { setVerdict, type Page } from '../page.js';

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

/**
 * A "Key Takeaways" heading followed by its items: bullet lines, or, where the page rendered the
 * bullets away ("Key Points" then three sentences), up to six prose lines.
 */
export function findTakeaways(lines: Line[], from = 0): TakeawaysResult | null {
  for (let i = from; i < lines.length; i++) {
    if (!TAKEAWAY_HEADINGS.test(normalizeLine(lines[i].text))) continue;
    const bulleted = BULLET.test(lines[i + 1]?.text ?? '');
    const items: number[] = [];
    for (let j = i + 1; j < lines.length && items.length < (bulleted ? 15 : 6); j++) {
      const t = lines[j].text;
      if (bulleted ? !BULLET.test(t) : !isProse(t)) break;
      items.push(j);
    }
    // Unbulleted items must end before the body goes on: a box of a few sentences, then a
    // caption or a heading. Prose running on after six lines is the article itself.
    const next = lines[i + 1 + items.length];
    if (!bulleted && next && isProse(next.text)) continue;
    if (items.length) return { heading: i, items, texts: items.map((k, n) => cleanBullet(lines[k].text, n + 1)) };
  }
  return null;
}

/** Pass: the takeaways box and its items, glyphs and glued list numbers removed. */
export function takeawaysPass(page: Page): void {
  const take = findTakeaways(page.lines);
  if (!take) return;
  setVerdict(page, take.heading, 'takeaways-heading', 'takeaways-heading');
  take.items.forEach((i) => setVerdict(page, i, 'takeaway', 'bullet-under-takeaways'));
  page.record.keyTakeaways = take.texts;
}
