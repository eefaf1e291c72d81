// The page that flows through the passes (pipeline.ts): the input's lines, each with its offsets
// and the verdict a pass gave it, what the layout found where, the spans found so far, and the
// record being filled. Every pass reads what earlier passes wrote and adds its own part.
import { SETTINGS } from './settings.js';
import type {
  ArticleRecord,
  BlockRole,
  Line,
  Mention,
  NameMention,
  ParseOptions,
  Reason,
  Timestamp,
  Verdict,
  WireCredit,
} from './types.js';
import type { FieldRule } from './record/field-rules.js';
import { foldTypography } from './text/normalize.js';
import { EMBED_SIGNATURE } from './data/embeds.js';
import type { DomLine } from './io/html/render.js';
import type { PageMetadata } from './io/html/metadata.js';

export interface PageLine extends Line {
  /** The role a pass gave the line and why; null until one does (the body pass decides the rest). */
  verdict: Verdict | null;
  /** The body model's probability that the line is the article's, once the body pass has run. */
  score?: number;
}

/** The fields whose line the layout passes record, for provenance. */
export type SourcedField = 'title' | 'byline' | 'publisher' | 'published' | 'updated';

export interface Page {
  readonly text: string;
  /** The text with its typography folded (see foldedText), made once for every pass that reads it. */
  folded: string | null;
  readonly options: ParseOptions;
  lines: PageLine[];
  /** The line of the title, and of the headline printed again below it (the page's <h1>). */
  titleLine: number | null;
  headline: number | null;
  /** A site name cut from the title line ("Title | Daily Courier"). */
  site: string | null;
  /** The line after which the article text is expected (its headline, byline or date line). */
  start: number | null;
  /** Where each layout field came from: its line and the rule that chose it. */
  sources: Partial<Record<SourcedField, { line: number; rule: FieldRule }>>;
  /** Other full dates near the top that lost to the published date. */
  dateAlternatives: number[];
  /** The kicker's line, kept only while no later pass takes the line. */
  kickerLine: number | null;
  stamps: { published: Timestamp | null; updated: Timestamp | null };
  /** Lines of the dek (standfirst) the body pass left outside the body. */
  dek: number[];
  dates: Mention[];
  names: NameMention[];
  credit: WireCredit;
  /** For HTML input: what the DOM says of each line, and what the page declares about itself. */
  html: { lines: DomLine[]; metadata: PageMetadata } | null;
  /** The record, filled pass by pass; its keys are in the order they are printed. */
  record: ArticleRecord;
}

export function newPage(text: string, options: ParseOptions): Page {
  return {
    text,
    folded: null,
    options,
    lines: [],
    titleLine: null,
    headline: null,
    site: null,
    start: null,
    sources: {},
    dateAlternatives: [],
    kickerLine: null,
    stamps: { published: null, updated: null },
    dek: [],
    dates: [],
    names: [],
    credit: { agency: null, place: null, length: 0 },
    html: null,
    record: emptyRecord(options.id ?? ''),
  };
}

function emptyRecord(id: string): ArticleRecord {
  return {
    id,
    language: 'und',
    title: null,
    kicker: null,
    summary: null,
    byline: null,
    authors: [],
    agency: null,
    dateline: null,
    publisher: null,
    published: null,
    updated: null,
    timestamps: { published: null, updated: null },
    refDate: { value: '', source: 'today' },
    keyTakeaways: [],
    sections: [],
    body: '',
    paragraphs: [],
    images: [],
    quotes: [],
    removed: [],
    stats: { words: 0, sentences: 0, paragraphs: 0, readingMinutes: 0 },
    keywords: [],
    entities: { countries: [], officials: [], people: [], organizations: [], places: [], dates: [] },
    mentions: [],
    provenance: {},
    warnings: [],
    quality: { score: 0, label: 'low' },
  };
}

/** Roles whose text belongs to the article: names and dates are searched there only. */
export const ARTICLE_ROLES: readonly BlockRole[] = [
  'title',
  'summary',
  'byline',
  'dateline',
  'takeaway',
  'section-heading',
  'section-body',
  'subheading',
  'body',
];
// A caption ("Karma Automotive Andreas Thurner, left …", "Photo: Jane Doe, AP") is the picture's,
// and a gallery repeats it: readers do not count its names among the article's. Tried keeping
// captions for names: on whole scraped pages a third of the names reported outside the article
// came from them.

export const isFree = (page: Page, i: number): boolean => !page.lines[i].verdict;

export function setVerdict(page: Page, i: number, role: BlockRole, reason: Reason): void {
  page.lines[i].verdict = { role, reason };
}

/** The verdict of a line once the body pass has judged every line. */
export function verdictOf(line: PageLine): Verdict {
  if (!line.verdict) throw new Error(`line at ${line.start} has no verdict: the body pass has not run`);
  return line.verdict;
}

/** Indices of the lines with one of these roles, in order. */
export function linesWithRole(page: Page, roles: readonly BlockRole[]): number[] {
  const out: number[] = [];
  page.lines.forEach((l, i) => {
    if (l.verdict && roles.includes(l.verdict.role)) out.push(i);
  });
  return out;
}

/**
 * The page's text with curly quotes, dashes and odd spaces folded to plain ones, the same length
 * (offsets hold): the names, the tagger, the dates and the officials all read it, and a long text
 * was folded once per pass.
 */
export function foldedText(page: Page): string {
  return (page.folded ??= foldTypography(page.text));
}

/**
 * The line of the article's own headline: the one the record's title came from when the page
 * prints its headline again below the browser's title line (that line, "Headline | Site", is the
 * page's chrome: a reader counts the names of the headline above the article once).
 */
export function headlineLine(page: Page): number | null {
  return page.sources.title?.line ?? page.titleLine;
}

/**
 * [start, end) of each line of the article's text: ARTICLE_ROLES, the headline for the title line.
 * A byline is the article's when it stands right above its text (a date or a share count between
 * at most); one printed above a photo gallery, a menu or teasers belongs to the page's furniture,
 * as the whole-page entity gold marks it (ENTITIES-WEB.md): of 15 bylines on those pages, the 8
 * in the article had at most 2 lines before its first paragraph, 6 of the 7 others 4 or more.
 */
export function articleRanges(page: Page): Array<[number, number]> {
  const head = headlineLine(page);
  const firstBody = page.lines.findIndex((l) => l.verdict?.role === 'body');
  const detached = (i: number): boolean =>
    page.lines[i].verdict?.role === 'byline' && firstBody > i && firstBody - i - 1 > SETTINGS.bylineBodyMaxGap;
  const lines = linesWithRole(page, ARTICLE_ROLES).filter(
    (i) => (i !== page.titleLine || head === page.titleLine) && !detached(i),
  );
  if (head !== null && !lines.includes(head)) lines.push(head);
  const ranges = lines.map((i): [number, number] => [page.lines[i].start, page.lines[i].end]);
  return [...ranges, ...embedSignatures(page, new Set(lines))].sort((a, b) => a[0] - b[0]);
}

/**
 * The name in the signature of a post the article embeds, right under the post's text: the person
 * the article quotes there ("— Jane Doe (@janedoe) November 18, 2019"). The body's model drops
 * the line as a stamp; a reader does not drop the person. The handle is no name.
 */
function embedSignatures(page: Page, article: Set<number>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  page.lines.forEach((l, i) => {
    if (article.has(i - 1) && isEmbedSignature(l.text)) out.push([l.start, l.start + l.text.indexOf('(@')]);
  });
  return out;
}

/** A line that signs a post the article embeds: "— Jane Doe (@janedoe) November 18, 2019". */
export const isEmbedSignature = (text: string): boolean => EMBED_SIGNATURE.test(foldTypography(text).trim());

/** [start, end) of each line with one of these roles. */
export function rangesWithRole(page: Page, roles: readonly BlockRole[]): Array<[number, number]> {
  return linesWithRole(page, roles).map((i) => [page.lines[i].start, page.lines[i].end]);
}
