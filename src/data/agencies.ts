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
