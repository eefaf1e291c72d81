import type { NameMention } from '../../types.js';

// The words that name a storm before its given name: "Hurricane Sandy", "Typhoon Haiyan",
// "Tropical Storm Isaac", "Storm Ciara", "Superstorm Sandy".
const STORM =
  /\b(?:Hurricane|Tropical Storm|Tropical Depression|Superstorm|Super Storm|Winter Storm|Storm|Typhoon|Super Typhoon|Cyclone)\s+(\p{Lu}\p{Ll}+)\b/gu;

/**
 * Refiner: a storm is an event, not a person. The tagger read "Hurricane Katrina" as a person,
 * and "Sandy" after it: on the training pages Sandy, Katrina and Hurricane Katrina were persons
 * on 90 pages. Every name the page gives a storm is collected; the storm's mentions and the
 * persons of that given name go.
 */
export function withoutStorms(names: NameMention[], text: string): NameMention[] {
  const storms = new Set([...text.matchAll(STORM)].map((m) => m[1]));
  if (!storms.size) return names;
  const isStorm = (m: NameMention): boolean => {
    STORM.lastIndex = 0;
    const whole = STORM.exec(m.text);
    return (whole !== null && whole.index === 0) || (m.type === 'PERSON' && storms.has(m.text));
  };
  return names.filter((m) => !isStorm(m));
}
