import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/index.js';
import type { ArticleRecord } from '../../src/index.js';

// Five articles of our own writing, one per layout, so the rules are not fitted to the seed.
const parse = (name: string): { r: ArticleRecord; text: string } => {
  const text = readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
  return { r: parseArticle(text, { id: name, fallbackRefDate: '2026-11-28' }), text };
};
const names = (xs: Array<{ name: string }>): string[] => xs.map((x) => x.name);

describe('wire story with dateline, agency and byline', () => {
  const { r, text } = parse('wire-story.txt');
  it('splits the site name off the title', () => {
    expect(r.title).toBe('Kenya Signs Power Deal With Ethiopian Utility');
    expect(r.publisher).toBe('Daily Courier');
  });
  it('finds byline and publication date, and resolves weekdays against it', () => {
    expect(r.byline).toBe('Jane Mwangi');
    expect(r.published).toBe('2024-03-05');
    expect(r.refDate).toEqual({ value: '2024-03-05', source: 'published' });
    expect(r.entities.dates).toContainEqual({ text: 'Tuesday', value: '2024-03-05', type: 'DATE', yearInferred: true });
    expect(r.entities.dates).toContainEqual({
      text: 'January 2025',
      value: '2025-01',
      type: 'DATE',
      yearInferred: false,
    });
  });
  it('keeps the four paragraphs and drops menus, share buttons, related links and footer', () => {
    expect(r.paragraphs).toHaveLength(4);
    expect(r.paragraphs[0]).toMatch(/^NAIROBI, Kenya \(Reuters\) - Kenya signed/);
    expect(r.body).not.toMatch(/Facebook|Related Stories|All rights reserved|Ethiopia opens dam/);
    expect(r.images).toEqual(['Image: Reuters/Thomas Mukoya']);
    const reasons = new Set(r.removed.map((x) => x.reason));
    for (const reason of ['share-widget', 'related-links', 'footer']) expect(reasons).toContain(reason);
  });
  it('finds the minister as an official of Kenya, and the quote by his surname', () => {
    expect(r.entities.officials).toEqual([
      expect.objectContaining({ name: 'Davis Chirchir', title: 'Energy Minister', country: 'KE', mentions: 2 }),
    ]);
    expect(r.quotes).toEqual([expect.objectContaining({ speaker: 'Chirchir' })]);
    expect(r.quotes[0].text).toMatch(/^This agreement will lower the cost/);
  });
  it('finds countries, cities, a region and organisations', () => {
    expect(r.entities.countries.map((c) => c.code)).toEqual(['KE', 'ET']);
    expect(r.entities.places).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'Nairobi', kind: 'city', country: 'KE' }),
        expect.objectContaining({ name: 'Addis Ababa', kind: 'city', country: 'ET' }),
        expect.objectContaining({ name: 'East Africa', kind: 'region' }),
      ]),
    );
    expect(names(r.entities.organizations)).toEqual(expect.arrayContaining(['World Bank', 'Kenya Power', 'Reuters']));
    expect(r.mentions.find((m) => m.text === 'NAIROBI')).toMatchObject({ type: 'PLACE', country: 'KE' });
    for (const m of r.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});

describe('blog post with menu, "Posted on … by …" and a comment form', () => {
  const { r } = parse('blog-post.txt');
  it('takes title, byline and date from the post header', () => {
    expect(r.title).toBe('Why I Switched My Garden to Native Plants');
    expect(r.publisher).toBe('The Patient Gardener');
    expect(r.byline).toBe('Margaret Ellis');
    expect(r.published).toBe('2023-04-12');
  });
  it('keeps the subheading inside the body and nothing of the widgets', () => {
    expect(r.paragraphs).toHaveLength(6);
    expect(r.paragraphs).toContain('What I would do differently');
    expect(r.paragraphs[5]).toMatch(/^If you are thinking about trying this yourself/);
    expect(r.body).not.toMatch(/Like Loading|Leave a Reply|Proudly powered|Required fields/);
    expect(r.summary).toMatch(/^Three summers ago/);
  });
  it('resolves a month without a year in the past', () => {
    expect(r.entities.dates).toContainEqual({ text: 'July', value: '2022-07', type: 'DATE', yearInferred: true });
    expect(r.entities.places).toEqual([expect.objectContaining({ name: 'Portland', kind: 'city' })]);
  });
});

describe('local news page with a cookie banner and comments', () => {
  const { r } = parse('cookie-comments.txt');
  it('strips the cookie banner and the comments', () => {
    expect(r.removed.filter((x) => x.reason === 'cookie-prompt').map((x) => x.text)).toEqual([
      expect.stringMatching(/^We use cookies/),
      'Accept all',
      'Manage preferences',
    ]);
    expect(r.body).not.toMatch(/cookies|About time|deliveries|Load more|newsletter|Advertisement/);
    expect(r.paragraphs).toHaveLength(5);
    expect(r.paragraphs[4]).toBe('The council will hold a public meeting on the design in November.');
  });
  it('cuts the role off the byline and reads the "Published" line', () => {
    expect(r.byline).toBe('Tom Becker');
    expect(r.kicker).toBeNull();
    expect(r.published).toBe('2025-10-14');
  });
  it('attributes a quote with a pronoun to the person named before it', () => {
    expect(r.quotes).toEqual([expect.objectContaining({ speaker: 'Rosa Delgado' })]);
  });
  it('dates "Monday night" as the day before publication, and keeps durations apart', () => {
    expect(r.entities.dates).toEqual(
      expect.arrayContaining([
        { text: 'Monday night', value: '2025-10-13', type: 'DATE', yearInferred: true },
        { text: 'about six months', value: 'P6M', type: 'DURATION', yearInferred: false },
        { text: 'next spring', value: '2026-SP', type: 'DATE', yearInferred: false },
      ]),
    );
    expect(r.entities.places).toContainEqual(expect.objectContaining({ name: 'Main Street' }));
    expect(names(r.entities.people)).toEqual(['Tom Becker', 'Rosa Delgado']);
  });
});

describe('listicle with numbered subheadings', () => {
  const { r } = parse('listicle.txt');
  it('keeps every numbered item and its text in the body', () => {
    expect(r.title).toBe('7 Habits That Help You Sleep Better, According to Experts');
    expect(r.publisher).toBe('Wellness Weekly');
    expect(r.paragraphs.filter((p) => /^\d\. /.test(p))).toEqual([
      '1. Keep the same schedule every day',
      '2. Dim the lights in the evening',
      '3. Keep your bedroom cool',
      '4. Watch the caffeine',
    ]);
    expect(r.paragraphs).toHaveLength(10);
    expect(r.body).not.toMatch(/You may also like|mattresses|napping|Privacy Policy/);
  });
  it('finds the organisations with "and" and "for" inside their names', () => {
    expect(names(r.entities.organizations)).toEqual([
      'Centers for Disease Control and Prevention',
      'Stanford University',
    ]);
    // "a sleep researcher at Stanford University": university staff with a post are officials.
    expect(r.entities.people).toEqual([]);
    expect(r.entities.officials).toEqual([
      expect.objectContaining({ name: 'Aisha Rahman', organization: 'Stanford University', sector: 'academia' }),
    ]);
    expect(r.entities.countries).toEqual([{ name: 'United States', code: 'US', mentions: 1 }]);
  });
});

describe('article with several labelled sections', () => {
  const { r } = parse('labelled-sections.txt');
  it('gives each labelled box its own section', () => {
    expect(r.sections).toEqual([
      {
        label: 'Analysis',
        heading: 'What the decision means',
        paragraphs: [expect.stringMatching(/^The central bank is buying time/)],
      },
      {
        label: 'Background',
        heading: null,
        paragraphs: [expect.stringMatching(/^Australia raised rates thirteen times/)],
      },
    ]);
    expect(r.paragraphs).toHaveLength(3);
    expect(r.body).not.toMatch(/buying time|thirteen times/);
  });
  it('reports a box printed again down a long text once', () => {
    const text = readFileSync(new URL('./fixtures/labelled-sections.txt', import.meta.url), 'utf8');
    const box = text.slice(text.indexOf('Background'), text.indexOf('Reporting by'));
    const again = parseArticle(text.replace('Reporting by', `${box}${box}Reporting by`));
    expect(again.sections.map((s) => s.label)).toEqual(['Analysis', 'Background']);
  });
  it('takes a desk byline and finds the governor of the central bank', () => {
    expect(r.byline).toBe('Markets Desk');
    expect(r.entities.officials).toEqual([
      expect.objectContaining({
        name: 'Michele Bullock',
        title: 'Governor',
        organization: 'Reserve Bank of Australia',
        country: 'AU',
      }),
    ]);
    expect(r.entities.places.map((p) => p.name)).toEqual(['Sydney']);
  });
  it('resolves dates in both directions from the reference', () => {
    expect(r.entities.dates).toEqual(
      expect.arrayContaining([
        { text: 'Tuesday', value: '2026-11-24', type: 'DATE', yearInferred: true },
        { text: 'last month', value: '2026-10', type: 'DATE', yearInferred: false },
        { text: 'May 2022', value: '2022-05', type: 'DATE', yearInferred: false },
        { text: 'early next year', value: '2027', type: 'DATE', yearInferred: false },
      ]),
    );
  });
});
