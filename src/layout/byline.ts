import type { Line } from '../types.js';
import { groupLines } from '../text/lines.js';
import { BYLINE_PREFIX, BYLINE_SUFFIX } from './data/labels.js';
import { isProse } from '../text/prose.js';
import { isFree, setVerdict, type Page } from '../page.js';
import { SETTINGS } from '../settings.js';
import { isSiteName } from './title.js';

export interface BylineResult {
  byline: string;
  publisher: string | null;
  kicker: string | null;
  bylineLine: number;
  publisherLine: number | null;
  kickerLine: number | null;
}

/** "By Jane Doe" → "Jane Doe"; "by" is removed only as a whole word ("Byrne Hobart" stays). */
export function cleanByline(text: string): string {
  const name = text
    .replace(BYLINE_PREFIX, '')
    .replace(/\s*[|•·]\s*(?:\S.*)?$/u, '')
    .trim();
  // "Tom Becker, Staff Writer" → "Tom Becker": the role after the comma is not the name.
  const [first, ...rest] = name.split(/\s*,\s*/);
  return rest.length && rest.every((r) => BYLINE_SUFFIX.test(r)) ? first : name;
}

/**
 * A byline block: a group of one to four short lines, one of them a byline ("By Jane Doe",
 * "China Daily Brief Editorial"). In the block, a line that the byline starts with is the
 * publisher ("China Daily Brief"), and another short line a kicker or tag ("Strategic Insight").
 */
export function findByline(lines: Line[], isFree: (i: number) => boolean, limit = lines.length): BylineResult | null {
  const block = bylineBlock(lines, isFree, limit);
  const lone = loneByline(lines, isFree, limit);
  if (block && lone) return lone.bylineLine < block.bylineLine ? lone : block;
  return block ?? lone;
}

function bylineBlock(lines: Line[], isFree: (i: number) => boolean, limit: number): BylineResult | null {
  const index = new Map(lines.map((l, i) => [l, i]));
  for (const group of groupLines(lines.slice(0, limit))) {
    if (
      group.length > SETTINGS.bylineBlockMaxLines ||
      group.some((l) => isProse(l.text) || l.text.split(/\s+/).length > SETTINGS.bylineBlockMaxWords)
    )
      continue;
    const ids = group.map((l) => index.get(l)!).filter(isFree);
    const by = ids.find(
      (i) => BYLINE_PREFIX.test(lines[i].text) || (BYLINE_SUFFIX.test(lines[i].text) && /^\p{Lu}/u.test(lines[i].text)),
    );
    if (by === undefined) continue;
    const byline = cleanByline(lines[by].text);
    if (!byline || byline.split(/\s+/).length > SETTINGS.bylineMaxWords) continue;
    const others = ids.filter((i) => i !== by);
    const pub = others.find((i) => byline.toLowerCase().startsWith(lines[i].text.toLowerCase()));
    const kick = others.find((i) => i !== pub);
    return {
      byline,
      publisher: pub === undefined ? null : lines[pub].text,
      kicker: kick === undefined ? null : lines[kick].text,
      bylineLine: by,
      publisherLine: pub ?? null,
      kickerLine: kick ?? null,
    };
  }
  return null;
}

/** A lone "By Jane Doe" line among others, with no byline block of its own. */
function loneByline(lines: Line[], isFree: (i: number) => boolean, limit: number): BylineResult | null {
  for (let i = 0; i < Math.min(limit, Math.ceil(lines.length * SETTINGS.loneBylineShare)); i++) {
    if (!isFree(i) || !/^by\s+\p{Lu}/iu.test(lines[i].text)) continue;
    const byline = cleanByline(lines[i].text);
    if (byline && byline.split(/\s+/).length <= 8)
      return { byline, publisher: null, kicker: null, bylineLine: i, publisherLine: null, kickerLine: null };
  }
  return null;
}

/**
 * Pass: the byline block, with the publisher the byline starts with and a kicker beside it.
 * "Posted on April 12, 2023 by Margaret Ellis": the date line can carry the byline too.
 */
export function bylinePass(page: Page): void {
  const by = findByline(page.lines, (i) => isFree(page, i) || page.lines[i].verdict?.role === 'dateline');
  if (by) {
    if (isFree(page, by.bylineLine)) setVerdict(page, by.bylineLine, 'byline', 'byline-pattern');
    if (by.publisherLine !== null) setVerdict(page, by.publisherLine, 'publisher', 'byline-prefix');
    if (by.kickerLine !== null && isFree(page, by.kickerLine)) {
      setVerdict(page, by.kickerLine, 'kicker', 'short-line-in-byline-block');
      page.record.kicker = by.kicker;
      page.kickerLine = by.kickerLine;
    }
    page.record.byline = by.byline;
    const rule = BYLINE_PREFIX.test(page.lines[by.bylineLine].text) ? 'by-prefix' : 'desk-byline';
    page.sources.byline = { line: by.bylineLine, rule };
  }
  if (by?.publisherLine != null) {
    page.record.publisher = by.publisher;
    page.sources.publisher = { line: by.publisherLine, rule: 'byline-prefix' };
  } else if (page.site && page.titleLine !== null && isSiteName(page.site, page.record.title)) {
    page.record.publisher = page.site;
    page.sources.publisher = { line: page.titleLine, rule: 'title-site-name' };
  }
}
