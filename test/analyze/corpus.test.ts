import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/index.js';
import { CorpusAggregator } from '../../src/analyze/corpus/aggregate.js';
import { DuplicateFinder } from '../../src/analyze/corpus/minhash.js';

// A small corpus of our own, with its figures known by hand.
const story = (footer: string, word = 'closer') => `Talks on Mekong Dams Resume in Bangkok

By Lina Park

March 3, 2025

Thai and Cambodian officials met in Bangkok on Monday to resume talks on dams along the Mekong river, Foreign Minister Maris Sangiampongsa said after the meeting.

"We are ${word} to an agreement than at any time in the past ten years," Maris told reporters, adding that Laos would join the next round in April.

Cambodia has long complained that upstream dams in Laos and China cut the fish catch its farmers depend on, and the talks are meant to share river data between the countries.

Environmental groups said the plan did not go far enough and asked for a moratorium on new dams until a joint study is finished next year.

${footer}`;
const other = `Fishermen on the Mekong Count the Cost of Dry Seasons

By Tom Reyes

March 5, 2025

Fishermen in Cambodia's Kratie province say their catch has fallen by half in five years, blaming low water in the Mekong river during the dry season.

"The river is not what it was when my father fished here," said Sok Chea, a fisherman who has worked the same stretch for thirty years.

Scientists at the Mekong River Commission said on Wednesday that dams upstream in Laos and China hold back water and sediment that the fish need to spawn.

The commission plans to publish a study on fish stocks in the lower Mekong basin later this year.

Share this article`;

const records = [
  parseArticle(story('© 2025 River News. All rights reserved.'), { id: 'a' }),
  parseArticle(story('Follow us on Twitter\nSubscribe to our newsletter', 'nearer'), { id: 'b' }),
  parseArticle(other, { id: 'c' }),
];

describe('corpus statistics', () => {
  const agg = new CorpusAggregator();
  records.forEach((r) => agg.add(r));
  const s = agg.result(5);

  it('counts the corpus', () => {
    expect(s.corpus.articles).toBe(3);
    expect(s.corpus.published).toEqual({ from: '2025-03-03', to: '2025-03-05' });
    expect(s.corpus.words).toBe(records.reduce((n, r) => n + r.stats.words, 0));
  });

  it('ranks countries by the number of articles that mention them', () => {
    // Cambodia: "Cambodian officials", "Cambodia has long complained" in each copy, "Cambodia's" in
    // the other story; Laos twice in each copy and once in the other; China once in each.
    expect(s.countries.map((c) => [c.code, c.articles, c.mentions])).toEqual([
      ['KH', 3, 5],
      ['LA', 3, 5],
      ['CN', 3, 3],
      ['TH', 2, 2],
    ]);
    expect(s.countryPairs.slice(0, 3)).toEqual([
      { a: 'CN', b: 'KH', articles: 3 },
      { a: 'CN', b: 'LA', articles: 3 },
      { a: 'KH', b: 'LA', articles: 3 },
    ]);
  });

  it('finds the official with his title, across both copies', () => {
    expect(s.officials[0]).toMatchObject({ name: 'Maris Sangiampongsa', title: 'Foreign Minister', articles: 2 });
    expect(s.officialCountries[0]).toEqual({
      name: 'Maris Sangiampongsa',
      countries: [
        { code: 'CN', articles: 2 },
        { code: 'KH', articles: 2 },
        { code: 'LA', articles: 2 },
      ],
    });
  });

  it('lists the speakers quoted most, with an example', () => {
    expect(s.speakers[0]).toEqual({
      speaker: 'Maris',
      quotes: 2,
      articles: 2,
      example: expect.stringMatching(/to an agreement than at any time/),
    });
  });

  it('builds a month timeline from the dates the articles give', () => {
    expect(s.timeline.find((t) => t.month === '2025-03')?.mentions).toBeGreaterThanOrEqual(2);
    expect(s.timeline.map((t) => t.month)).toEqual([...s.timeline.map((t) => t.month)].sort());
  });

  it('groups the two copies (other footer, one word changed) and not the other story on the same topic', () => {
    expect(s.duplicates).toHaveLength(1);
    expect(s.duplicates[0].members.map((m) => m.id)).toEqual(['a', 'b']);
    expect(s.duplicates[0].members[1].similarity).toBeGreaterThanOrEqual(0.8);
  });
});

describe('near-duplicate finder', () => {
  it('does not group short or unrelated texts', () => {
    const f = new DuplicateFinder();
    f.add('x', 'Short text.');
    f.add('y', 'Short text.');
    f.add('p', 'The quick brown fox jumps over the lazy dog near the river bank today.');
    f.add('q', 'A completely different sentence about markets, prices and the weather in Lisbon.');
    expect(f.groups()).toEqual([]);
  });
  it('groups identical long texts with similarity 1', () => {
    const f = new DuplicateFinder();
    const t =
      'Officials in the capital said on Tuesday that the new bridge would open to traffic next spring after years of delays.';
    f.add('1', t);
    f.add('2', t);
    expect(f.groups()).toEqual([
      {
        members: [
          { id: '1', similarity: 1 },
          { id: '2', similarity: 1 },
        ],
      },
    ]);
  });
});
