import type { NameMention } from '../../types.js';
import { TITLE_WORDS } from '../data/titles.js';
import { gazetteer } from '../gazetteer.js';

// Places a title's scope may name: "Massachusetts Gov. Deval Patrick".
const PLACE_KINDS = new Set(['country', 'region', 'city', 'capital']);

/**
 * Refiner: a person's span that runs over a title ("Massachusetts Gov. Deval Patrick", "Browns DL
 * Sheldon Richardson" with "DL" no title) keeps only the name after the title; the words before
 * it are the title's scope, a place when the gazetteer knows them ("Massachusetts") and no name
 * otherwise. A title is no part of a person's name (data/titles.ts).
 */
export function titledPersons(names: NameMention[], text: string): NameMention[] {
  const g = gazetteer();
  return names.flatMap((m): NameMention[] => {
    if (m.type !== 'PERSON') return [m];
    const words = [...m.text.matchAll(/\S+/gu)];
    const isTitle = (i: number): boolean => TITLE_WORDS.has(words[i][0].toLowerCase().replace(/\.$/, ''));
    let t = words.length - 2;
    while (t > 0 && !isTitle(t)) t--;
    if (t <= 0) return [m];
    const nameStart = m.start + words[t + 1].index;
    const person: NameMention = { ...m, text: text.slice(nameStart, m.end), start: nameStart };
    const scope = text.slice(m.start, m.start + words[t - 1].index + words[t - 1][0].length);
    const entry = g.entries.get(scope);
    if (!entry || !PLACE_KINDS.has(entry.kind)) return [person];
    const place: NameMention = {
      type: 'PLACE',
      text: scope,
      start: m.start,
      end: m.start + scope.length,
      rule: 'title-scope',
    };
    if (entry.code) place.country = entry.code as NameMention['country'];
    return [place, person];
  });
}
