import type { FieldSource, Line, Verdict } from '../types.js';
import type { Structure } from './index.js';
import type { WireCredit } from './credits.js';

// How much each rule is trusted. Set by looking at what each rule got wrong on the article-body
// dev pages; a field under --min-confidence is left empty with a warning instead.
const CONFIDENCE: Record<string, number> = {
  'first-line-confirmed-by-headline': 0.95,
  'first-headline-line': 0.7,
  'by-prefix': 0.9,
  'desk-byline': 0.75,
  'byline-prefix': 0.85,
  'title-site-name': 0.8,
  'labelled-date-line': 0.95,
  'date-near-top': 0.85,
  'dek-before-body': 0.85,
  'lede-paragraph': 0.7,
  'bullets-under-heading': 0.9,
  'label-heading-paragraphs': 0.85,
  'wire-opening': 0.9,
};

const span = (lines: Line[], ids: number[]): { start: number; end: number } =>
  ids.length ? { start: lines[ids[0]].start, end: lines[ids[ids.length - 1]].end } : { start: 0, end: 0 };

function source(
  lines: Line[],
  ids: number[],
  rule: string,
  confidence = CONFIDENCE[rule] ?? 0.6,
  alternatives: FieldSource['alternatives'] = [],
): FieldSource {
  return { ...span(lines, ids), rule, confidence, alternatives };
}

/**
 * Where each field came from: the input offsets, the rule that chose it, a confidence from 0 to 1
 * and the candidates it beat. Also the warnings a reader should see ("title taken from the first
 * line only", "no publication date stated", "body may be cut").
 */
export function provenanceOf(
  lines: Line[],
  verdicts: Verdict[],
  s: Structure,
  dek: number[],
  credit: WireCredit,
): { provenance: Record<string, FieldSource>; warnings: string[] } {
  const p: Record<string, FieldSource> = {};
  const warnings: string[] = [];
  for (const field of ['title', 'byline', 'publisher', 'published', 'updated'] as const) {
    const src = s.sources[field];
    if (!src) continue;
    const alternatives =
      field === 'published'
        ? s.dateAlternatives.map((i) => ({ start: lines[i].start, end: lines[i].end, text: lines[i].text, score: 0.5 }))
        : [];
    p[field] = source(lines, [src.line], src.rule, undefined, alternatives);
  }
  if (s.sources.title?.rule === 'first-headline-line') warnings.push('title taken from the first line only');
  if (!s.sources.published) warnings.push('no publication date stated');
  const body = verdicts.map((v, i) => (v.role === 'body' || v.role === 'subheading' ? i : -1)).filter((i) => i >= 0);
  if (dek.length) p.summary = source(lines, dek, 'dek-before-body');
  else if (body.length) p.summary = source(lines, [body[0]], 'lede-paragraph');
  const take = verdicts.map((v, i) => (v.role === 'takeaway' ? i : -1)).filter((i) => i >= 0);
  if (take.length) p.keyTakeaways = source(lines, take, 'bullets-under-heading');
  const sec = verdicts.map((v, i) => (v.role.startsWith('section') ? i : -1)).filter((i) => i >= 0);
  if (sec.length) p.sections = source(lines, sec, 'label-heading-paragraphs');
  if (body.length) {
    // The body's confidence: how much of it is running prose rather than short lines.
    const prose = body.filter((i) => verdicts[i].reason === 'prose').length;
    p.body = source(lines, body, 'best-prose-region', Math.round((0.5 + 0.5 * (prose / body.length)) * 100) / 100);
    // A "Read more" link between body paragraphs: pages that fold the article may not have
    // printed all of it.
    const cut = lines.findIndex(
      (l, i) =>
        i > body[0] &&
        i < body[body.length - 1] &&
        verdicts[i].role === 'boilerplate' &&
        /^(?:read more|continue reading|read the full|click here to read more)\b/i.test(l.text),
    );
    if (cut >= 0) warnings.push(`body may be cut: '${lines[cut].text}' inside the article`);
  } else warnings.push('no article body found');
  // The dateline: the wire opening it was read from ("WASHINGTON (Reuters) -"), else the date line.
  const firstBody = verdicts.findIndex((v) => v.role === 'body');
  if (credit.place && firstBody >= 0)
    p.dateline = {
      start: lines[firstBody].start,
      end: lines[firstBody].start + credit.length,
      rule: 'wire-opening',
      confidence: CONFIDENCE['wire-opening'],
      alternatives: [],
    };
  else if (p.published) p.dateline = { ...p.published, rule: 'date-line' };
  return { provenance: p, warnings };
}
