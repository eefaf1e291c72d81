import type { Country, Entities, NameMention, Organization, Person, Place } from '../types.js';
import { gazetteer } from './gazetteer.js';
import { alternation } from '../data/vocab.js';
import { FORMS_OF_ADDRESS, HEAD_TITLES, OFFICE } from './data/titles.js';

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
  const { officials, people } = groupPeople(names, text);
  return { countries: sorted(countries), officials, people, organizations: sorted(orgs), places: sorted(places) };
}

function sorted<T extends { mentions: number }>(map: Map<string, T>): T[] {
  return [...map.values()].sort((a, b) => b.mentions - a.mentions);
}

/**
 * People, with short references ("Guo") counted under the full name ("Guo Jiakun"). A person
 * seen with a title is an official: {name, title, organization, country}, the organisation from
 * the title's own words ("ministry spokesman" → the ministry named in the text) and the country
 * from that organisation or the nearest country named before the person.
 */
function groupPeople(names: NameMention[], text: string): { officials: Person[]; people: Person[] } {
  const persons = names.filter((m) => m.type === 'PERSON');
  const full = persons.filter((m) => m.text.includes(' '));
  const byName = new Map<string, Person>();
  for (const m of persons) {
    const canonical = m.text.includes(' ')
      ? m.text
      : (full.find((f) => f.text.split(/\s+/).includes(m.text))?.text ?? m.text);
    const p = bump(byName, canonical, () => ({
      name: canonical,
      title: null,
      organization: null,
      country: null,
      mentions: 0,
    }));
    // "Dr.", "Mr." are forms of address, not offices.
    if (m.title && !p.title && !FORMS_OF_ADDRESS.test(m.title)) Object.assign(p, describeOfficial(m, names, text));
  }
  const all = sorted(byName);
  // An official holds an office ("spokesman", "Governor"); a singer or a striker is a person with a role.
  const official = (p: Person): boolean => !!p.title && OFFICE.test(p.title);
  return { officials: all.filter(official), people: all.filter((p) => !official(p)) };
}

function describeOfficial(
  m: NameMention,
  names: NameMention[],
  text: string,
): Pick<Person, 'title' | 'organization' | 'country'> {
  const words = (m.title ?? '').split(/\s+/);
  const title =
    words.filter((w) => !/^(?:ministry|government|party|police|military)$/i.test(w)).join(' ') ||
    words[words.length - 1];
  const scope = words.find((w) => /^(?:ministry|government|party|police|military|embassy)$/i.test(w));
  const before = names.filter((n) => n.end <= m.start);
  const recent = [...before].reverse();
  // "ministry spokesman": the ministry named before; a bare "Governor": the organisation named
  // just before, in the same paragraph.
  const org = scope
    ? recent.find((n) => n.type === 'ORG' && n.text.toLowerCase().includes(scope.toLowerCase()))
    : HEAD_TITLES.test(title)
      ? recent.find((n) => n.type === 'ORG' && m.start - n.end < 300 && text[n.start - 1] !== '(')
      : undefined;
  const orgName = org ? org.text.replace(/^[\p{L} .-]+['’]s\s+/u, '').replace(/^(?:the\s+)?/i, '') : null;
  const sentenceStart = Math.max(text.lastIndexOf('.', m.start), text.lastIndexOf('\n', m.start));
  // The first country of the sentence is its subject's: "Kenya signed … from Ethiopia, Energy
  // Minister Davis Chirchir said" is a Kenyan minister.
  const near = before.find((n) => n.country && n.start > sentenceStart && n.type !== 'PERSON');
  const country = org?.country ?? near?.country ?? null;
  return { title, organization: orgName, country };
}
