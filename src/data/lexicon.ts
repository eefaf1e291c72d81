// The word lists taken from compromise's lexicon (data/lexicon.json, made by `npm run build`),
// as sets built once per process for every reader: the names pass, bylines, teaser lists. Each
// reader used to build its own copy of the same sets.
import { loadData } from './load.js';

export interface LexiconFile {
  firstNames: string[];
  lastNames: string[];
  honorifics: string[];
  organizations: string[];
  sportsTeams: string[];
  common: string[];
}

export interface WordSets {
  firstNames: Set<string>;
  lastNames: Set<string>;
  /** Ordinary English words ("united", "weekly", "explorer"). */
  common: Set<string>;
}

let sets: WordSets | null = null;

export function wordSets(): WordSets {
  if (sets) return sets;
  const lex = loadData<LexiconFile>('lexicon');
  return (sets = { firstNames: new Set(lex.firstNames), lastNames: new Set(lex.lastNames), common: new Set(lex.common) });
}

/** A given name or a surname the lexicon knows (`lower` in lower case): "dee", "ann", "jon". */
export function isNameWord(lower: string): boolean {
  const { firstNames, lastNames } = wordSets();
  return firstNames.has(lower) || lastNames.has(lower);
}

/**
 * An ordinary word written with a capital ("Wall Street Journal", "Any Means Necessary") that is
 * no given name or surname; `alsoWords` adds a document's own lower-case words ("nickel" in a
 * mining story).
 */
export function isPlainWord(word: string, alsoWords?: Set<string>): boolean {
  const lower = word.toLowerCase();
  return (wordSets().common.has(lower) || !!alsoWords?.has(lower)) && !isNameWord(lower);
}
