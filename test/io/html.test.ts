// HTML in: the rendered text, the declared metadata, detection, and the CLI end to end, on pages
// written for these tests.
import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderHtml } from '../../src/io/html/render.js';
import { looksLikeHtml } from '../../src/io/html/detect.js';
import { parseArticle } from '../../src/pipeline.js';
import { cli, run } from '../cli/helpers.js';

const prose =
  'The harbour board voted on Tuesday to rebuild the old pier, a project that will take three years and cost more than the town spends on roads in a decade.';

const page = `<!doctype html>
<html><head>
<title>Harbour board backs pier rebuild | Coastal Courier</title>
<meta property="og:site_name" content="Coastal Courier">
<meta property="article:published_time" content="2026-03-03T09:30:00+00:00">
<script type="application/ld+json">
{"@context":"https://schema.org","@graph":[
  {"@type":"NewsArticle","headline":"Harbour board backs pier rebuild","datePublished":"2026-03-03T09:30:00Z",
   "author":{"@id":"#jane"},"publisher":{"@type":"Organization","name":"Coastal Courier"}},
  {"@id":"#jane","@type":"Person","name":"Jane O&#39;Neill"}]}
</script>
<style>.x { color: red }</style>
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article>
<h1>Harbour board backs pier rebuild</h1>
<p class="byline">By Jane O'Neill</p>
<p>${prose}</p>
<p>Work starts in <b>June</b>, the board said<i>.</i></p>
<figure><img src="a.jpg"><figcaption>The old pier in winter.</figcaption></figure>
<table><tr><td>Cost</td><td>12 million</td></tr><tr><td>Years</td><td>3</td></tr></table>
<p>${prose}</p>
</article>
<div hidden>Secret text</div>
<div style="display: none">Also hidden</div>
<script>var tracking = "not text";</script>
<footer><a href="/privacy">Privacy</a> © 2026 Coastal Courier</footer>
</body></html>`;

describe('rendering', () => {
  const r = renderHtml(page);
  const lines = r.text.split('\n');

  it('renders the visible text with its blocks, and nothing hidden or scripted', () => {
    expect(lines[0]).toBe('Harbour board backs pier rebuild | Coastal Courier');
    expect(lines).toContain('Work starts in June, the board said.');
    expect(lines).toContain('Cost 12 million');
    expect(lines).toContain('Years 3');
    expect(r.text).not.toMatch(/Secret|Also hidden|tracking|color: red/);
    expect(r.lines).toHaveLength(lines.length);
  });

  it('keeps what the DOM says of each line', () => {
    const at = (s: string) => r.lines[lines.findIndex((l) => l.includes(s))];
    expect(at('Home News Sport')).toMatchObject({ chrome: 'nav', article: false });
    expect(at('Home News Sport').linkDensity).toBeGreaterThan(0.8);
    expect(at('The harbour board voted')).toMatchObject({ chrome: null, article: true });
    expect(at('The old pier in winter')).toMatchObject({ caption: true });
    expect(at('Privacy')).toMatchObject({ chrome: 'footer' });
  });

  it('reads the declared metadata, resolving @graph references and entities', () => {
    expect(r.metadata).toMatchObject({
      title: 'Harbour board backs pier rebuild',
      authors: ["Jane O'Neill"],
      published: '2026-03-03T09:30:00Z',
      publisher: 'Coastal Courier',
      source: { title: 'json-ld', authors: 'json-ld', published: 'json-ld', publisher: 'json-ld' },
    });
  });

  it('refuses declared junk: an impossible date, a site as author', () => {
    const m = renderHtml(
      '<html><head><meta name="author" content="Coastal Courier Staff"><meta ' +
        'property="article:published_time" content="0001-01-01T00:00:00Z"></head><body><p>x</p></body></html>',
    ).metadata;
    expect(m.authors).toEqual([]);
    expect(m.published).toBeNull();
  });
});

describe('parsing a page', () => {
  const r = parseArticle(page, { format: 'html', refDate: '2026-03-10' });

  it('fills the fields from the declared metadata, shown on the page', () => {
    expect(r.title).toBe('Harbour board backs pier rebuild');
    expect(r.authors).toEqual(["Jane O'Neill"]);
    expect(r.published).toBe('2026-03-03T09:30:00Z');
    expect(r.publisher).toBe('Coastal Courier');
    expect(r.provenance.title?.rule).toBe('declared-headline');
  });

  it('takes the declared headline the page shows, when its JSON-LD declares a longer one', () => {
    const shown = 'Pier rebuild wins the vote: "At last!"';
    const other = page
      .replace(
        '"headline":"Harbour board backs pier rebuild"',
        '"headline":"Coastal town harbour board backs pier rebuild"',
      )
      .replace('<h1>Harbour board backs pier rebuild</h1>', `<h1>${shown}</h1>`)
      .replace(
        '<meta property="og:site_name"',
        `<meta property="og:title" content='${shown}'><meta property="og:site_name"`,
      );
    const t = parseArticle(other, { format: 'html', refDate: '2026-03-10' });
    expect(t.title).toBe(shown);
    expect(t.provenance.title?.rule).toBe('declared-headline');
  });

  it('keeps the article and leaves out the menu, the caption and the footer', () => {
    expect(r.body).toContain('The harbour board voted on Tuesday');
    expect(r.body).not.toMatch(/Home News|Privacy|old pier in winter/);
  });
});

describe('detecting HTML', () => {
  it('by name or by content, not by a quoted tag', () => {
    expect(looksLikeHtml('anything', 'page.htm')).toBe(true);
    expect(looksLikeHtml('<!DOCTYPE html><html><body>x</body></html>')).toBe(true);
    expect(looksLikeHtml('  <html lang="en"><body>x</body></html>')).toBe(true);
    expect(looksLikeHtml('Use the <b> tag for bold and <i> for italics.')).toBe(false);
  });
});

describe('the CLI reads HTML', () => {
  const dir = mkdtempSync(join(tmpdir(), 'briefcli-html-'));

  it('from a saved page, found by its content', async () => {
    const path = join(dir, 'saved-page');
    writeFileSync(path, page);
    const r = await cli(['parse', path, '--fields', 'title,authors,publisher', '--ref-date', '2026-03-10']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      title: 'Harbour board backs pier rebuild',
      authors: ["Jane O'Neill"],
      publisher: 'Coastal Courier',
    });
  });

  it('from JSONL lines that carry "html" instead of "text"', async () => {
    const input = `${JSON.stringify({ id: 'p1', html: page, refDate: '2026-03-10' })}\n${JSON.stringify({ id: 't1', text: `Harbour board votes to rebuild the pier\n\n${prose}\n` })}\n`;
    const r = run(['parse', '--input-format', 'jsonl', '--format', 'ndjson', '--fields', 'id,title'], { input });
    const records = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; title: string });
    expect(records).toEqual([
      { id: 'p1', title: 'Harbour board backs pier rebuild' },
      { id: 't1', title: 'Harbour board votes to rebuild the pier' },
    ]);
  });
});
