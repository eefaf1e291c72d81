import type { Country, Entities, NameMention, Organization, Place } from '../types.js';
import { gazetteer } from './gazetteer.js';
import { alternation } from '../data/vocab.js';

const CITY_KINDS: Record<string, Place['kind']> = {
  city: 'city',
  capital: 'city',
  region: 'region',
  'world-region': 'region',
  'region-adjective': 'region',
};

// What a government does in a headline sentence: "Beijing says", "Moscow denied".
const GOVERNMENT_VERBS = [
  'say',
  'says',
  'said',
  'has',
  'had',
  'is',
  'was',
  'will',
  'would',
  'want',
  'wants',
  'wanted',
  'insist',
  'insists',
  'insisted',
  'denies',
  'denied',
  'accused',
  'announced',
  'warned',
  'urged',
  'rejected',
  'agreed',
  'claim',
  'claims',
  'claimed',
  'sought',
  'seeks',
  'hope',
  'hopes',
  'plan',
  'plans',
];
const GOVERNMENT_ACTS = new RegExp(`^(?:['’]s\\b|\\s+${alternation(GOVERNMENT_VERBS)}\\b)`, 'u');

/** "Beijing says", "Phnom Penh's decision": a capital standing for its government. */
function capitalAsGovernment(m: NameMention, text: string): boolean {
  const after = text.slice(m.end, m.end + 30);
  return m.kind === 'capital' && GOVERNMENT_ACTS.test(after);
}

function bump<T extends { mentions: number }>(map: Map<string, T>, key: string, make: () => T): T {
  let v = map.get(key);
  if (!v) map.set(key, (v = make()));
  v.mentions++;
  return v;
}

/** Groups mentions into de-duplicated entities with counts, most mentioned first. */
export function groupEntities(names: NameMention[], text: string): Omit<Entities, 'dates'> {
  const g = gazetteer();
  const countries = new Map<string, Country>();
  const places = new Map<string, Place>();
  const orgs = new Map<string, Organization>();
  for (const m of names) {
    const code = m.country ?? null;
    if (code && m.type !== 'ORG' && (m.kind === 'country' || m.kind === 'demonym' || capitalAsGovernment(m, text))) {
      bump(countries, code, () => ({ name: g.countryName.get(code) ?? m.canonical ?? m.text, code, mentions: 0 }));
    }
    if ((m.type === 'PLACE' && m.kind !== 'country') || m.kind === 'region-adjective') {
      const name = m.canonical ?? m.text;
      bump(places, name, () => ({ name, kind: CITY_KINDS[m.kind ?? ''] ?? 'place', country: code, mentions: 0 }));
    }
    if (m.type === 'ORG') {
      const name = m.rule === 'gazetteer-org' ? (m.canonical ?? m.text) : m.text;
      bump(orgs, name, () => ({ name, country: code, mentions: 0 }));
    }
  }
  // People and officials are the officials pass's (attribution/officials).
  return {
    countries: sorted(countries),
    officials: [],
    people: [],
    organizations: sorted(orgs),
    places: sorted(places),
  };
}

function sorted<T extends { mentions: number }>(map: Map<string, T>): T[] {
  return [...map.values()].sort((a, b) => b.mentions - a.mentions);
}
