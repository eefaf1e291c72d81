// The order of the work, in one list, as chrono lists its parsers and refiners: each pass is a
// named unit that reads the page and adds to it. The folders follow the same order:
//
//   layout       what each line is: widgets, title, takeaways, sections, date lines, byline
//   body         which lines are the article, its dek and paragraphs
//   dates        the reference date, then every date, time, duration and set
//   entities     names (people, places, organisations, nationalities), grouped
//   attribution  wire credits, quotes, where each field came from, how sure, authors
//   analyze      language, figures, keywords
//   render       the record's text as a reader sees it (Markdown syntax folded away)
//
// render/ then prints the record; cli/ and io/ sit around it all.
import { newPage, type Page } from './page.js';
import type { ArticleRecord, ParseOptions } from './types.js';
import { linesPass } from './layout/lines.js';
import { widgetsPass } from './layout/widgets.js';
import { titlePass } from './layout/title.js';
import { takeawaysPass } from './layout/takeaways.js';
import { sectionsPass } from './layout/sections.js';
import { dateLinesPass } from './layout/datelines.js';
import { bylinePass } from './layout/byline.js';
import { articleStartPass } from './layout/start.js';
import { bodyLinesPass } from './body/classify.js';
import { dekPass } from './body/dek.js';
import { articleHeadPass } from './body/head.js';
import { paragraphsPass } from './body/paragraphs.js';
import { refDatePass } from './dates/ref-date.js';
import { datesPass } from './dates/find.js';
import { namesPass } from './entities/recognize.js';
import { mentionsPass } from './entities/mentions.js';
import { officialsPass } from './attribution/officials/officials.js';
import { authorsPass, wireCreditPass } from './attribution/credits.js';
import { quotesPass } from './attribution/quotes.js';
import { publisherPass } from './attribution/publisher.js';
import { confidencePass, provenancePass } from './attribution/provenance.js';
import { languagePass } from './analyze/language.js';
import { statsPass } from './analyze/stats.js';
import { keywordsPass } from './analyze/keywords.js';
import { tidyTextPass } from './render/tidy.js';
import { renderMarkdown } from './io/markdown.js';
import { renderHtml } from './io/html/render.js';
import { domEvidencePass } from './body/dom-evidence.js';
import { metadataPass } from './attribution/metadata.js';

export type Stage = 'layout' | 'body' | 'dates' | 'entities' | 'attribution' | 'analyze' | 'render';

export interface Pass {
  stage: Stage;
  name: string;
  run(page: Page): void;
}

/** Every pass, in the order it runs. */
export const PASSES = [
  { stage: 'layout', name: 'lines', run: linesPass },
  { stage: 'layout', name: 'widgets', run: widgetsPass },
  { stage: 'layout', name: 'title', run: titlePass },
  { stage: 'layout', name: 'takeaways', run: takeawaysPass },
  { stage: 'layout', name: 'sections', run: sectionsPass },
  { stage: 'layout', name: 'date-lines', run: dateLinesPass },
  { stage: 'layout', name: 'byline', run: bylinePass },
  { stage: 'layout', name: 'article-start', run: articleStartPass },
  { stage: 'body', name: 'body-lines', run: bodyLinesPass },
  { stage: 'body', name: 'dom-evidence', run: domEvidencePass },
  { stage: 'body', name: 'article-head', run: articleHeadPass },
  { stage: 'body', name: 'metadata', run: metadataPass },
  { stage: 'body', name: 'dek', run: dekPass },
  { stage: 'body', name: 'paragraphs', run: paragraphsPass },
  { stage: 'dates', name: 'ref-date', run: refDatePass },
  { stage: 'dates', name: 'dates', run: datesPass },
  { stage: 'entities', name: 'names', run: namesPass },
  { stage: 'entities', name: 'mentions', run: mentionsPass },
  { stage: 'attribution', name: 'wire-credit', run: wireCreditPass },
  { stage: 'attribution', name: 'officials', run: officialsPass },
  { stage: 'attribution', name: 'publisher', run: publisherPass },
  { stage: 'attribution', name: 'quotes', run: quotesPass },
  { stage: 'attribution', name: 'provenance', run: provenancePass },
  { stage: 'attribution', name: 'confidence', run: confidencePass },
  { stage: 'attribution', name: 'authors', run: authorsPass },
  { stage: 'analyze', name: 'language', run: languagePass },
  { stage: 'analyze', name: 'stats', run: statsPass },
  { stage: 'analyze', name: 'keywords', run: keywordsPass },
  { stage: 'render', name: 'tidy-text', run: tidyTextPass },
] as const satisfies readonly Pass[];

export type PassName = (typeof PASSES)[number]['name'];

function heapMb(): string {
  (globalThis as { gc?: () => void }).gc?.();
  return (process.memoryUsage().heapUsed / 2 ** 20).toFixed(0);
}

/** Runs every pass over the text: the page, with every line judged and the record filled. */
export function runPasses(text: string, options: ParseOptions = {}): Page {
  const page = pageOf(text, options);
  const deadline = options.budgetMs ? Date.now() + options.budgetMs : Infinity;
  const timings = process.env.BRIEFCLI_TIMINGS ? new Map<string, string>() : null;
  for (const pass of PASSES) {
    if (Date.now() > deadline) throw new ParseTimeout(options.budgetMs!);
    const t0 = timings ? performance.now() : 0;
    pass.run(page);
    if (timings) timings.set(pass.name, `${(performance.now() - t0).toFixed(0)}ms/${heapMb()}MB`);
  }
  // BRIEFCLI_TIMINGS=1: where a document's time and memory go (each pass's milliseconds, the heap
  // after it), one line per document on stderr. Under `node --expose-gc` the heap is collected
  // first, so the figure is what the page holds, not garbage V8 has not yet collected.
  if (timings) process.stderr.write(`timings: ${[...timings].map(([k, v]) => `${k}=${v}`).join(' ')}\n`);
  return page;
}

/**
 * The page the passes read: Markdown with its syntax blanked out (the same length, so offsets are
 * the input's); HTML rendered to its visible text (offsets are the rendered text's), with what
 * its DOM and metadata say; else the text as it is.
 */
function pageOf(text: string, options: ParseOptions): Page {
  if (options.format === 'html') {
    const rendered = renderHtml(text);
    const page = newPage(rendered.text, options);
    page.html = { lines: rendered.lines, metadata: rendered.metadata };
    return page;
  }
  return newPage(options.format === 'markdown' ? renderMarkdown(text) : text, options);
}

/** A document that ran over its time budget. */
export class ParseTimeout extends Error {
  constructor(budgetMs: number) {
    super(`took longer than ${budgetMs} ms (raise --doc-timeout)`);
  }
}

/** The layout passes only: the page as the body stage receives it (the body model trains on it). */
export function runLayout(text: string, options: ParseOptions = {}): Page {
  const page = pageOf(text, options);
  for (const pass of PASSES) if (pass.stage === 'layout') pass.run(page);
  return page;
}

/**
 * Parses one article's raw text into an ArticleRecord. Offsets in `mentions` are JavaScript
 * string indices into `text`.
 */
export function parseArticle(text: string, options: ParseOptions = {}): ArticleRecord {
  return runPasses(text, options).record;
}
