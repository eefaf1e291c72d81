import type { MentionType } from '../types.js';
import type { NameCandidate } from './chunk.js';
import type { NameMention } from '../types.js';

// Rules whose decision a stronger reading of the same name elsewhere in the document overrides.
const WEAK = new Set(['name-shape', 'place-preposition', 'long-name', 'unknown', 'last-name', 'reporting-verb-word']);

/**
 * Document-level refinement, as chrono's refiners do for dates:
 * 1. a lone word that is part of a person's full name found elsewhere is that person ("Guo" after
 *    "Guo Jiakun"), and likewise for organisations;
 * 2. a name decided by a weak rule takes the type the same name has by a strong rule elsewhere;
 * 3. what is still undecided is dropped.
 */
export function refineMentions(found: NameCandidate[]): NameMention[] {
  const strong = new Map<string, MentionType>();
  const personParts = new Set<string>();
  const orgParts = new Set<string>();
  for (const m of found) {
    if (m.type === null || WEAK.has(m.rule ?? '')) continue;
    strong.set(m.text, m.type);
    // "RANGOON 1996-12-06" in the dateline, "Rangoon" in the text.
    if (m.text === m.text.toUpperCase()) strong.set(titleCase(m.text), m.type);
  }
  // The words of every full name, whatever rule decided it.
  for (const m of found) {
    const words = m.text.split(/\s+/);
    if (words.length < 2) continue;
    if (m.type === 'PERSON') for (const w of words) personParts.add(w);
    if (m.type === 'ORG') orgParts.add(words[0]);
  }
  // Every name the story itself decided, by its lower-case form: a headline's capitals are
  // matched against these ("LARA" → "Lara", a person).
  // Parts of full personal names come first: "Lara" of "Brian Lara" is the person even where a
  // gazetteer knows a place of that name.
  const byLower = new Map<string, MentionType>();
  for (const p of personParts) byLower.set(p.toLowerCase(), 'PERSON');
  for (const m of found)
    if (m.type && m.rule !== 'headline-word' && !byLower.has(m.text.toLowerCase()))
      byLower.set(m.text.toLowerCase(), m.type);
  const companyNames = new Set(
    found
      .filter(
        (m) =>
          m.type === 'ORG' &&
          ['business-context', 'team-in-brackets', 'sports-club', 'org-noun'].includes(m.rule ?? ''),
      )
      .map((m) => m.text),
  );
  const out: NameMention[] = [];
  for (const m of found) {
    let type = m.type as MentionType | null;
    let rule = m.rule;
    // "Lara" (a Venezuelan state) in a story about Brian Lara: a one-word city or region that is
    // part of a person's full name in the same document is that person.
    if (rule === 'headline-word') {
      type = byLower.get(m.text.toLowerCase()) ?? null;
      rule = 'headline-link';
    } else if ((m.kind === 'city' || m.kind === 'region') && !m.text.includes(' ') && personParts.has(m.text)) {
      type = 'PERSON';
      rule = 'short-name-link';
    }
    // "Norilsk's debts" made Norilsk a company: the same name keeps that type in the whole story.
    else if (m.kind === 'city' && type === 'PLACE' && companyNames.has(m.text)) {
      type = 'ORG';
      rule = 'same-name';
    } else if (type === null || WEAK.has(rule ?? '')) {
      const known = strong.get(m.text);
      if (known) {
        type = known;
        rule = 'same-name';
      } else if (!m.text.includes(' ') && personParts.has(m.text)) {
        type = 'PERSON';
        rule = 'short-name-link';
      } else if (type === null && orgParts.has(m.text)) {
        type = 'ORG';
        rule = 'org-short-form';
      }
    }
    if (type) out.push({ ...m, type, rule });
  }
  return out;
}

function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
}
