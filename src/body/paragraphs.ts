import { groupLines } from '../text/lines.js';
import { wordCount } from '../text/normalize.js';
import { linesWithRole, verdictOf, type Page } from '../page.js';
import type { BlockRole } from '../types.js';
import { SETTINGS } from '../settings.js';

const BODY_ROLES: readonly BlockRole[] = ['body', 'subheading'];

/**
 * Pass: the body's paragraphs (its lines joined by their paragraph group), the summary (the dek,
 * else the first paragraph of prose), the captions, and every removed line with its reason.
 */
export function paragraphsPass(page: Page): void {
  const { lines, record } = page;
  const picked = linesWithRole(page, BODY_ROLES).map((i) => lines[i]);
  record.paragraphs = groupLines(picked).map((g) => g.map((l) => l.text).join('\n'));
  record.body = record.paragraphs.join('\n\n');
  record.summary = page.dek.length
    ? page.dek.map((i) => lines[i].text).join(' ')
    : (record.paragraphs.find((p) => wordCount(p) >= SETTINGS.ledeMinWords) ?? null);
  record.images = linesWithRole(page, ['caption']).map((i) => lines[i].text);
  record.removed = lines
    .filter((l) => verdictOf(l).role === 'boilerplate')
    .map((l) => ({ text: l.text, reason: verdictOf(l).reason, start: l.start, end: l.end }));
}
