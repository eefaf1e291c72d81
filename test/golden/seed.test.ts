import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/index.js';

// The seed article the product was designed from, parsed with a fixed reference date.
const text = readFileSync(new URL('../../seeds/000_2f1daade97a33bef.txt', import.meta.url), 'utf8');
const r = parseArticle(text, { id: 'seed', fallbackRefDate: '2026-11-28' });

describe('seed article (golden)', () => {
  it('finds the title and the dek as summary', () => {
    expect(r.title).toBe('Beijing Says China-Cambodia Crackdown on Cross\u2011Border Telecom Fraud Is Showing Results');
    expect(r.summary).toMatch(/^China’s foreign ministry said it has achieved notable results/);
    expect(r.summary).toMatch(/operating on its soil\.$/);
  });

  it('takes the photo description as a caption, not body', () => {
    expect(r.images).toEqual(['Black and white photo of a focused man typing surrounded by cash indoors.']);
    expect(r.body).not.toContain('Black and white photo');
  });

  it('cleans the four takeaways of glyphs and glued list numbers', () => {
    expect(r.keyTakeaways).toHaveLength(4);
    expect(r.keyTakeaways[0]).toMatch(/^China says cooperation with Cambodia/);
    expect(r.keyTakeaways[1]).toMatch(/^A foreign ministry spokesperson confirmed/);
    expect(r.keyTakeaways[2]).toMatch(/^The issue underscores/);
    expect(r.keyTakeaways[3]).toMatch(/^Sustained progress will depend/);
  });

  it('joins the section label split over two lines', () => {
    expect(r.sections).toHaveLength(1);
    expect(r.sections[0].label).toBe("Editor's Desk");
    expect(r.sections[0].heading).toBe('Strategic Analysis');
    expect(r.sections[0].paragraphs).toHaveLength(1);
    expect(r.sections[0].paragraphs[0]).toMatch(/^The Chinese statement performs several functions/);
  });

  it('separates publisher, byline and kicker', () => {
    expect(r.publisher).toBe('China Daily Brief');
    expect(r.byline).toBe('China Daily Brief Editorial');
    expect(r.kicker).toBe('Strategic Insight');
    expect(r.body).not.toContain('Strategic Insight');
  });

  it('keeps exactly the four body paragraphs', () => {
    expect(r.paragraphs).toHaveLength(4);
    expect(r.paragraphs[0]).toMatch(/^China’s foreign ministry told reporters on January 19/);
    expect(r.paragraphs[3]).toMatch(/are strengthened\.$/);
    for (const junk of ['Share Article', 'Related Articles', '📰', 'No related articles found'])
      expect(r.body).not.toContain(junk);
    expect(r.body).toBe(r.paragraphs.join('\n\n'));
  });

  it('says what it removed and why', () => {
    expect(r.removed.map((x) => [x.text, x.reason])).toEqual([
      ['Share Article', 'share-widget'],
      ['Related Articles', 'related-links'],
      ['📰', 'emoji-icon'],
      ['No related articles found', 'related-links'],
    ]);
  });

  it('finds the countries with their ISO codes', () => {
    const codes = r.entities.countries.map((c) => [c.name, c.code]);
    expect(codes).toEqual([
      ['China', 'CN'],
      ['Cambodia', 'KH'],
    ]);
    expect(r.entities.countries.every((c) => c.mentions > 3)).toBe(true);
  });

  it('finds the places with kind and country', () => {
    expect(r.entities.places).toContainEqual(
      expect.objectContaining({ name: 'Phnom Penh', kind: 'city', country: 'KH' }),
    );
    // "Southeast Asian governments": an adjective, a NORP mention of the region, not a place.
    expect(r.mentions).toContainEqual(expect.objectContaining({ type: 'NORP', text: 'Southeast Asian' }));
  });

  it('finds the official with title, organization and country', () => {
    expect(r.entities.officials).toEqual([
      expect.objectContaining({
        name: 'Guo Jiakun',
        title: 'ministry spokesman',
        sector: 'government',
        organization: 'foreign ministry',
        country: 'CN',
      }),
    ]);
  });

  it('finds the foreign ministry and the embassy as organizations', () => {
    const names = r.entities.organizations.map((o) => o.name);
    expect(names).toContain('China’s foreign ministry');
    expect(names).toContain('Chinese embassy in Phnom Penh');
  });

  it('resolves "January 19" to the latest such date before the reference', () => {
    expect(r.entities.dates).toContainEqual({
      text: 'January 19',
      value: '2026-01-19',
      type: 'DATE',
      yearInferred: true,
    });
    expect(r.refDate).toEqual({ value: '2026-11-28', source: 'option' });
  });

  it('attributes the quote', () => {
    expect(r.quotes).toEqual([
      expect.objectContaining({ text: 'notable results', speaker: 'China’s foreign ministry' }),
    ]);
  });

  it('gives mentions whose text is the input slice', () => {
    expect(r.mentions.length).toBeGreaterThan(20);
    for (const m of r.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(r.mentions).toContainEqual(expect.objectContaining({ type: 'PERSON', text: 'Guo Jiakun' }));
    expect(r.mentions).toContainEqual(expect.objectContaining({ type: 'NORP', text: 'Chinese', country: 'CN' }));
  });
});
