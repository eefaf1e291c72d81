// For HTML input: what the publisher declared about its article (io/html/metadata.ts) fills the
// title, the publication and update dates and the publisher, where the text's own evidence is
// weaker. A declared value is taken only where a reader would agree with it:
//   - title: the declared headline when the page shows it as a line of its own; a declared title
//     with the site's name after it ("Headline | Site") is cut to the line the page shows;
//   - dates: as declared, once checked (metadata.ts refuses "0001-01-01" and the like);
//   - publisher: the declared name, when no stronger line of the page names one;
//   - authors: see authorsPass (the declared people, when the page declares any).
import type { Page } from '../page.js';
import { foldTypography } from '../text/normalize.js';

const normal = (s: string): string => foldTypography(s).replace(/\s+/g, ' ').trim().toLowerCase();

/** Pass: the declared title, dates and publisher of an HTML page. */
export function metadataPass(page: Page): void {
  const meta = page.html?.metadata;
  if (!meta) return;
  const { record, lines, sources } = page;
  const shown = new Map(lines.map((l, i) => [normal(l.text), i] as const));
  // meta.titles holds meta.title first, then every other headline the page declares.
  const candidates = [...meta.titles, ...meta.titles.flatMap(siteless), ...siteless(meta.documentTitle)];
  for (const candidate of candidates) {
    if (!candidate) continue;
    const line = shown.get(normal(candidate));
    // The line is the page's own headline: the first line (the browser title) counts only when
    // nothing below repeats it.
    if (line !== undefined && (line !== 0 || !record.title)) {
      record.title = lines[line].text.trim();
      sources.title = { line, rule: 'declared-headline' };
      break;
    }
  }
  // The day the page shows beats the declared one when they are a day apart: declared times are
  // often written in the wrong zone ("2019-11-20T04:31:13-06:00" on a page that says "Nov 19,
  // 2019, 10:31 pm CST"). Further apart, the shown date is likely the page's, not the article's.
  if (meta.published && !(record.published && daysApart(record.published, meta.published) <= 1)) {
    record.published = meta.published;
    sources.published = { line: dateLine(page, meta.published), rule: 'declared-date' };
  }
  if (meta.updated && meta.updated !== meta.published) {
    record.updated = meta.updated;
    sources.updated = { line: dateLine(page, meta.updated), rule: 'declared-date' };
  }
  if (meta.publisher && !record.publisher) record.publisher = meta.publisher;
}

/** "Headline | Site", "Headline - Site": the title without the site's name after it. */
function siteless(title: string | null): string[] {
  if (!title) return [];
  // The first separator with spaces around it, ten characters in or more, ends the headline.
  const found = [' | ', ' – ', ' — ', ' - ', ' : '].map((sep) => title.indexOf(sep, 10)).filter((i) => i >= 0);
  const at = found.length ? Math.min(...found) : -1;
  const rest = at > 0 ? title.slice(at).replace(/^\s*[|–—:-]\s*/u, '') : '';
  // The rest is one name: no further separator in it.
  const oneName = rest.length >= 2 && rest.length <= 60 && !/[|–—]/u.test(rest);
  return at >= 10 && oneName ? [title.slice(0, at).trim()] : [];
}

/** The line that shows the declared day, else the title's (provenance needs a line). */
function dateLine(page: Page, iso: string): number {
  const day = iso.slice(0, 10);
  const i = page.lines.findIndex((l) => l.text.includes(day));
  return i >= 0 ? i : (page.sources.title?.line ?? 0);
}

const daysApart = (a: string, b: string): number =>
  Math.abs(Date.parse(a.slice(0, 10)) - Date.parse(b.slice(0, 10))) / 86_400_000;
