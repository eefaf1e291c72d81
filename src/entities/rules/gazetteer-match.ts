import type { Token } from '../tokens.js';
import type { Entry, Gazetteer } from '../gazetteer.js';

/**
 * The longest gazetteer name starting at token `i`: "Phnom Penh", "Southeast Asian", "United
 * States", "Chinese". Matches as written; in an ALL-CAPS headline ("CHINA SAYS …") case is ignored.
 * Tokens are joined as the text joins them (a hyphen inside a token stays: "Asia-Pacific").
 */
export function matchGazetteer(
  tokens: Token[],
  i: number,
  g: Gazetteer,
  ignoreCase: boolean,
): { len: number; entry: Entry } | null {
  // Most tokens start no name at all: one set lookup says so before any key is built.
  const first = tokens[i]?.norm;
  if (first === undefined || !(ignoreCase ? g.starts.lower.has(first.toLowerCase()) : g.starts.exact.has(first)))
    return null;
  let key = '';
  let best: { len: number; entry: Entry } | null = null;
  for (let n = 0; n < g.maxWords + 2 && i + n < tokens.length; n++) {
    const t = tokens[i + n];
    const gap = n > 0 ? t.start - tokens[i + n - 1].end : 0;
    if (n > 0 && (t.gapBefore || gap > 1)) break;
    key = n ? `${key}${gap ? ' ' : ''}${t.norm}` : t.norm;
    const e = ignoreCase ? g.lower.get(key.toLowerCase()) : g.entries.get(key);
    if (e && (!ignoreCase || key.length > 3 || e.kind === 'country')) best = { len: n + 1, entry: e };
  }
  return best;
}
