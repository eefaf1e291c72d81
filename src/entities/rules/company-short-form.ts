import type { NameMention } from '../../types.js';
import type { Gazetteer } from '../gazetteer.js';
import { LEGAL_FORMS } from '../data/organizations.js';

/**
 * Refiner: a company the article names in full, with its legal form ("Biogen Inc", "Barrick Gold
 * Corp", "Russ Berrie and Co Inc"), is the same company where its name stands alone: "Biogen said",
 * "Barrick's offer". The tagger read the short form as a person or a place nine times in ten
 * where the gold has the company, on the 1,306 name documents out of fold: 25 persons and 16
 * places, all of them the company. A short form the gazetteer knows as a place stays a place
 * ("Shanghai" beside "Shanghai-Ek Chor Motorcycle Co", "Saskatchewan" beside "Saskatchewan Pork
 * International Marketing Group": 6 of 6 places in the gold).
 */
export function companyShortForms(names: NameMention[], g: Gazetteer): NameMention[] {
  const companies = names.filter(
    (m) => m.type === 'ORG' && LEGAL_FORMS.has(m.text.split(' ').at(-1)!.replace(/\.$/, '')),
  );
  if (!companies.length) return names;
  const known = (text: string): boolean => g.entries.has(text) || g.lower.has(text.toLowerCase());
  const shortOf = (m: NameMention): boolean =>
    companies.some((c) => c.start !== m.start && c.text.startsWith(`${m.text} `));
  return names.map((m) =>
    (m.type === 'PERSON' || (m.type === 'PLACE' && !known(m.text))) && shortOf(m)
      ? { ...m, type: 'ORG', rule: 'company-short-form' }
      : m,
  );
}
