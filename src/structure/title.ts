import { isProse } from './prose.js';
import type { Line } from '../types.js';

export interface TitleResult {
  title: string;
  publisher: string | null;
  line: number;
}

// "Title | Site", "Title - Site", "Title — Site": the last part is a site name when it is short
// and the rest is long. A headline's own colon ("Superbugs: the next pandemic") is never split.
const SITE_SEPARATOR = /\s+(?:[|\-–—»·]|::)\s+/u;

/** Splits "Title | Site" into its parts; the site part must be short (≤ 5 words). */
export function splitSiteName(text: string): { title: string; site: string | null } {
  const parts = text.split(SITE_SEPARATOR);
  if (parts.length < 2) return { title: text, site: null };
  const site = parts[parts.length - 1].trim();
  const title = parts.slice(0, -1).join(' - ').trim();
  const siteWords = site.split(/\s+/).length;
  if (siteWords > 5 || title.split(/\s+/).length < siteWords + 2) return { title: text, site: null };
  return { title, site };
}

/**
 * The title is the first line that reads like a headline: up to 30 words, no sentence end
 * (a question or exclamation mark is allowed), within the first lines of the page.
 * Example: the seed's first line "Beijing Says China-Cambodia Crackdown … Is Showing Results".
 */
export function findTitle(lines: Line[], skip: (i: number) => boolean): TitleResult | null {
  for (let i = 0; i < Math.min(lines.length, 5); i++) {
    if (skip(i)) continue;
    const text = lines[i].text;
    const words = text.split(/\s+/).length;
    // Wire copy ends its headline with a full stop ("Lebanon sentences pro-Israeli warlord to
    // death."): allowed on the first line only, where nothing else can stand.
    // A headline stands above the article: once running text has begun, there is none to find.
    if (i > 0 && isProse(text)) break;
    const end = i === 0 && words <= 14 && !/^["“'‘`]/u.test(text) ? /[,;:]$/ : /[.,;:]$/;
    if (
      words < 2 ||
      words > 30 ||
      end.test(text.replace(/["'”’`]+$/u, '')) ||
      !looksLikeHeadline(text) ||
      isDateline(text)
    )
      continue;
    const { title, site } = splitSiteName(text);
    return { title, publisher: site, line: i };
  }
  return null;
}

/**
 * A headline is words: not a table row ("id,name,price", tab-separated cells), not code
 * ("function f() {", "import x from 'y';"), not a link ("https://…").
 */
export function looksLikeHeadline(text: string): boolean {
  if ((text.match(/[,\t;|]/g)?.length ?? 0) >= 3 && !/\s[-–—|]\s/.test(text)) return false;
  if (/[{}<>=]|\(\)|^(?:import|export|const|let|var|function|def|class|public|private|#include|package)\b/.test(text))
    return false;
  if (/^(?:https?:\/\/|www\.)\S+$/.test(text)) return false;
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  return letters / text.replace(/\s/g, '').length >= 0.6;
}

const WIRE_MARK = String.raw`\((?:AP|Reuters|AFP|Xinhua|UPI|dpa)\s*\)|\d{4}-\d{2}-\d{2}`;
const DATELINE_SHAPE = new RegExp(
  String.raw`^\p{Lu}[\p{Lu} .'’-]+(?:,\s*[\p{L} .,]+?)?(?:,?\s*\p{L}+\.?\s\d{1,2})?\s*(?:${WIRE_MARK})?\s*(?:_|--|-|—)?\s*$`,
  'u',
);
const DATELINE_MARK = new RegExp(String.raw`${WIRE_MARK}|\s(?:_|--)$`, 'u');

/** "NAIROBI, Kenya (AP) _", "WHISTLER, British Columbia 1996-12-06": a dateline, not a headline. */
function isDateline(text: string): boolean {
  return DATELINE_SHAPE.test(text) && DATELINE_MARK.test(text);
}
