import type { Token } from './tokens.js';
import type { Entry } from './gazetteer.js';
import type { MentionType, NameMention } from '../types.js';

/** A candidate name: a run of tokens, and what the rules decided about it. */
export interface Chunk {
  tokens: Token[];
  /** Index of the first token in the token list of its range. */
  at: number;
  start: number;
  end: number;
  text: string;
  type: MentionType | null;
  rule: string | null;
  entry: Entry | null;
  /** Title words found before the name ("ministry spokesman"), for officials. */
  title: string | null;
}

export function chunkOf(tokens: Token[], at: number, len: number, source: string): Chunk {
  // A rule that asks for more tokens than the range holds gets the ones there are: a name at the
  // end of a line never turns the whole record into an error.
  const end = Math.min(tokens.length, at + Math.max(1, len));
  const first = tokens[at];
  const last = tokens[end - 1];
  return {
    tokens: tokens.slice(at, end),
    at,
    start: first.start,
    end: last.end,
    text: source.slice(first.start, last.end),
    type: null,
    rule: null,
    entry: null,
    title: null,
  };
}

const CONNECTORS = new Set([
  'of',
  'de',
  'la',
  'del',
  'della',
  'di',
  'da',
  'do',
  'dos',
  'van',
  'von',
  'der',
  'den',
  'du',
  'le',
  'bin',
  'ibn',
  'al',
  'el',
  'y',
  'for',
  'on',
  '&',
  'sans',
  'w',
  'und',
  'et',
]);

/** A word in capitals only: "RANGOON", "U.S.". */
export function isUpper(t: Token): boolean {
  return t.norm === t.norm.toUpperCase();
}

export function isCapitalized(t: Token): boolean {
  return (
    /^\p{Lu}/u.test(t.norm) ||
    /^(?:al|el|ibn|bin|van|von|de|da|di|le|la)-\p{Lu}/u.test(t.norm) ||
    /^(?:e|i|iP|eB|mc)\p{Lu}/u.test(t.norm)
  );
}

/** "of" in "Bank of England", "de" in "Banco de España": joins two capitalised parts of one name. */
export function isConnector(t: Token): boolean {
  return CONNECTORS.has(t.norm);
}

/** A name before the document-level refinement: its type may still be open. */
export interface NameCandidate extends Omit<NameMention, 'type'> {
  type: MentionType | null;
}
