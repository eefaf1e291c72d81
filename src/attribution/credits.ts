import { AGENCIES } from '../data/agencies.js';
import { authorsOf } from '../layout/person-name.js';
import type { Page } from '../page.js';
import { gazetteer } from '../entities/gazetteer.js';
import type { WireCredit } from '../types.js';

const AGENCY = AGENCIES.join('|');

/**
 * A wire story's opening: "NAIROBI, Kenya (AP) _ …", "WASHINGTON (Reuters) - …",
 * "LONDON, March 5 (Reuters) —". Gives the agency and the dateline place; neither goes into the
 * byline.
 */
export function wireCredit(firstParagraph: string | null): WireCredit {
  if (!firstParagraph) return { agency: null, place: null, length: 0 };
  const m = new RegExp(
    String.raw`^(\p{Lu}[\p{Lu}.'’-]+(?:[ -]\p{Lu}[\p{Lu}.'’-]+)*(?:,\s*\p{Lu}[\p{L}.]+(?:\s\p{Lu}[\p{L}.]+)*)?)` +
      String.raw`(?:,\s*\p{L}+\.?\s\d{1,2})?\s*(?:\((${AGENCY})\)\s*)?[-–—_:]`,
    'u',
  ).exec(firstParagraph);
  if (m && (m[2] || /^\p{Lu}{3,}/u.test(m[1])))
    return { agency: m[2] ?? null, place: m[1].trim(), length: m[0].length };
  const signed = new RegExp(`(?:^|\\s)[-–—]\\s*(${AGENCY})\\s*$|^\\((${AGENCY})\\)`, 'u').exec(firstParagraph);
  return { agency: signed ? (signed[1] ?? signed[2]) : null, place: null, length: 0 };
}

/** Pass: the wire opening's agency and dateline place, from the body's first paragraph. */
export function wireCreditPass(page: Page): void {
  const { record } = page;
  page.credit = wireCredit(record.paragraphs[0] ?? null);
  // The wire opening's signature, else an agency's byline in the head (body/head.ts).
  record.agency = page.credit.agency ?? record.agency;
  record.dateline = page.credit.place || record.published ? { place: page.credit.place, date: record.published } : null;
}

/** Pass: the byline's people, one name each, from the byline the confidence pass kept (or the page's declared authors). */
export function authorsPass(page: Page): void {
  // An HTML page's declared people come first (metadata.ts has refused sites and desks).
  // Each declared name is read as a byline is ("By TOM KRISHER, AP Auto Writer" → Tom Krisher).
  // The publication itself is no author ("Jane Doe. Example News" declares both).
  const meta = page.html?.metadata;
  const site = (meta?.publisher ?? page.record.publisher ?? '').toLowerCase();
  const declared = [
    ...new Set(
      (meta?.authors ?? [])
        .flatMap((a) => authorsOf(a))
        .map(nameCase)
        .filter((n) => !site || !site.includes(n.toLowerCase())),
    ),
  ];
  page.record.authors = (declared.length ? declared : authorsOf(page.record.byline)).filter((n) => !isPlaceName(n));
}

/**
 * A place, a country or a company the gazetteer knows is no author: "By Jane Doe, Los Angeles
 * Times" gave "Los Angeles" once the publication's last word went as a title would. A one-word
 * town may be a given name too ("Posted by Florence"), so it stays.
 */
function isPlaceName(name: string): boolean {
  const e = gazetteer().entries.get(name);
  return !!e && (name.includes(' ') || !['city', 'capital', 'region'].includes(e.kind));
}

/** "TOM KRISHER" → "Tom Krisher": a name declared in capitals, as it is written in running text. */
function nameCase(name: string): string {
  if (name !== name.toUpperCase()) return name;
  return name.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}
