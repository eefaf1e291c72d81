import type { NameMention } from '../../types.js';

// The words that name a storm before its given name: "Hurricane Sandy", "Typhoon Haiyan",
// "Tropical Storm Isaac", "Storm Ciara", "Superstorm Sandy".
const STORM_WORD = String.raw`(?:Hurricane|Tropical Storm|Tropical Depression|Superstorm|Super Storm|Winter Storm|Storm|Typhoon|Super Typhoon|Cyclone)\s+`;
// Every storm the page names, its given name captured; and a mention that is one.
const STORM = new RegExp(String.raw`\b${STORM_WORD}(\p{Lu}\p{Ll}+)\b`, 'gu');
const STORM_MENTION = new RegExp(String.raw`^${STORM_WORD}\p{Lu}\p{Ll}+\b`, 'u');

/**
 * Refiner: a storm is an event, not a person. The tagger read "Hurricane Katrina" as a person,
 * and "Sandy" after it: on the training pages Sandy, Katrina and Hurricane Katrina were persons
 * on 90 pages. Every name the page gives a storm is collected; the storm's mentions and the
 * persons of that given name go.
 */
export function withoutStorms(names: NameMention[], text: string): NameMention[] {
  const storms = new Set([...text.matchAll(STORM)].map((m) => m[1]));
  if (!storms.size) return names;
  const isStorm = (m: NameMention): boolean =>
    STORM_MENTION.test(m.text) || (m.type === 'PERSON' && storms.has(m.text));
  return names.filter((m) => !isStorm(m));
}
