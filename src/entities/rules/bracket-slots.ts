import type { NameMention } from '../../types.js';
import { SETTINGS } from '../../settings.js';

/** The name in brackets right after a person's name: "Luis Figo (Barcelona)", "(Porto, Portugal)". */
function afterPerson(text: string, prev: NameMention | undefined, m: NameMention): boolean {
  return prev?.type === 'PERSON' && /^\s*\($/.test(text.slice(prev.end, m.start));
}

/**
 * Refiner: the entries of one list fill the same slot with the same kind of name. A squad list
 * gives each player's club in brackets ("Vitor Baia (Barcelona, Spain), Rui Correia (Braga)");
 * the tagger reads most of them as clubs but a club named after its city ("Paulinho Santos
 * (Porto)") as the city. When most names in that slot across the document are organisations,
 * the places among them are organisations too. A list of politicians with their states ("John
 * Cornyn (Texas)") has places in the majority and is left as it is.
 */
export function bracketSlots(names: NameMention[], text: string): NameMention[] {
  const slots: number[] = [];
  for (let i = 1; i < names.length; i++) if (afterPerson(text, names[i - 1], names[i])) slots.push(i);
  if (slots.length < SETTINGS.bracketSlotMinEntries) return names;
  const orgs = slots.filter((i) => names[i].type === 'ORG').length;
  const places = slots.filter((i) => names[i].type === 'PLACE').length;
  if (orgs <= places) return names;
  const out = names.slice();
  for (const i of slots) if (out[i].type === 'PLACE') out[i] = { ...out[i], type: 'ORG', rule: 'team-in-brackets' };
  return out;
}
