// What the officials rules ask of a single token: is it a role's head ("minister", "Gov."), a
// word that belongs to a title before its head ("prime", "senior"), a flag ("former")? The
// vocabularies live in data/roles.ts.
import type { Token } from '../../entities/tokens.js';
import { ENGLISH_FUNCTION_WORDS } from '../../data/function-words.js';
import {
  NOT_OFFICES,
  ROLE_ABBREVIATIONS,
  ROLE_FLAGS,
  ROLE_HEADS,
  ROLE_MODIFIERS,
  ROLE_PHRASES,
  type Sector,
} from '../../data/roles.js';

export interface Head {
  /** The head word, spelt out and singular: "governor" for "Gov.", "minister" for "Ministers". */
  word: string;
  sector: Sector;
  /** "Presidents X and Y": the title is shared by the names that follow. */
  plural: boolean;
}

const lower = (t: Token): string => t.norm.toLowerCase().replace(/\.$/, '');

/** Singular of a plural role word: "ministers" → "minister", "chairmen" → "chairman". */
function singular(w: string): string | null {
  if (w.endsWith('men')) return `${w.slice(0, -3)}man`;
  if (w.endsWith('s') && ROLE_HEADS.has(w.slice(0, -1))) return w.slice(0, -1);
  return null;
}

/**
 * The role a token heads, if any. An abbreviation counts only capitalised ("Gov." before a name,
 * never "gov" in a web address); "CEO" and other all-capital heads as written.
 */
export function headOf(t: Token): Head | null {
  const w = lower(t);
  if (NOT_OFFICES.has(w)) return null;
  const expanded = ROLE_ABBREVIATIONS.get(w);
  if (expanded && /^\p{Lu}/u.test(t.norm)) {
    return { word: expanded.word, sector: expanded.sector, plural: false };
  }
  const sector = ROLE_HEADS.get(w);
  if (sector) return { word: w, sector, plural: false };
  // "vice-chairman", "co-founder", "vice-premier": a head with a prefix of rank.
  const prefixed = /^(?:vice|co|deputy|under|assistant|associate)-(.+)$/.exec(w);
  if (prefixed && ROLE_HEADS.has(prefixed[1])) return { word: w, sector: ROLE_HEADS.get(prefixed[1])!, plural: false };
  const one = singular(w);
  const oneSector = one ? ROLE_HEADS.get(one) : undefined;
  if (one && oneSector && !NOT_OFFICES.has(one)) return { word: one, sector: oneSector, plural: true };
  return null;
}

/** A two-word role whose second word is no head alone: "Trade Representative", "Attorney General". */
export function phraseHead(first: Token, second: Token): Head | null {
  const phrase = `${lower(first)} ${lower(second)}`;
  const sector = ROLE_PHRASES.get(phrase);
  return sector ? { word: phrase, sector, plural: false } : null;
}

export const isModifier = (t: Token): boolean => ROLE_MODIFIERS.has(lower(t));

export const isFormer = (t: Token): boolean => (ROLE_FLAGS.former as readonly string[]).includes(lower(t));
export const isActing = (t: Token): boolean => (ROLE_FLAGS.acting as readonly string[]).includes(lower(t));

export const isCapitalised = (t: Token): boolean => /^\p{Lu}/u.test(t.norm);

/** Words that join the parts of an organisation's name: "Council on American-Islamic Relations". */
export const NAME_JOINERS = new Set(['of', 'for', 'on', 'and', '&', 'de', 'du', 'der', 'the', '-']);

/** Determiners and possessives that may open a role phrase: "the", "a", "its", "his". */
export const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'whose']);

/** A form of address between a title and a name: "Undersecretary for Education Mr. Rossi". */
export const isAddress = (t: Token): boolean => /^(?:mr|mrs|ms|dr|sir|dame|prof)\.?$/i.test(t.norm);

/** A function word of English ("the", "at", "was"): what a role phrase's owner or title is not made of. */
export const isFunctionWord = (t: Pick<Token, 'norm'>): boolean => ENGLISH_FUNCTION_WORDS.has(t.norm.toLowerCase());
