// What a page declares about its article: JSON-LD (NewsArticle and its kin, `@graph`, `@id`
// references resolved), OpenGraph and article:* properties, meta author and date tags, and the
// <title>. Each field is read in that order of trust, and junk is refused where it is read: a
// date before 1990 or after the next year ("0001-01-01"), an author that is a site, a desk or a
// URL. The fields passes use what is left, with provenance "metadata".
import type { Document, Element } from 'domhandler';
import { decodeHTML } from 'entities';
import { findAll, getText } from './dom.js';

export interface PageMetadata {
  title: string | null;
  /**
   * Every headline the page declares, in order of trust (JSON-LD headline and name, OpenGraph,
   * Twitter): publishers often give a long one for search engines and the shown one elsewhere.
   */
  titles: string[];
  /** The <title> element's text (with the site name, as browsers show it). */
  documentTitle: string | null;
  authors: string[];
  published: string | null;
  updated: string | null;
  publisher: string | null;
  /** Where the fields came from: 'json-ld', 'opengraph' or 'meta'. */
  source: Partial<Record<'title' | 'authors' | 'published' | 'updated' | 'publisher', string>>;
}

// JSON-LD types that describe an article.
const ARTICLE_TYPES = new RegExp(
  String.raw`^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle` +
    String.raw`|BlogPosting|LiveBlogPosting|TechArticle|ScholarlyArticle|Report|WebPage` +
    String.raw`|SocialMediaPosting)$`,
  '',
);

type Json = Record<string, unknown>;

export function readMetadata(doc: Document): PageMetadata {
  const out: PageMetadata = {
    title: null,
    titles: [],
    documentTitle: null,
    authors: [],
    published: null,
    updated: null,
    publisher: null,
    source: {},
  };
  const set = <K extends keyof PageMetadata['source']>(field: K, value: PageMetadata[K], source: string): void => {
    const empty = value === null || (Array.isArray(value) && !value.length);
    if (empty || (field === 'authors' ? out.authors.length : out[field])) return;
    (out as unknown as Record<string, unknown>)[field] = value;
    out.source[field] = source;
  };
  const article = jsonLdArticle(doc);
  if (article) {
    set('title', text(article.headline) ?? text(article.name), 'json-ld');
    set('authors', namesOf(article.author), 'json-ld');
    set('published', dateOf(article.datePublished), 'json-ld');
    set('updated', dateOf(article.dateModified), 'json-ld');
    set('publisher', nameOf(article.publisher), 'json-ld');
  }
  const meta = metaTags(doc);
  set('title', meta.get('og:title') ?? meta.get('twitter:title') ?? null, 'opengraph');
  set('published', dateOf(meta.get('article:published_time') ?? meta.get('og:article:published_time')), 'opengraph');
  set('updated', dateOf(meta.get('article:modified_time') ?? meta.get('og:updated_time')), 'opengraph');
  set('publisher', meta.get('og:site_name') ?? null, 'opengraph');
  set('authors', authorList(meta.get('author') ?? meta.get('article:author') ?? meta.get('byl')), 'meta');
  set(
    'published',
    dateOf(
      meta.get('date') ??
        meta.get('pubdate') ??
        meta.get('publishdate') ??
        meta.get('dc.date') ??
        meta.get('dcterms.created') ??
        meta.get('sailthru.date') ??
        meta.get('parsely-pub-date'),
    ),
    'meta',
  );
  const declared = [text(article?.headline), text(article?.name), meta.get('og:title'), meta.get('twitter:title')];
  out.titles = [...new Set(declared.filter((t): t is string => !!t))];
  const titleEl = findAll(doc, (e) => e.name === 'title')[0];
  out.documentTitle = titleEl ? clean(getText(titleEl)) : null;
  return out;
}

/** The first JSON-LD object of an article type, its `@graph` searched and `@id` references resolved. */
function jsonLdArticle(doc: Document): Json | null {
  const objects: Json[] = [];
  for (const s of findAll(doc, (e) => e.name === 'script' && /ld\+json/i.test(e.attribs.type ?? ''))) {
    try {
      collect(JSON.parse(getText(s).trim()) as unknown, objects);
    } catch {
      // A page's broken JSON-LD is the page's problem: the other sources are read.
    }
  }
  const byId = new Map(objects.filter((o) => typeof o['@id'] === 'string').map((o) => [o['@id'] as string, o]));
  const resolve = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(resolve);
    if (v && typeof v === 'object' && typeof (v as Json)['@id'] === 'string' && Object.keys(v).length === 1)
      return byId.get((v as Json)['@id'] as string) ?? v;
    return v;
  };
  const typed = (o: Json): string[] => [o['@type']].flat().filter((t): t is string => typeof t === 'string');
  const ranked = objects
    .filter((o) => typed(o).some((t) => ARTICLE_TYPES.test(t)))
    .sort((a, b) => Number(typed(a).includes('WebPage')) - Number(typed(b).includes('WebPage')));
  const found = ranked[0];
  if (!found) return null;
  return Object.fromEntries(Object.entries(found).map(([k, v]) => [k, resolve(v)]));
}

function collect(v: unknown, out: Json[]): void {
  if (Array.isArray(v)) for (const x of v) collect(x, out);
  else if (v && typeof v === 'object') {
    out.push(v as Json);
    const graph = (v as Json)['@graph'];
    if (graph) collect(graph, out);
  }
}

/** meta tags by lower-cased name or property. */
function metaTags(doc: Document): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of findAll(doc, (e) => e.name === 'meta')) {
    const key = (m.attribs.property ?? m.attribs.name ?? m.attribs.itemprop ?? '').toLowerCase();
    const content = clean(m.attribs.content ?? '');
    if (key && content && !out.has(key)) out.set(key, content);
  }
  return out;
}

// JSON-LD strings often carry HTML entities ("don&#39;t"): decoded as the page would show them.
const clean = (s: string): string => decodeHTML(s).replace(/\s+/g, ' ').trim();

function text(v: unknown): string | null {
  if (typeof v === 'string') return clean(v) || null;
  if (Array.isArray(v)) return text(v[0]);
  return null;
}

function nameOf(v: unknown): string | null {
  if (typeof v === 'string') return clean(v) || null;
  if (Array.isArray(v)) return nameOf(v[0]);
  if (v && typeof v === 'object') return text((v as Json).name);
  return null;
}

/** Author names: people only, never a URL, an e-mail, a site or a desk. */
function namesOf(v: unknown): string[] {
  const list = Array.isArray(v) ? v : v ? [v] : [];
  const names = list.flatMap((a) => {
    if (a && typeof a === 'object' && /Organization/i.test(String((a as Json)['@type'] ?? ''))) return [];
    const n = nameOf(a);
    return n ? authorList(n) : [];
  });
  return [...new Set(names)];
}

/** "Jane Doe and John Roe", "Jane Doe, John Roe": names split, junk refused. */
function authorList(raw: string | undefined): string[] {
  if (!raw) return [];
  return (
    raw
      // "Jane Doe. Example News": a full stop after a word, not after an initial ("Sarah E. Doe").
      .split(/\s*(?:[,;&]|\band\b|(?<=\p{Ll}{2})\.\s)\s*/u)
      .map(clean)
      .filter(
        (n) =>
          n &&
          !/^https?:|@|\.(?:com|org|net)\b|\b(?:staff|desk|editors?|news|team|agency|reuters|associated press)\b/i.test(
            n,
          ),
      )
      .filter((n) => n.split(/\s+/).length <= 5)
  );
}

/** An ISO date the page declares, if it is a date an article could have. */
function dateOf(v: unknown): string | null {
  const s = text(v);
  if (!s) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?/.exec(s);
  if (!m) return null;
  const year = Number(m[1]);
  if (year < 1990 || year > new Date().getUTCFullYear() + 1) return null;
  if (!m[4]) return `${m[1]}-${m[2]}-${m[3]}`;
  const zone = m[7] ? (m[7] === 'Z' ? 'Z' : m[7].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')) : '';
  return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6] ?? '00'}${zone}`;
}

export type { Element };
