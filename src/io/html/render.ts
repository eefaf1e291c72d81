// HTML in: the page's visible text with its block structure, as the text form of the benchmark
// pages was rendered (the html-text extractor: a blank line around paragraphs, headings, lists
// and tables, a line break around other blocks, white space folded, inline pieces joined by one
// space unless punctuation follows), so the text pipeline and its trained model read it as they
// read saved text. Scripts, styles, templates, embedded objects and hidden elements are left
// out. Each rendered line keeps what the DOM said of it (inside a nav, a footer, an article;
// how much of it is link text): evidence the layout passes read (see layout/dom-evidence.ts).
//
// Parser: htmlparser2, chosen by measurement over the 91 dev pages: 112 MB/s against parse5's
// 42 MB/s, with the same rendered text for the purpose (parse5 follows the HTML5 tree-building
// algorithm more closely, which changes nothing a reader sees on these pages).
import { parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';
import { readMetadata, type PageMetadata } from './metadata.js';

/** What the DOM says of a rendered line. */
export interface DomLine {
  /** Inside nav, header, footer or aside, outside any article element. */
  chrome: 'nav' | 'header' | 'footer' | 'aside' | null;
  /** Inside article, main, or an element marked as the article's body. */
  article: boolean;
  /** Inside figcaption. */
  caption: boolean;
  /** Inside an element whose class or id names comments. */
  comments: boolean;
  /** Share of the line's characters inside links. */
  linkDensity: number;
  /** The line is a heading (h1–h6); 1 for h1. */
  heading: number | null;
}

export interface RenderedHtml {
  text: string;
  /** One entry per line of `text` (split on "\n"). */
  lines: DomLine[];
  /** What the page declares about its article (JSON-LD, OpenGraph, meta). */
  metadata: PageMetadata;
}

// Blocks with a blank line around them, and blocks with a line break (html-text's lists). Table
// cells are not blocks: a row is one line, its cells joined by spaces.
const DOUBLE = new Set([
  'blockquote',
  'dl',
  'figure',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ol',
  'p',
  'pre',
  'title',
  'ul',
  'table',
]);
const SINGLE = new Set([
  'article',
  'aside',
  'br',
  'dd',
  'details',
  'div',
  'dt',
  'fieldset',
  'figcaption',
  'footer',
  'form',
  'header',
  'hr',
  'legend',
  'li',
  'main',
  'nav',
  'section',
  'tr',
  'address',
  'summary',
]);
// Elements whose content no reader sees.
const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'iframe',
  'object',
  'embed',
  'applet',
  'meta',
  'link',
  'head-meta',
  'canvas',
  'video',
  'audio',
  'map',
]);
// Not <form>: some sites wrap the whole page in one.
const CHROME = new Set(['nav', 'header', 'footer', 'aside']);
// A class or id that names the comment thread itself ("comments", "comment-list",
// "disqus_thread"), not a page that merely has one ("has-comments", "js_comments-enabled").
const COMMENTS =
  /^(?:comments?|comment[-_](?:list|section|thread|area|wrapper|container)s?|comments[-_](?:list|section|thread|area|wrapper|container)|disqus(?:_thread)?)$/i;
// No space before these, none after the openers.
const NO_SPACE_BEFORE = /^[,.:;!?)\]}%’”'»]/;
const NO_SPACE_AFTER = /[([{“‘«$]$/;

interface Context {
  chrome: DomLine['chrome'];
  article: boolean;
  caption: boolean;
  comments: boolean;
  link: boolean;
  heading: number | null;
}

interface Piece {
  text: string;
  ctx: Context;
}

const isHidden = (el: Element): boolean =>
  'hidden' in el.attribs || /display\s*:\s*none|visibility\s*:\s*hidden/i.test(el.attribs.style ?? '');

/** Renders an HTML page's visible text, line by line, with each line's DOM evidence. */
export function renderHtml(html: string): RenderedHtml {
  const doc = parseDocument(html, { decodeEntities: true });
  const out: Array<Piece | number> = [];
  const root: Context = { chrome: null, article: false, caption: false, comments: false, link: false, heading: null };
  walk(doc.children, root, out);
  return { ...assemble(out), metadata: readMetadata(doc) };
}

function walk(nodes: ChildNode[], ctx: Context, out: Array<Piece | number>): void {
  for (const node of nodes) {
    if (node.type === 'text') {
      const text = node.data.replace(/\s+/g, ' ');
      if (text.trim() || text === ' ') out.push({ text, ctx });
      continue;
    }
    if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') continue;
    const el = node as Element;
    const name = el.name.toLowerCase();
    if (SKIP.has(name) || node.type !== 'tag' || isHidden(el)) continue;
    const breaks = DOUBLE.has(name) ? 2 : SINGLE.has(name) ? 1 : 0;
    if (breaks) out.push(breaks);
    walk(el.children, inner(el, name, ctx), out);
    if (breaks) out.push(breaks);
  }
}

function inner(el: Element, name: string, ctx: Context): Context {
  const marks = `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`;
  const article =
    ctx.article ||
    name === 'article' ||
    name === 'main' ||
    el.attribs.role === 'main' ||
    /articleBody/i.test(el.attribs.itemprop ?? '');
  return {
    chrome: article ? null : CHROME.has(name) ? (name as DomLine['chrome']) : ctx.chrome,
    article,
    caption: ctx.caption || name === 'figcaption',
    comments: ctx.comments || marks.split(/\s+/).some((m) => COMMENTS.test(m)),
    link: ctx.link || name === 'a',
    heading: /^h[1-6]$/.test(name) ? Number(name[1]) : ctx.heading,
  };
}

/** Pieces and breaks into lines: breaks fold to the largest in a run, pieces join by one space. */
function assemble(out: Array<Piece | number>): Omit<RenderedHtml, 'metadata'> {
  const lines: Array<{ pieces: Piece[] }> = [];
  let current: Piece[] = [];
  let pending = 0;
  const flush = (): void => {
    if (current.some((p) => p.text.trim())) lines.push({ pieces: current });
    current = [];
  };
  for (const item of out) {
    if (typeof item === 'number') {
      pending = Math.max(pending, item);
      continue;
    }
    if (pending) {
      flush();
      if (pending === 2 && lines.length && lines[lines.length - 1].pieces.length) lines.push({ pieces: [] });
      pending = 0;
    }
    current.push(item);
  }
  flush();
  const textLines: string[] = [];
  const dom: DomLine[] = [];
  for (const { pieces } of lines) {
    if (!pieces.length) {
      if (textLines.length && textLines[textLines.length - 1] !== '') {
        textLines.push('');
        dom.push(EMPTY);
      }
      continue;
    }
    const [text, linkChars] = joinPieces(pieces);
    if (!text) continue;
    textLines.push(text);
    dom.push(lineDom(pieces, text.length, linkChars));
  }
  while (textLines.length && textLines[textLines.length - 1] === '') {
    textLines.pop();
    dom.pop();
  }
  return { text: textLines.join('\n'), lines: dom };
}

const EMPTY: DomLine = { chrome: null, article: false, caption: false, comments: false, linkDensity: 0, heading: null };

/** A line's pieces as one string, one space between them but none before punctuation or after an opener. */
function joinPieces(pieces: Piece[]): [string, number] {
  let text = '';
  let linkChars = 0;
  for (const p of pieces) {
    const t = p.text.trim();
    if (!t) continue;
    if (text && !NO_SPACE_BEFORE.test(t) && !NO_SPACE_AFTER.test(text)) text += ' ';
    text += t;
    if (p.ctx.link) linkChars += t.length;
  }
  return [text, linkChars];
}

function lineDom(pieces: Piece[], length: number, linkChars: number): DomLine {
  const main = pieces.reduce((a, b) => (b.text.length > a.text.length ? b : a)).ctx;
  return {
    chrome: main.chrome,
    article: main.article,
    caption: main.caption,
    comments: main.comments,
    linkDensity: length ? Math.min(1, linkChars / length) : 0,
    heading: main.heading,
  };
}
