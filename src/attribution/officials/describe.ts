// What a found role says once spelt out: the title in plain words and the sector it is held in.
import { SECTOR_BY_ORGANIZATION, SECTOR_BY_TITLE, type Sector } from '../../data/roles.js';
import type { RoleFinding } from './phrase.js';

/**
 * The sector: from the organisation's own words ("University" is academia, "Party" a party),
 * else from the title's ("police chief", "inquiry head" serve a state), else the head's. A head
 * that usually serves a state ("president", "spokesman") held in a named body none of those
 * words place is held in a company ("vice president of Harbor Analytics").
 */
export function sectorOf(f: RoleFinding, organization: string | null): Sector {
  if (organization)
    for (const [pattern, sector] of SECTOR_BY_ORGANIZATION) if (pattern.test(organization)) return sector;
  for (const [pattern, sector] of SECTOR_BY_TITLE) if (pattern.test(f.title)) return sector;
  if (organization && f.head.sector === 'government') return 'business';
  return f.head.sector;
}

// Heads written short, spelt out.
const SPELT: Record<string, string> = {
  ceo: 'chief executive officer',
  cfo: 'chief financial officer',
  coo: 'chief operating officer',
  cto: 'chief technology officer',
  mp: 'member of parliament',
};

/** The title spelt out, in lower case: "Gov." → "governor", "CEO" → "chief executive officer". */
export function normalisedTitle(f: RoleFinding): string {
  return f.title
    .split(/\s+/)
    .map((w) => {
      const bare = w.toLowerCase().replace(/\.$/, '');
      if (SPELT[bare]) return SPELT[bare];
      // "Gov." → "governor": an abbreviation of the head.
      if (w.endsWith('.') && f.head.word.startsWith(bare) && bare !== f.head.word) return f.head.word;
      return bare;
    })
    .join(' ');
}
