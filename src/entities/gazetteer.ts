import { tokenize } from './tokens.js';
import { loadData } from '../data/load.js';
import { wordSets, type LexiconFile } from '../data/lexicon.js';
import { COUNTRY_ALIASES, DEMONYM_ALIASES, REGIONS, US_STATE_ABBREVIATIONS } from './data/aliases.js';
import { KNOWN_ORGS } from './data/organizations.js';

export interface GazetteerFile {
  countries: Array<{
    code: string;
    name: string;
    names: string[];
    demonyms: string[];
    capitals: string[];
    unMember?: boolean;
    area?: number;
  }>;
  cities: Array<[string, string, number]>;
  regions: Array<[string, string]>;
}

export type EntryKind =
  'country' | 'capital' | 'city' | 'region' | 'world-region' | 'demonym' | 'region-adjective' | 'org';
export interface Entry {
  kind: EntryKind;
  name: string;
  code: string | null;
}

export interface Gazetteer {
  /** Names as written (typography folded), longest first per first word. */
  entries: Map<string, Entry>;
  /** Lower-case index, for ALL-CAPS headlines. */
  lower: Map<string, Entry>;
  /** The first token of every name, as written and in lower case: a token not here starts none. */
  starts: { exact: Set<string>; lower: Set<string> };
  maxWords: number;
  countryName: Map<string, string>;
  firstNames: Set<string>;
  lastNames: Set<string>;
  common: Set<string>;
}

let built: Gazetteer | null = null;

/** The gazetteer as `npm run build` stores it: each name with its kind, canonical name and code. */
export interface GazetteerIndex {
  entries: Array<[string, EntryKind, string | null, string | null]>;
  countryName: Array<[string, string]>;
  maxWords: number;
  /** The first token of every name (tokenising 10,000 names took 26 ms of each cold start). */
  starts: string[];
}

/** The place, nationality and organisation names briefcli recognises, loaded once per process. */
export function gazetteer(): Gazetteer {
  if (built) return built;
  const index = loadData<GazetteerIndex>('gazetteer-index');
  const entries = new Map<string, Entry>(
    index.entries.map(([k, kind, name, code]) => [k, { kind, name: name ?? k, code }]),
  );
  let lower: Map<string, Entry> | null = null;
  built = {
    entries,
    // Built on first use: only ALL-CAPS text needs it.
    get lower(): Map<string, Entry> {
      if (!lower) {
        lower = new Map();
        for (const [k, e] of entries) if (!lower.has(k.toLowerCase())) lower.set(k.toLowerCase(), e);
      }
      return lower;
    },
    starts: { exact: new Set(index.starts), lower: new Set(index.starts.map((w) => w.toLowerCase())) },
    maxWords: index.maxWords,
    countryName: new Map(index.countryName),
    ...wordSets(),
  };
  return built;
}

/**
 * Builds the gazetteer index from the raw data files (at build time, scripts/build-index.mjs):
 * regions, cities, countries with their names, demonyms and capitals, world regions, and the
 * organisations compromise knows. Later sources win, so a country beats a city of its name.
 */
export function buildGazetteerIndex(geo: GazetteerFile, lex: LexiconFile): GazetteerIndex {
  const entries = new Map<string, Entry>();
  const countryName = new Map<string, string>();
  const common = new Set(lex.common);
  const add = (name: string, e: Entry, overwrite = false): void => {
    if (!name || (entries.has(name) && !overwrite)) return;
    // "Most" (Czechia), "Central" (a region of several countries), "Split": a word first.
    if ((e.kind === 'city' || e.kind === 'region') && (common.has(name.toLowerCase()) || COMPASS.test(name))) return;
    entries.set(name, e);
  };
  // Weakest first, so that a country beats a city of the same name ("Mexico", "Panama").
  for (const [name, code] of geo.regions) add(name, { kind: 'region', name, code });
  for (const [name, code] of geo.cities) add(name, { kind: 'city', name, code }, true);
  // The strongest claim last, so that it wins a shared word: "Indian" is India's, not the British
  // Indian Ocean Territory's; "Kingston" Jamaica's, not Norfolk Island's; "Congolese" the larger
  // Congo's.
  const rank = (c: GazetteerFile['countries'][number]): number => (c.unMember ? 1e9 : 0) + (c.area ?? 0);
  for (const c of [...geo.countries].sort((a, b) => rank(a) - rank(b) || a.code.localeCompare(b.code))) {
    countryName.set(c.code, c.name);
    for (const cap of c.capitals) add(cap, { kind: 'capital', name: cap, code: c.code }, true);
    for (const d of c.demonyms) {
      add(d, { kind: 'demonym', name: c.name, code: c.code }, true);
      add(`${d}s`, { kind: 'demonym', name: c.name, code: c.code }, true);
    }
    for (const n of c.names) add(n, { kind: 'country', name: c.name, code: c.code }, true);
  }
  for (const [alias, code] of Object.entries(COUNTRY_ALIASES))
    add(alias, { kind: 'country', name: countryName.get(code) ?? alias, code }, true);
  for (const [d, code] of Object.entries(DEMONYM_ALIASES))
    add(d, { kind: 'demonym', name: countryName.get(code) ?? d, code }, true);
  for (const abbr of US_STATE_ABBREVIATIONS) add(abbr, { kind: 'region', name: abbr, code: 'US' }, true);
  for (const r of REGIONS) {
    for (const f of r.forms) add(f, { kind: 'world-region', name: r.name, code: null }, true);
    for (const a of r.adjectives) add(a, { kind: 'region-adjective', name: r.name, code: null }, true);
  }
  // Organisations and teams compromise knows, written as names are ("dow jones" → "Dow Jones").
  // A one-word one that is also a common word ("apple", "shell") is left to context.
  for (const o of [...lex.organizations, ...lex.sportsTeams]) {
    if ((!o.includes(' ') && common.has(o)) || o.length < 3) continue;
    const name = titleCase(o);
    add(name, { kind: 'org', name, code: null });
  }
  for (const [k, name] of Object.entries(KNOWN_ORGS)) {
    add(k, { kind: 'org', name, code: null }, true);
    add(name, { kind: 'org', name, code: null }, true);
  }
  let maxWords = 1;
  for (const k of entries.keys()) maxWords = Math.max(maxWords, k.split(' ').length);
  return {
    entries: [...entries].map(([k, e]) => [k, e.kind, e.name === k ? null : e.name, e.code]),
    countryName: [...countryName],
    maxWords: Math.min(maxWords, 5),
    starts: [...new Set([...entries.keys()].map((k) => tokenize(k, k, 0, k.length)[0]?.norm ?? k))],
  };
}

// "West", "Northeastern", "Far North": provinces of some country by name, directions in news.
const COMPASS_WORDS = [
  'north',
  'south',
  'east',
  'west',
  'central',
  'northern',
  'southern',
  'eastern',
  'western',
  'north-?east(?:ern)?',
  'north-?west(?:ern)?',
  'south-?east(?:ern)?',
  'south-?west(?:ern)?',
  'mid-?west(?:ern)?',
  'centre',
  'center',
  'coast',
  'west coast',
  'east coast',
  'north coast',
  'south coast',
];
const COMPASS = new RegExp(`^(?:far |upper |lower )?(?:${COMPASS_WORDS.join('|')})$`, 'i');

const SMALL = new Set(['of', 'the', 'and', 'for', 'de', 'la', 'n', '&']);
/** "dow jones" → "Dow Jones", "bank of america" → "Bank of America", "ibm" stays as the lexicon has it. */
function titleCase(name: string): string {
  return name
    .split(' ')
    .map((w, i) =>
      i > 0 && SMALL.has(w)
        ? w
        : w.length <= 3 && !/[aeiou]/.test(w)
          ? w.toUpperCase()
          : w.charAt(0).toUpperCase() + w.slice(1),
    )
    .join(' ');
}
