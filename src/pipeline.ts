import type { ArticleRecord, Line, ParseOptions, Removed, Verdict } from './types.js';
import { splitLines, groupLines } from './segment/lines.js';
import { classifyLines, patternVerdicts } from './clean/classify.js';
import { findDek } from './structure/summary.js';
import { provenanceOf } from './structure/provenance.js';
import { splitAuthors, wireCredit } from './structure/credits.js';
import { findStructure, type Structure } from './structure/index.js';
import { findDates } from './dates/find.js';
import { todayIso, parseYmd } from './dates/calendar.js';
import { recognizeNames } from './entities/recognize.js';
import { groupEntities } from './entities/group.js';
import { findQuotes } from './structure/quotes.js';
import { bodyStats } from './analyze/stats.js';
import { keywords } from './analyze/keywords.js';
import { detectLanguage } from './analyze/language.js';
import type { Mention } from './types.js';
import { wordCount } from './text/normalize.js';

/** Roles whose text belongs to the article and is searched for entities and dates. */
const CONTENT_ROLES = new Set([
  'title',
  'summary',
  'byline',
  'dateline',
  'takeaway',
  'section-heading',
  'section-body',
  'caption',
  'subheading',
  'body',
]);

/**
 * Parses one article's raw text into an ArticleRecord: lines are judged (boilerplate or
 * structure), the body is the best stretch of prose, and the kept text is searched for names
 * and dates. Offsets in `mentions` are JavaScript string indices into `text`.
 */
export function parseArticle(text: string, options: ParseOptions = {}): ArticleRecord {
  return recordOf(text, judgeLines(text, options.refDate ?? null), options);
}

/** The record built from lines already judged, so `--explain` can show the verdicts it was built from without judging twice. */
export function recordOf(text: string, judged: Judged, options: ParseOptions = {}): ArticleRecord {
  const { lines, structure, verdicts, dek } = judged;
  const refDate = chooseRefDate(options, structure.published);
  const kept = lines.map((l, i) => [l, verdicts[i]] as const).filter(([, v]) => CONTENT_ROLES.has(v.role));
  const ranges = kept.map(([l]) => [l.start, l.end] as [number, number]);

  const dates = findDates(text, refDate.value, ranges);
  const titles = kept.filter(([, v]) => v.role === 'title').map(([l]) => [l.start, l.end] as [number, number]);
  const names = recognizeNames(text, ranges, titles);
  const mentions: Mention[] = [...names.map(toPublicMention), ...dates].sort(
    (a, b) => a.start - b.start || b.end - a.end,
  );
  const grouped = groupEntities(names, text);

  const paragraphs = paragraphsOf(lines, verdicts, ['body', 'subheading']);
  const body = paragraphs.join('\n\n');
  const summary = dek.length ? dek.map((i) => lines[i].text).join(' ') : firstProse(paragraphs);
  const quoteRanges = lines
    .map((l, i) => [l, verdicts[i]] as const)
    .filter(([, v]) => ['body', 'summary', 'section-body', 'takeaway'].includes(v.role))
    .map(([l]) => [l.start, l.end] as [number, number]);

  const credit = wireCredit(paragraphs[0] ?? null);
  const { provenance, warnings } = provenanceOf(lines, verdicts, structure, dek, credit);
  const fields = abstain(
    {
      title: structure.title,
      summary,
      byline: structure.byline,
      publisher: structure.publisher,
      published: structure.published,
    },
    provenance,
    warnings,
    options.minConfidence ?? DEFAULT_MIN_CONFIDENCE,
  );
  return {
    id: options.id ?? '',
    language: detectLanguage(paragraphs.length ? body : text),
    title: fields.title,
    kicker: structure.kicker,
    summary: fields.summary,
    byline: fields.byline,
    authors: splitAuthors(fields.byline),
    agency: credit.agency,
    dateline: credit.place || structure.published ? { place: credit.place, date: structure.published } : null,
    publisher: fields.publisher,
    published: fields.published,
    updated: structure.updated,
    timestamps: { published: fields.published ? structure.stamps.published : null, updated: structure.stamps.updated },
    refDate,
    keyTakeaways: structure.keyTakeaways,
    sections: structure.sections,
    body,
    paragraphs,
    images: lines.filter((_, i) => verdicts[i].role === 'caption').map((l) => l.text),
    quotes: findQuotes(text, quoteRanges, mentions),
    removed: removedOf(lines, verdicts),
    stats: bodyStats(paragraphs),
    keywords: keywords(body),
    entities: { ...grouped, dates: dedupeDates(dates) },
    mentions,
    provenance,
    warnings,
    quality: qualityOf(paragraphs, lines.length),
  };
}

// Below this confidence a field is left empty. The rule confidences were set so that every rule
// that fills a field keeps it at the default; a stricter user raises it.
const DEFAULT_MIN_CONFIDENCE = 0.5;

type Fields = {
  title: string | null;
  summary: string | null;
  byline: string | null;
  publisher: string | null;
  published: string | null;
};

/** Leaves empty, with a warning, each field whose rule is less sure than the caller asks. */
function abstain(
  f: Fields,
  provenance: Record<string, { confidence: number; rule: string }>,
  warnings: string[],
  min: number,
): Fields {
  const out = { ...f };
  for (const k of Object.keys(out) as Array<keyof Fields>) {
    const src = provenance[k];
    if (out[k] !== null && src && src.confidence < min) {
      warnings.push(`${k} left empty: ${src.rule} is only ${src.confidence} sure (--min-confidence ${min})`);
      out[k] = null;
    }
  }
  return out;
}

/** How much the text reads like an article: body words, paragraphs, and their share of the lines. */
function qualityOf(paragraphs: string[], lineCount: number): ArticleRecord['quality'] {
  const words = paragraphs.reduce((n, p) => n + wordCount(p), 0);
  const score = Math.round(Math.min(1, words / 300) * Math.min(1, paragraphs.length / 3) * 100) / 100;
  const label = words >= 150 && paragraphs.length >= 3 ? 'high' : words >= 50 && lineCount > 0 ? 'medium' : 'low';
  return { score, label };
}

/**
 * The cleaning and structure stages: every line of the text with its verdict (role and rule).
 * `--explain` prints exactly this.
 */
export type Judged = { lines: Line[]; structure: Structure; verdicts: Verdict[]; dek: number[] };

export function judgeLines(text: string, notAfter: string | null = null): Judged {
  const lines = splitLines(text);
  const structure = findStructure(lines, patternVerdicts(lines), notAfter);
  const verdicts = classifyLines(lines, structure.verdicts, structure.start);
  const dek = findDek(lines, verdicts, structure.titleLine);
  for (const i of dek) verdicts[i] = { role: 'summary', reason: 'dek-before-body' };
  return { lines, structure, verdicts, dek };
}

function chooseRefDate(options: ParseOptions, published: string | null): ArticleRecord['refDate'] {
  if (options.refDate && parseYmd(options.refDate)) return { value: options.refDate.slice(0, 10), source: 'input' };
  if (published && parseYmd(published)) return { value: published.slice(0, 10), source: 'published' };
  if (options.fallbackRefDate && parseYmd(options.fallbackRefDate))
    return { value: options.fallbackRefDate, source: 'option' };
  return { value: options.today ?? todayIso(), source: 'today' };
}

function toPublicMention(m: Mention & { title?: string; canonical?: string; kind?: string }): Mention {
  const out: Mention = { type: m.type, text: m.text, start: m.start, end: m.end };
  if (m.country) out.country = m.country;
  if (m.rule) out.rule = m.rule;
  return out;
}

/** Lines of the given roles, joined into paragraphs by their paragraph group. */
function paragraphsOf(lines: Line[], verdicts: Verdict[], roles: string[]): string[] {
  const picked = lines.filter((_, i) => roles.includes(verdicts[i].role));
  return groupLines(picked).map((g) => g.map((l) => l.text).join('\n'));
}

function firstProse(paragraphs: string[]): string | null {
  return paragraphs.find((p) => wordCount(p) >= 12) ?? null;
}

function removedOf(lines: Line[], verdicts: Verdict[]): Removed[] {
  return lines
    .map((l, i) => ({ l, v: verdicts[i] }))
    .filter(({ v }) => v.role === 'boilerplate')
    .map(({ l, v }) => ({ text: l.text, reason: v.reason, start: l.start, end: l.end }));
}

function dedupeDates(dates: Mention[]): ArticleRecord['entities']['dates'] {
  const seen = new Set<string>();
  const out: ArticleRecord['entities']['dates'] = [];
  for (const d of dates) {
    const key = `${d.text}\u0000${d.value}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ text: d.text, value: d.value ?? '', type: d.type as 'DATE', yearInferred: !!d.yearInferred });
  }
  return out;
}
