import type { NameMention } from '../../types.js';
import { CREDIT_LABELS } from '../../data/credit-labels.js';

const LABELS = new Set(CREDIT_LABELS);

/**
 * Refiner: the label of a picture's credit is no name. "Image: Nick Moreau." under each photo of a
 * report made "Image" a person, once per picture; "Source: Reuters" makes "Source" nothing at all.
 * A name that is only a credit label, followed by a colon, is dropped.
 */
export function withoutCreditLabels(names: NameMention[], text: string): NameMention[] {
  return names.filter((m) => !(LABELS.has(m.text.toLowerCase()) && /^\s*:/.test(text.slice(m.end, m.end + 3))));
}
