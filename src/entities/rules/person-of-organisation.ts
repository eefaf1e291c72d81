import type { NameMention } from '../../types.js';
import { wordSets } from '../../data/lexicon.js';

// "Joel Naroff of First Union", "Scott Randall of Soundview Financial Group": a full name opening
// with a given name, then "of", "for" or "at", then the organisation's name.
const PERSON_OF = /^(\p{Lu}[\p{L}'’-]+(?: \p{Lu}\.)? \p{Lu}[\p{L}'’-]+) (?:of|for|at) (?:the )?(?=\p{Lu})/u;

/**
 * Refiner: an organisation's span that opens with a person's full name and "of" ("Joel Naroff of
 * First Union", "Troy Patterson of Slate Magazine") is the person and the organisation they speak
 * for, as a reader reads it. On the 1,306 name documents out of fold: 3 spans, all three a person
 * and an organisation in the gold; none on the dev sets. The name must open with a given name
 * the lexicon knows: "Bank of England" and "University of Texas" stay whole.
 */
export function personsOfOrganisations(names: NameMention[]): NameMention[] {
  const given = wordSets().firstNames;
  return names.flatMap((m): NameMention[] => {
    const x = m.type === 'ORG' ? PERSON_OF.exec(m.text) : null;
    if (!x || !given.has(x[1].split(' ')[0].toLowerCase())) return [m];
    const person: NameMention = {
      type: 'PERSON',
      text: x[1],
      start: m.start,
      end: m.start + x[1].length,
      rule: 'person-of-organisation',
    };
    const orgStart = m.start + x[0].length;
    return [person, { ...m, text: m.text.slice(x[0].length), start: orgStart, rule: 'person-of-organisation' }];
  });
}
