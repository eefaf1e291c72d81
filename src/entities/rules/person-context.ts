import type { Token } from '../tokens.js';
import { REPORTING_VERBS } from '../data/titles.js';
import { INVERTING_VERBS } from '../../data/reporting-verbs.js';

const INVERTING = new Set(INVERTING_VERBS);
import { isTitleWord } from './title-words.js';

/** "…, Guo said", "Guo told reporters": a reporting verb right after the name. */
export function reportingVerbAfter(tokens: Token[], end: number): boolean {
  const next = tokens[end];
  const after = tokens[end + 1];
  if (next && REPORTING_VERBS.test(next.norm)) return true;
  return !!(next && /^(?:has|had|also|then|later|again)$/.test(next.norm) && after && REPORTING_VERBS.test(after.norm));
}

/** "said Guo", "according to Guo": the name follows a reporting verb or "according to". */
export function reportingVerbBefore(tokens: Token[], at: number): boolean {
  const prev = tokens[at - 1];
  const prev2 = tokens[at - 2];
  // "told LA Weekly", "asked the BBC": the one told is often a newspaper, so only "said X" counts.
  if (prev && INVERTING.has(prev.norm)) return true;
  return !!(prev && prev2 && prev.norm === 'to' && prev2.norm === 'according');
}

/**
 * An apposition that gives a role: "Guo Jiakun, a foreign ministry spokesman," or "Hun Manet, the
 * prime minister". Returns the role words, or null.
 */
export function appositionRole(tokens: Token[], end: number): string | null {
  if (tokens[end]?.norm !== ',') return null;
  const det = tokens[end + 1]?.norm.toLowerCase();
  if (!det || !['a', 'an', 'the', 'its', 'his', 'her'].includes(det)) return null;
  const words: string[] = [];
  for (let k = end + 2; k < tokens.length && k < end + 8; k++) {
    const t = tokens[k];
    if (/^[,.;:()]$/.test(t.norm)) break;
    words.push(t.text);
    if (isTitleWord(t) && !/^(?:prime|foreign|deputy|vice|former|chief|acting|senior)$/i.test(t.norm))
      return words.join(' ');
  }
  return null;
}

/** Honorifics and personal titles right before the name: "Mr.", "Dr.", "President". */
export function titleWordBefore(tokens: Token[], at: number): boolean {
  const prev = tokens[at - 1];
  return !!prev && isTitleWord(prev);
}
