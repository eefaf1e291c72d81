import { vocab } from './vocab.js';

/**
 * News agencies as they sign wire copy: "(Reuters)", "(AP)", "— AFP". An agency is a credit,
 * never an author. One home for the wire-opening reader, the date-line shape and the byline.
 */
export const AGENCIES = vocab(`
Reuters
AP            # Associated Press
AFP           # Agence France-Presse
Xinhua
Bloomberg
dpa           # Deutsche Presse-Agentur signs in lower case
DPA
UPI
PA            # PA Media (Press Association)
ANSA
EFE
Kyodo
Yonhap
TASS
Interfax
ANI           # Asian News International
PTI           # Press Trust of India
IANS
CNA
Bernama
AAP           # Australian Associated Press
CP            # The Canadian Press
`);

/** The agency's name as a publisher, for the signatures that are short for it: "(AP)" is the Associated Press. */
export const AGENCY_NAMES: Readonly<Record<string, string>> = {
  AP: 'Associated Press',
  AFP: 'Agence France-Presse',
  PA: 'PA Media',
  AAP: 'Australian Associated Press',
  CP: 'The Canadian Press',
  PTI: 'Press Trust of India',
  ANI: 'Asian News International',
};

// "By The Associated Press", "ASSOCIATED PRESS", "Reuters staff", "AP": a byline that is the agency
// alone. A signature is matched as written ("AP", "dpa"; a bare "Ap" or "pa" is none), a full
// name in any case.
const CODES = new Set(AGENCIES);
const NAMED = new Map(Object.entries(AGENCY_NAMES).map(([code, name]) => [name.toLowerCase(), code]));

/** The agency a byline line names alone ("By The Associated Press" → AP), or null. */
export function agencyOfByline(text: string): string | null {
  const core = text
    .trim()
    .replace(/^(?:by\s+)?(?:the\s+)?/i, '')
    .replace(/\s+(?:staff|writers?|reporters?|report)$/i, '');
  if (CODES.has(core)) return core;
  return NAMED.get(core.toLowerCase()) ?? null;
}
