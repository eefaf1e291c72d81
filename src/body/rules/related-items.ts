import type { Verdict } from '../../types.js';
import { isProse } from '../../text/prose.js';

/**
 * The links of a "Related" box: the headline lines right under its heading, up to the next prose
 * line ("Related / The Doobie Brothers: Lighting Up With the Stars … / Michael McDonald Talks …").
 */
export function relatedItems(texts: string[], verdicts: Array<Verdict | null>, limit = 6): number[] {
  const out: number[] = [];
  verdicts.forEach((v, i) => {
    if (v?.reason !== 'related-links') return;
    for (let k = i + 1; k <= i + limit && k < texts.length && !verdicts[k] && !isProse(texts[k]); k++) out.push(k);
  });
  return out;
}
