// Who published the page, when the layout found no publisher beside the byline: the site name the
// page's title line adds to its headline ("… and Pay - WSJ"), the name in its copyright line
// ("© 2005-2019 SlashGear, All Rights Reserved."), or the agency that signed a wire story.
import type { Page } from '../page.js';
import { normalizeLine } from '../text/normalize.js';
import { AGENCY_NAMES } from '../data/agencies.js';
import { isSiteName, titleParts, wordsKey } from '../layout/title.js';
import { NOT_A_SITE_NAME } from '../layout/data/labels.js';

// "Title | Site", "Title - Site", "Title — Site", "Title :: Site", "Title » Site", "Title · Site".
const SEPARATOR = /^\s*(?:[|\-–—»·:]|::)\s+/u;

/** The site name the title line prints after the headline: "Headline - Site" gives "Site". */
function siteAfterHeadline(titleLine: string, title: string): string | null {
  const line = titleLine.trim();
  // A title the page prints with a kicker ("History mystery: What became of …") ends with the
  // title line's first part.
  const lead = titleParts(line)[0] ?? '';
  const headline = normalizeLine(line).startsWith(normalizeLine(title))
    ? title
    : lead.split(/\s+/).length >= 4 && wordsKey(title).endsWith(` ${wordsKey(lead)}`)
      ? lead
      : null;
  if (!headline || line.length <= headline.length) return null;
  const rest = line.slice(headline.length);
  if (!SEPARATOR.test(rest)) return null;
  // "Headline - NHL.com - News": a section after the site's name is no part of it.
  const site = titleParts(rest.replace(SEPARATOR, ''))
    .filter((part) => !NOT_A_SITE_NAME.test(normalizeLine(part)))
    .join(' - ');
  return site && site.split(/\s+/).length <= 6 && isSiteName(site, headline) ? site : null;
}

const WEB_CREDIT = /^\s*(?:designed|powered|built|hosted|developed|made|site|theme|website)\s+(?:by|with)\b/i;

/** The name a copyright line gives: "© 2005-2019 SlashGear, All Rights Reserved." → SlashGear. */
export function copyrightHolder(line: string): string | null {
  const mark = /©|\(c\)|copyright/i.exec(line);
  if (!mark) return null;
  // The holder stands between the mark and "All rights reserved" ("© 2019 X. All rights
  // reserved."); what follows that phrase is the footer's links ("© All rights reserved | Terms").
  const reserved = /\ball rights reserved\b/i.exec(line);
  const scope = reserved && reserved.index > mark.index ? line.slice(0, reserved.index) : line;
  const cleaned = scope
    .replace(/©|\(c\)|\bcopyright\b|\ball rights reserved\b|\ball contents\b/gi, ' ')
    .replace(/\b(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)?\d{2})?\b/g, ' ')
    // A year in Roman numerals, as some footers print it: "© MMIX Example Press".
    .replace(/\bM{1,2}(?=[CDLXVI])(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})\b/g, ' ');
  // The first piece with words: "Washington Examiner" of ". Washington Examiner. ".
  for (const piece of cleaned.split(
    /\s[-–—|]\s|[|;]|\.(?:\s|$)|,\s+(?=(?:a|an|the|part of|owned by)\s)|\s(?:is|are)\s/iu,
  )) {
    // "Designed by Gray Digital Media", "Powered by Clickability": the site's makers, not its owner.
    if (WEB_CREDIT.test(piece)) continue;
    const name = piece
      .replace(/\s+(?:unless otherwise (?:noted|stated)|(?:powered|designed|hosted) by\b).*$/i, '')
      .replace(/^\s*(?:by|the property of)\s+/i, '')
      .replace(/[\s,.]+(?:inc|llc|ltd|limited|corp|gmbh|plc)\.?\s*$/i, '')
      .replace(/^[\s,.:·]+|[\s,.:·]+$/g, '')
      .replace(/\s+/g, ' ')
      .trim();
    if (name && /\p{L}{2}/u.test(name)) return name.split(' ').length <= 6 ? name : null;
  }
  return null;
}

/**
 * A site names itself more than once on its own page (masthead, "More from X", newsletter,
 * "About X"); a name printed only in the copyright notice is most often the owner's: "© Copyright
 * Gannett" under a local paper, "© NYP Holdings, Inc." under the New York Post. Wrong is worse
 * than empty, so such a holder is left out (on the dev pages: two owners out, one site lost).
 */
function namedTwice(text: string, name: string): boolean {
  const lower = text.toLowerCase();
  const first = lower.indexOf(name.toLowerCase());
  return first >= 0 && lower.indexOf(name.toLowerCase(), first + name.length) >= 0;
}

/** Pass: the publisher, when the byline block named none. */
export function publisherPass(page: Page): void {
  const { record, lines } = page;
  if (record.publisher) return;
  if (page.titleLine !== null && record.title) {
    const site = siteAfterHeadline(lines[page.titleLine].text, record.title);
    if (site) {
      record.publisher = site;
      page.sources.publisher = { line: page.titleLine, rule: 'title-site-name' };
      return;
    }
  }
  for (let i = lines.length - 1; i >= 0 && i >= lines.length - 80; i--) {
    if (
      lines[i].verdict?.role === 'body' ||
      !/^(?:all rights reserved\s*|all contents\s*)?(?:©|\(c\)|copyright)/i.test(lines[i].text)
    )
      continue;
    const holder = copyrightHolder(lines[i].text);
    if (holder && namedTwice(page.text, holder)) {
      record.publisher = holder;
      page.sources.publisher = { line: i, rule: 'copyright-line' };
      return;
    }
  }
  const first = lines.findIndex((l) => l.verdict?.role === 'body');
  // The agency that signs the opening; an agency byline on another site's page is that site's.
  if (page.credit.agency && first >= 0) {
    record.publisher = AGENCY_NAMES[page.credit.agency] ?? page.credit.agency;
    page.sources.publisher = { line: first, rule: 'wire-opening' };
  }
}
