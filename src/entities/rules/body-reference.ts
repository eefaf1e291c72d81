import type { NameMention } from '../../types.js';
import { DESCRIBING_HEADS } from '../data/organizations.js';

/**
 * Refiner: "the" and a body's head word alone ("The Ministry had given the companies until
 * Friday", opening a sentence, so in capitals) refers back to a body the story named; it names
 * none. The tagger read it as an organisation.
 */
export function withoutBodyReferences(names: NameMention[]): NameMention[] {
  return names.filter((m) => {
    const words = m.text.toLowerCase().split(/\s+/);
    return !(m.type === 'ORG' && words.length === 2 && words[0] === 'the' && DESCRIBING_HEADS.has(words[1]));
  });
}
