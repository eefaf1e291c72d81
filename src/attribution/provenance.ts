import type { FieldSource, Line } from '../types.js';
import { linesWithRole, verdictOf, type Page, type SourcedField } from '../page.js';
import { FIELD_RULES, type FieldRule } from '../record/field-rules.js';
import { SETTINGS } from '../settings.js';

const span = (lines: Line[], ids: number[]): { start: number; end: number } =>
  ids.length ? { start: lines[ids[0]].start, end: lines[ids[ids.length - 1]].end } : { start: 0, end: 0 };

function source(
  lines: Line[],
  ids: number[],
  rule: FieldRule,
  confidence: number = FIELD_RULES[rule].confidence,
  alternatives: FieldSource['alternatives'] = [],
): FieldSource {
  return { ...span(lines, ids), rule, confidence, alternatives };
}

const SOURCED: SourcedField[] = ['title', 'byline', 'publisher', 'published', 'updated'];
// "Read more" between body paragraphs: a page that folds the article may not have printed all of it.
const FOLD = /^(?:read more|continue reading|read the full|click here to read more)\b/i;

/**
 * Pass: where each field came from: the input offsets, the rule that chose it, a confidence from
 * 0 to 1 and the candidates it beat. Also the warnings a reader should see ("title taken from the
 * first line only", "no publication date stated", "body may be cut").
 */
export function provenancePass(page: Page): void {
  const { lines, sources, record } = page;
  const p: Record<string, FieldSource> = {};
  const warnings = record.warnings;
  for (const field of SOURCED) {
    const src = sources[field];
    if (!src) continue;
    const alternatives =
      field === 'published'
        ? page.dateAlternatives.map((i) => ({
            start: lines[i].start,
            end: lines[i].end,
            text: lines[i].text,
            score: 0.5,
          }))
        : [];
    p[field] = source(lines, [src.line], src.rule, undefined, alternatives);
  }
  if (sources.title?.rule === 'first-headline-line') warnings.push('title taken from the first line only');
  if (!sources.published) warnings.push('no publication date stated');
  const body = linesWithRole(page, ['body', 'subheading']);
  if (page.dek.length) p.summary = source(lines, page.dek, 'dek-before-body');
  else {
    // The paragraph the summary was taken from: the first long enough and no caption or byline.
    const lede = body.find((i) => record.summary?.startsWith(lines[i].text));
    if (lede !== undefined) p.summary = source(lines, [lede], 'lede-paragraph');
  }
  const take = linesWithRole(page, ['takeaway']);
  if (take.length) p.keyTakeaways = source(lines, take, 'bullets-under-heading');
  const sec = linesWithRole(page, ['section-label', 'section-heading', 'section-body']);
  if (sec.length) p.sections = source(lines, sec, 'label-heading-paragraphs');
  if (body.length) {
    // The body's confidence: how much of it is running prose rather than short lines.
    const prose = body.filter((i) => verdictOf(lines[i]).reason === 'prose').length;
    p.body = source(lines, body, 'best-prose-region', Math.round((0.5 + 0.5 * (prose / body.length)) * 100) / 100);
    const cut = lines.findIndex(
      (l, i) => i > body[0] && i < body[body.length - 1] && verdictOf(l).role === 'boilerplate' && FOLD.test(l.text),
    );
    if (cut >= 0) warnings.push(`body may be cut: '${lines[cut].text}' inside the article`);
  } else warnings.push('no article body found');
  // The dateline: the wire opening it was read from ("WASHINGTON (Reuters) -"), else the date line.
  const firstBody = linesWithRole(page, ['body'])[0];
  if (page.credit.place && firstBody !== undefined) {
    const start = lines[firstBody].start;
    p.dateline = { ...source(lines, [firstBody], 'wire-opening'), start, end: start + page.credit.length };
  } else if (p.published) p.dateline = { ...p.published, rule: 'date-line' };
  record.provenance = p;
}

type AbstainField = 'title' | 'summary' | 'byline' | 'publisher' | 'published';
const ABSTAIN: AbstainField[] = ['title', 'summary', 'byline', 'publisher', 'published'];

/**
 * Pass: rather empty than unsure. Each field whose rule is less sure than the caller asks
 * (`--min-confidence`) is left empty, with a warning; the authors come from the byline kept.
 */
export function confidencePass(page: Page): void {
  const { record } = page;
  const min = page.options.minConfidence ?? SETTINGS.minConfidence;
  for (const k of ABSTAIN) {
    const src = record.provenance[k];
    if (record[k] !== null && src && src.confidence < min) {
      record.warnings.push(`${k} left empty: ${src.rule} is only ${src.confidence} sure (--min-confidence ${min})`);
      record[k] = null;
    }
  }
  record.timestamps = { published: record.published ? page.stamps.published : null, updated: page.stamps.updated };
}
