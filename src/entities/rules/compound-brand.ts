import type { NameMention } from '../../types.js';
import { ENGLISH_FUNCTION_WORDS } from '../../data/function-words.js';
import { isNameWord, isPlainWord } from '../../data/lexicon.js';
import { clusterOf } from '../tagger/clusters.js';

// Two capitalised parts run together, each a word ("WeWork", "DoorDash", "HubSpot"); not a
// surname's prefix ("MacBride", "FitzGerald") nor an article glued on by a typo ("TheWhite").
const TWO_PARTS = /^(?!(?:Mac|Fitz|The)\p{Lu})(\p{Lu}\p{Ll}+)(\p{Lu}\p{Ll}+)$/u;

/**
 * A part is an everyday word when the lexicon knows it as one, or when the unlabelled training
 * text writes it in lower case often enough to give it a cluster; a two-letter part only when it
 * is a function word ("We", "In", "Go"): "Ne", "Lu", "Lo", "El" begin people's names (NeNe,
 * LuAnn, LoBaido, ElBaradei). A given name or surname is never one ("Dee", "Ann", "Jon").
 */
function isEverydayWord(part: string): boolean {
  const w = part.toLowerCase();
  if (isNameWord(w)) return false;
  if (w.length < 3) return ENGLISH_FUNCTION_WORDS.has(w);
  return isPlainWord(w) || clusterOf(w) !== undefined;
}

const isCompoundBrand = (word: string): boolean => {
  const parts = TWO_PARTS.exec(word);
  return parts !== null && isEverydayWord(parts[1]) && isEverydayWord(parts[2]);
};

/**
 * Refiner: a person's name that begins with two everyday words written as one, with a capital
 * inside, is a brand. The tagger had never seen "WeWork", "DoorDash" or "BlackRock" and read each
 * as a surname; on scraped pages a company named that way is reported over and over. People whose
 * names are written so have a part that is no everyday word ("DeShawn", "LaShawn", "McDonald");
 * after a given name the word is a surname or a handle ("Neil MacBride", "Lee RideFar").
 * Tried: any inner capital (AshLee, JoNel, LuPone and handles such as "JonBruner" are people:
 * about half of such persons on the training pages). Still wrong there: "AshLee Strong".
 */
export function compoundBrandsAsOrganisations(names: NameMention[]): NameMention[] {
  return names.map((m) =>
    m.type === 'PERSON' && isCompoundBrand(m.text.split(' ')[0]) ? { ...m, type: 'ORG', rule: 'compound-brand' } : m,
  );
}
