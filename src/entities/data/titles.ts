import { REPORTING_VERBS as REPORTING_VERB_LIST } from '../../data/reporting-verbs.js';
import {
  ADDRESS_WORDS,
  HEAD_WORDS,
  OFFICE_WORDS,
  TITLE_MODIFIERS as TITLE_MODIFIER_LIST,
  TITLE_WORDS as TITLE_WORD_LIST,
} from '../../data/title-words.js';
import { escapeRegExp } from '../../data/vocab.js';
// Titles and roles that stand before or after a person's name ("ministry spokesman Guo Jiakun",
// "Hun Manet, the prime minister"). A title is not part of the PERSON span.

export const TITLE_WORDS = new Set(TITLE_WORD_LIST);

/** Words that, after a title, name its scope and belong to the title ("foreign minister", "prime minister"). */
export const TITLE_MODIFIERS = new RegExp(`^(?:${TITLE_MODIFIER_LIST.map(escapeRegExp).join('|')})$`, 'iu');

/** Verbs of saying as one whole-word pattern (the list lives in data/reporting-verbs.ts). */
export const REPORTING_VERBS = new RegExp(`^(?:${REPORTING_VERB_LIST.join('|')})$`, 'u');

// Titles that name the head or voice of an organisation: "Governor Michele Bullock" of the
// central bank named just before.
export const HEAD_TITLES = new RegExp(`\\b(?:${HEAD_WORDS.map(escapeRegExp).join('|')})$`, 'i');

// Titles of an office in a state, a party, an army, a court or an organisation.
export const OFFICE = new RegExp(`\\b(?:${OFFICE_WORDS.map(escapeRegExp).join('|')})\\.?$`, 'i');

// Forms of address, not offices: "Dr.", "Mr.".
export const FORMS_OF_ADDRESS = new RegExp(`^(?:${ADDRESS_WORDS.map(escapeRegExp).join('|')})\\.?$`, 'i');
