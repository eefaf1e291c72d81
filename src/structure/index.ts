import type { Line, Section, Verdict } from '../types.js';
import { findTitle } from './title.js';
import { findTakeaways } from './takeaways.js';
import { findSections } from './sections.js';
import { findByline } from './byline.js';
import { findDatelines, LABELLED_DATE_LINE } from './dateline.js';
import type { Timestamp } from '../types.js';
import { normalizeLine } from '../text/normalize.js';
import { BYLINE_PREFIX } from './data/labels.js';

export interface Structure {
  /** The line after which the article text is expected (its headline, byline or date line). */
  start: number | null;
  /** Where each field came from: its line and the rule that chose it. */
  sources: Partial<
    Record<'title' | 'byline' | 'publisher' | 'published' | 'updated' | 'kicker', { line: number; rule: string }>
  >;
  /** Other full dates near the top that lost to the published date. */
  dateAlternatives: number[];
  verdicts: Array<Verdict | null>;
  title: string | null;
  titleLine: number | null;
  kicker: string | null;
  byline: string | null;
  publisher: string | null;
  published: string | null;
  updated: string | null;
  stamps: { published: Timestamp | null; updated: Timestamp | null };
  keyTakeaways: string[];
  sections: Section[];
}

/**
 * Finds the parts of an article that are not body text: title, takeaways, labelled sections,
 * byline block and date line. `known` holds the boilerplate verdicts of the first pass; the
 * returned verdicts add the structural roles.
 */
export function findStructure(lines: Line[], known: Array<Verdict | null>, notAfter: string | null = null): Structure {
  const v = [...known];
  const free = (i: number): boolean => !v[i];
  const set = (i: number, role: Verdict['role'], reason: string): void => {
    v[i] = { role, reason };
  };

  const title = findTitle(lines, (i) => !free(i));
  let headline: number | null = null;
  if (title) {
    set(title.line, 'title', 'first-headline-line');
    // The headline printed again above the article (the page's <title> and its <h1>). The <h1>
    // has no site name: when the first line starts with it, it is the cleaner title.
    headline = findHeadline(lines, title.line, free);
    const h1 = headline !== null ? lines[headline].text : null;
    const opensTitle = h1 !== null && normalizeLine(lines[title.line].text).startsWith(normalizeLine(h1));
    if (opensTitle && h1.length < title.title.length) title.title = h1;
    // A site name is split off only when the page names it elsewhere too (a footer, a byline
    // block, a logo line): "Title | Daily Courier" … "© 2024 Daily Courier".
    if (title.publisher && !siteNamedElsewhere(lines, title.line, title.publisher)) {
      if (!opensTitle) title.title = lines[title.line].text;
      title.publisher = null;
    }
    // "Daily Courier: Council Approves Plan": a colon splits off a site name only when the page
    // prints that name on a line of its own or after a ©; a headline's own colon ("Superbugs:
    // The Next Pandemic") stays.
    if (!title.publisher) {
      const colon =
        /^([^:]{2,40}):\s+(.{10,})$/u.exec(title.title) ?? /^(.{10,}?)\s*:\s+([^:]{2,40})$/u.exec(title.title);
      if (colon) {
        const [site, rest] =
          /^([^:]{2,40}):\s+/.test(title.title) && siteAsOwnLine(lines, title.line, colon[1])
            ? [colon[1], colon[2]]
            : siteAsOwnLine(lines, title.line, colon[2])
              ? [colon[2], colon[1]]
              : [null, null];
        if (site && rest) {
          title.title = rest.trim();
          title.publisher = site.trim();
        }
      }
    }
    const key = normalizeLine(title.title);
    lines.forEach((l, i) => {
      if (i !== title.line && free(i) && normalizeLine(l.text) === key) set(i, 'boilerplate', 'title-repeat');
    });
    if (headline !== null && free(headline)) set(headline, 'boilerplate', 'title-repeat');
  }
  const take = findTakeaways(lines);
  if (take) {
    set(take.heading, 'takeaways-heading', 'takeaways-heading');
    take.items.forEach((i) => set(i, 'takeaway', 'bullet-under-takeaways'));
  }
  const sections = findSections(lines).filter((s) => [...s.labelLines, ...s.lines].every(free));
  for (const s of sections) {
    s.labelLines.forEach((i) => set(i, 'section-label', 'section-label'));
    s.headingLines.forEach((i) => set(i, 'section-heading', 'heading-under-label'));
    s.lines.forEach((i) => set(i, 'section-body', 'paragraph-under-label'));
  }
  const limit = Math.min(lines.length, Math.max(12, Math.ceil(lines.length / 3)));
  const { published: date, updated, others: otherDates } = findDatelines(lines, limit, notAfter);
  if (date && (free(date.line) || v[date.line]?.reason === 'timestamp')) set(date.line, 'dateline', 'date-near-top');
  if (updated && (free(updated.line) || v[updated.line]?.reason === 'timestamp'))
    set(updated.line, 'dateline', 'updated-line');
  // "Posted on April 12, 2023 by Margaret Ellis": the date line can carry the byline too.
  const by = findByline(lines, (i) => free(i) || v[i]?.role === 'dateline');
  if (by) {
    if (free(by.bylineLine)) set(by.bylineLine, 'byline', 'byline-pattern');
    if (by.publisherLine !== null) set(by.publisherLine, 'publisher', 'byline-prefix');
    if (by.kickerLine !== null && free(by.kickerLine)) set(by.kickerLine, 'kicker', 'short-line-in-byline-block');
  }
  // Where the article starts: after its headline, byline or date line, whichever comes last.
  // Marks far below the headline belong to teasers, not to this article.
  const near = (i: number | null): i is number =>
    i !== null && i < lines.length * 0.7 && (headline === null || (i >= headline && i - headline <= 8));
  const marks = [headline, by?.bylineLine ?? null, date?.line ?? null, updated?.line ?? null].filter(near);
  const sources: Structure['sources'] = {};
  if (title)
    sources.title = {
      line: title.line,
      rule: headline !== null ? 'first-line-confirmed-by-headline' : 'first-headline-line',
    };
  if (by)
    sources.byline = {
      line: by.bylineLine,
      rule: BYLINE_PREFIX.test(lines[by.bylineLine].text) ? 'by-prefix' : 'desk-byline',
    };
  if (by?.publisherLine != null) sources.publisher = { line: by.publisherLine, rule: 'byline-prefix' };
  else if (title?.publisher) sources.publisher = { line: title.line, rule: 'title-site-name' };
  if (date)
    sources.published = {
      line: date.line,
      rule: LABELLED_DATE_LINE.test(lines[date.line].text.trim()) ? 'labelled-date-line' : 'date-near-top',
    };
  if (updated) sources.updated = { line: updated.line, rule: 'labelled-date-line' };
  return {
    // Without a headline to measure from, the earliest mark: a "First published" line at the foot
    // of the article is no start.
    start: !marks.length ? null : headline === null ? Math.min(...marks) : Math.max(...marks),
    sources,
    dateAlternatives: date ? otherDates : [],
    verdicts: v,
    title: title?.title ?? null,
    titleLine: title?.line ?? null,
    kicker: by && by.kickerLine !== null && v[by.kickerLine]?.role === 'kicker' ? by.kicker : null,
    byline: by?.byline ?? null,
    publisher: by?.publisher ?? title?.publisher ?? null,
    published: date?.value ?? null,
    updated: updated?.value ?? null,
    stamps: { published: date?.stamp ?? null, updated: updated?.stamp ?? null },
    keyTakeaways: take?.texts ?? [],
    sections: sections.map((s) => s.section),
  };
}

/**
 * The page's own headline (its <h1>) printed again below the <title> line: a later line, in the
 * first 70% of the page, with at least three words, that the title line starts with or equals.
 */
function findHeadline(lines: Line[], titleLine: number, free: (i: number) => boolean): number | null {
  const first = normalizeLine(lines[titleLine].text);
  for (let i = titleLine + 1; i < Math.ceil(lines.length * 0.7); i++) {
    const t = normalizeLine(lines[i].text);
    if (free(i) && t.split(' ').length >= 3 && (first === t || first.startsWith(`${t} `))) return i;
  }
  return null;
}

/** The site name printed alone on a line, or after a © ("© 2025 Daily Courier. All rights reserved."). */
function siteAsOwnLine(lines: Line[], titleLine: number, site: string): boolean {
  const key = normalizeLine(site);
  const copyright = new RegExp(
    `^(?:©|\\(c\\)|copyright)\\s*(?:\\d{4}\\s*)?${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`,
  );
  return lines.some((l, i) => {
    if (i === titleLine) return false;
    const t = normalizeLine(l.text);
    return t === key || copyright.test(t);
  });
}

function siteNamedElsewhere(lines: Line[], titleLine: number, site: string): boolean {
  const key = normalizeLine(site);
  return lines.some((l, i) => i !== titleLine && normalizeLine(l.text).includes(key));
}
