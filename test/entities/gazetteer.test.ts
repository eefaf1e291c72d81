import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { gazetteer } from '../../src/entities/gazetteer.js';
import { COUNTRY_ALIASES, DEMONYM_ALIASES } from '../../src/entities/data/aliases.js';

const require = createRequire(import.meta.url);
interface WorldCountry {
  cca2: string;
  unMember: boolean;
  area: number;
  capital?: string[];
  demonyms?: { eng?: { m?: string; f?: string } };
}
const countries = require('world-countries') as WorldCountry[];

// Every word that names a country (a demonym, a capital) against the whole country table: where
// several countries share one, the one a reader means (a UN member over a territory, then the
// larger) is the code given.
describe('demonyms and capitals, audited against every country', () => {
  const g = gazetteer();
  const claims = new Map<string, WorldCountry[]>();
  for (const c of countries) {
    const words = [c.demonyms?.eng?.m, c.demonyms?.eng?.f, ...(c.capital ?? [])].filter((w): w is string => !!w);
    for (const w of new Set(words)) claims.set(w, [...(claims.get(w) ?? []), c]);
  }
  const expected = (owners: WorldCountry[]): string =>
    [...owners].sort((a, b) => Number(b.unMember) - Number(a.unMember) || b.area - a.area)[0].cca2;

  it('gives each shared word to the country a reader means', () => {
    const wrong: string[] = [];
    for (const [word, owners] of claims) {
      if (word in COUNTRY_ALIASES || word in DEMONYM_ALIASES) continue;
      const e = g.entries.get(word);
      if (!e || (e.kind !== 'demonym' && e.kind !== 'capital')) continue;
      if (e.code !== expected(owners)) wrong.push(`${word}: ${e.code}, expected ${expected(owners)}`);
    }
    expect(wrong).toEqual([]);
  });

  it('reads "Indian" as India, "Kingston" as Jamaica, "Congolese" as the DR Congo', () => {
    expect(g.entries.get('Indian')?.code).toBe('IN');
    expect(g.entries.get('Kingston')?.code).toBe('JM');
    expect(g.entries.get('Congolese')?.code).toBe('CD');
    expect(g.entries.get('French')?.code).toBe('FR');
    expect(g.entries.get('American')?.code).toBe('US');
  });
});
