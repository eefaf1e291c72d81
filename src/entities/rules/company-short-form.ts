import type { NameMention } from '../../types.js';
import type { Gazetteer } from '../gazetteer.js';
import { LEGAL_FORMS } from '../data/organizations.js';

/**
 * Refiner: a company the article names in full, with its legal form ("Biogen Inc", "Barrick Gold
 * Corp", "Russ Berrie and Co Inc"), is the same company where its name stands alone: "Biogen said",
 * "Barrick's offer", where the tagger read a person or a place. On the 1,306 name documents out of
 * fold: 25 persons and 16 places retyped, all of them the company in the gold. A short form the
 * gazetteer knows as a place stays a place ("Shanghai" beside "Shanghai-Ek Chor Motorcycle Co",
 * "Saskatchewan" beside "Saskatchewan Pork International Marketing Group": 6 of 6 places in the
 * gold).
 */
export function companyShortForms(names: NameMention[], g: Gazetteer): NameMention[] {
  const companies = names.filter(
    (m) => m.type === 'ORG' && LEGAL_FORMS.has(m.text.split(' ').at(-1)!.replace(/\.$/, '')),
  );
  if (!companies.length) return names;
  const shortOf = (m: NameMention): boolean =>
    companies.some((c) => c.start !== m.start && c.text.startsWith(`${m.text} `));
  return names.map((m) =>
    (m.type === 'PERSON' || m.type === 'PLACE') && shortOf(m) && !isKnownPlace(m, g)
      ? { ...m, type: 'ORG', rule: 'company-short-form' }
      : m,
  );
}

// A place the gazetteer knows, in any case ("Shanghai", "SHANGHAI"); asked last, of the few
// candidates, since the gazetteer's lower-case table is built on its first use.
const isKnownPlace = (m: NameMention, g: Gazetteer): boolean => m.type === 'PLACE' && g.lower.has(m.text.toLowerCase());

/**
 * Refiner: a name right before a legal form is a company named for its founders ("Eli Lilly &
 * Co.", "The Walt Disney Co.", "Robert W. Baird & Co."), not the person: the mention takes the
 * legal form in and becomes the organisation. On the 1,306 name documents out of fold: 5 persons,
 * all five the company in the gold; none on the dev sets. A place the gazetteer knows stays one
 * ("Orkem Coatings U.K. Ltd.").
 */
export function companiesNamedForPeople(names: NameMention[], text: string, g: Gazetteer): NameMention[] {
  return names.map((m) => {
    if (m.type !== 'PERSON' && m.type !== 'PLACE') return m;
    const form = LEGAL_FORM_AFTER.exec(text.slice(m.end, m.end + 24));
    if (!form || !LEGAL_FORMS.has(form[1]) || isKnownPlace(m, g)) return m;
    const end = m.end + form[0].length;
    return { ...m, type: 'ORG', text: text.slice(m.start, end), end, rule: 'company-legal-form' };
  });
}
// ", Inc.", " & Co.", " Co": the legal form after a name, with its full stop.
const LEGAL_FORM_AFTER = /^,?\s(?:&\s)?(\p{Lu}\p{L}*)\b\.?/u;
